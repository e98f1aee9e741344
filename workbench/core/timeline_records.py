"""The records a timeline is built from (one per document) and the items it is made of.

Why records of their own: the store reads a document's dated mentions, marks
and entity mentions in a handful of queries, the core places them, and the
CLI, the exports and the view all read the same ``TimelineItem``s — none of
them needs the store's rows or the text once an item exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from workbench.core.time_spans import TimeSpan

BY_SENTENCE = "sentence"
BY_DOCUMENT = "document date (fallback)"


class DatedMention(NamedTuple):
    """A DATE or TIME mention with its normalised value (TIMEX3 syntax, may be None).

    A named tuple: the store makes one per dated mention of the library on every
    timeline open, straight from its rows.
    """

    start: int
    end: int
    text: str
    value: str | None


class SourceMark(NamedTuple):
    """A claim, quote, highlight or note as the timeline reads it.

    ``entity_ids`` are the claimant's or speaker's; ``linked_claim_ids`` the
    claims a claim is linked to (either direction). ``orphaned``: the text
    changed and the mark lost its place, so its offsets point nowhere (it is
    listed as undated, not dropped: a story must not lose a claim silently).
    A named tuple for the same reason as ``DatedMention``: the store makes one
    per mark of the library on every open.
    """

    kind: str
    id: int
    start: int
    end: int
    text: str
    status: str | None = None
    entity_ids: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    linked_claim_ids: tuple[int, ...] = ()
    orphaned: bool = False


@dataclass(frozen=True)
class TimelineDocument:
    """One document with everything its timeline items come from.

    ``entity_mentions`` are ``(entity_id, start, end)`` of named entities (not
    dates), so an item knows who its sentence names.
    """

    id: int
    title: str
    text: str
    published: str | None = None
    tags: tuple[str, ...] = ()
    dated_mentions: tuple[DatedMention, ...] = ()
    entity_mentions: tuple[tuple[int, int, int], ...] = ()
    marks: tuple[SourceMark, ...] = ()


#: Why an orphaned mark is undated, worded for every reader (the CLI adds its command hint,
#: the app says where the mark is shown).
ORPHANED = "lost its place when the document changed"

DOCUMENT_KIND = "document"
"""The kind of an undated document's own entry (its title is its text)."""


class TimelineItem(NamedTuple):
    """One thing that happened or was said, placed at a date (or listed as undated).

    ``when`` is None for an undated item, and ``reason`` then says why;
    for a dated one, ``dated_by`` says where the date came from ("sentence"
    or "document date (fallback)") and ``reason`` which of the sentence's
    dates was chosen. ``start``/``end`` and the sentence span are code points.

    A named tuple, not a frozen dataclass: a timeline open makes one per item of
    the library (10,000 and more), and a frozen dataclass of 17 fields took about
    eight times as long to build (each field set through ``object.__setattr__``).
    Immutable all the same; ``_replace`` makes a changed copy.
    """

    kind: str
    text: str
    document_id: int
    document_title: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    when: TimeSpan | None = None
    date_value: str | None = None
    dated_by: str = ""
    reason: str = ""
    item_id: int | None = None
    status: str | None = None
    entity_ids: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    linked_claim_ids: tuple[int, ...] = ()

    @property
    def claim_id(self) -> int | None:
        """The claim's id when the item is a claim."""
        return self.item_id if self.kind == "claim" else None

    @property
    def placed(self) -> bool:
        """Whether ``start``, ``end`` and the sentence point into the document's text: not
        for an undated document's own entry nor a mark that lost its place (both hold 0, 0,
        which `timeline --json` printed as if the mark opened the text; README run, stop 53)."""
        return self.kind != DOCUMENT_KIND and self.reason != ORPHANED

    @property
    def dated(self) -> bool:
        """Whether the item has a place on the axis."""
        return self.when is not None

    def sort_key(self) -> tuple[Any, ...]:
        """Chronological order; ties by document and position."""
        start = self.when.start if self.when else None
        return (start is None, start, self.document_id, self.start, self.kind)


def item_record(item: TimelineItem) -> dict[str, Any]:
    """The item as JSON (``workbench timeline --json``, documented in the README)."""
    when = item.when
    return {
        "date": when.iso if when else None,
        "until": when.end.date().isoformat() if when else None,
        "precision": when.precision if when else None,
        "value": item.date_value,
        "dated_by": item.dated_by or None,
        "reason": item.reason,
        "kind": item.kind,
        "text": item.text,
        "document_id": item.document_id,
        "document_title": item.document_title,
        "start": item.start if item.placed else None,
        "end": item.end if item.placed else None,
        "sentence": [item.sentence_start, item.sentence_end] if item.placed else None,
        "claim_id": item.claim_id,
        "item_id": item.item_id,
        "status": item.status,
        "entity_ids": list(item.entity_ids),
        "tags": list(item.tags),
        "linked_claim_ids": list(item.linked_claim_ids),
    }
