"""The Compare window's side list: sentence pairs, entities, linked claims and speakers.

Why a tree of groups: the analyst reads the pairs first (what both report),
then who both name and who only one names; each group shows its count in its
heading, and a row holds the place both texts scroll to (``PairTarget``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from workbench.core.comparison import (
    LINKS_HEADING,
    ONLY_HEADING,
    PAIRS_HEADING,
    QUOTED_HEADING,
    SHARED_HEADING,
    ComparedDocument,
    ComparedEntity,
    Comparison,
    SideSpan,
)
from workbench.core.text import plural, shorten

# Characters of a sentence shown on a row (the whole sentence is its tooltip).
ROW_CHARS = 80
# A sentence pair's score, on hover only (the Suggestions tab's wording: match_evidence).
PAIR_SCORE = "Match score {score:.2f} (higher: more words and names in common)."
# An entity's first mention on each side, by entity id.
FirstMentions = tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]


@dataclass(frozen=True)
class PairTarget:
    """Where a row sends both texts: a span of A and a span of B (None: not on that side)."""

    span_a: tuple[int, int] | None
    span_b: tuple[int, int] | None


def fill_side_list(tree: QTreeWidget, comparison: Comparison, first: FirstMentions) -> None:
    """Replace the tree's rows with the comparison's groups, the pairs' group open."""
    tree.clear()
    pairs = _group(tree, PAIRS_HEADING, len(comparison.sentence_pairs))
    for pair in comparison.sentence_pairs:  # no bare score before the words, as Suggestions
        row = _span_pair_row(pairs, "", pair.span_a, pair.span_b)
        row.setToolTip(0, f"{row.toolTip(0)}\n\n{PAIR_SCORE.format(score=pair.score)}")
    links = _group(tree, LINKS_HEADING, len(comparison.linked_claims))
    for link in comparison.linked_claims:
        _span_pair_row(links, f"A {link.reads} B:", link.span_a, link.span_b)
    _entities(tree, SHARED_HEADING, comparison.shared, first)
    _entities(tree, ONLY_HEADING.format(side="A"), comparison.only_a, first)
    _entities(tree, ONLY_HEADING.format(side="B"), comparison.only_b, first)
    _speakers(tree, QUOTED_HEADING.format(side="A"), comparison.a)
    _speakers(tree, QUOTED_HEADING.format(side="B"), comparison.b)
    pairs.setExpanded(True)
    links.setExpanded(bool(comparison.linked_claims))


def _span_pair_row(group: QTreeWidgetItem, lead: str, a: SideSpan,
                   b: SideSpan) -> QTreeWidgetItem:
    """A row for a span of A matched to a span of B: A's words shown, both on hover."""
    words = shorten(a.text, ROW_CHARS)
    row = _row(group, f"{lead}  {words}" if lead else words, PairTarget(a.place, b.place))
    row.setToolTip(0, f"A: {a.text}{a.orphaned_note}\n\nB: {b.text}{b.orphaned_note}")
    return row


def mention_counts(count_a: int, count_b: int) -> str:
    """How often each side names an entity, in words: "17 mentions in A · 3 in B".

    Why: the rows read "Boeing  (A 17 · B 3)", bare numbers an analyst had to decode.
    """
    if count_a and count_b:
        return f"{plural(count_a, 'mention')} in A · {count_b} in B"
    return f"{plural(count_a or count_b, 'mention')} in {'A' if count_a else 'B'}"


def _group(tree: QTreeWidget, heading: str, count: int) -> QTreeWidgetItem:
    group = QTreeWidgetItem(tree, [f"{heading} ({count})"])
    group.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return group


def _row(group: QTreeWidgetItem, text: str, target: PairTarget | None) -> QTreeWidgetItem:
    row = QTreeWidgetItem(group, [text])
    row.setData(0, Qt.ItemDataRole.UserRole, target)
    return row


def _entities(tree: QTreeWidget, heading: str, entities: Sequence[ComparedEntity],
              first: FirstMentions) -> None:
    group = _group(tree, heading, len(entities))
    for entity in entities:
        _row(group, f"{entity.name}  ({mention_counts(entity.count_a, entity.count_b)})",
             PairTarget(first[0].get(entity.entity_id), first[1].get(entity.entity_id)))
    group.setExpanded(heading == SHARED_HEADING)


def _speakers(tree: QTreeWidget, heading: str, side: ComparedDocument) -> None:
    """Who is quoted on one side; a side not analysed says so ("nobody" would be a finding)."""
    if not side.analysed:
        _group(tree, heading, 0).setText(0, f"{heading} ({side.state})")
        return
    group = _group(tree, heading, len(side.speakers))
    for speaker in side.speakers:
        _row(group, f"{speaker.name} ({plural(speaker.quotes, 'quote')})", None)
