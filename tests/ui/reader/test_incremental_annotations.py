"""A highlight or claim on the open document is merged into it, not rebuilt (issue 14, part 4);
its undo takes it out in place too.

Each test counts work (documents built and installed), never time, and
checks the changed document against a full rebuild, character by character
(what the analyst sees, and every property of every character's format).
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QObject, Signal

from workbench.ui.reader import legend as legend_module
from workbench.ui.reader import pane as reader_pane
from workbench.ui.reader.annotations import ANNOTATION_PROPERTY, CLAIM_PROPERTY
from workbench.ui.reader.document import build_document, format_at
from workbench.ui.reader.pane import ReaderPane, load_content
from workbench.ui.theme.manager import ThemeManager

TEXT = ("Maria Kovalenko said the schools in Kharkiv will reopen. "
        "UNICEF said help would arrive soon, and Kyiv agreed.")


class ChangeFeed(QObject):
    """Stands in for the window's ``changes_applied``."""

    changes_applied = Signal(object)


@pytest.fixture
def reader(qtbot, store, make_document, monkeypatch):
    doc = make_document(store, "Schools reopen", TEXT,
                        mentions=(("Kharkiv", "GPE", "Kharkiv"), ("UNICEF", "ORG", "UNICEF"),
                                  ("Kyiv", "GPE", "Kyiv")),
                        quotes=(("help would arrive soon", "indirect", "UNICEF", "UNICEF"),))
    feed = ChangeFeed()
    pane = ReaderPane(store, ThemeManager(), changes_applied=feed.changes_applied)
    qtbot.addWidget(pane)
    pane.resize(900, 600)
    pane.show()
    pane.show_document(doc)
    builds: list[int] = []
    original = reader_pane.ReaderView.show_content

    def counting(view, content):
        builds.append(1)
        original(view, content)

    monkeypatch.setattr(reader_pane.ReaderView, "show_content", counting)
    return pane, feed, doc, builds


def _formats(document, rendered) -> list[tuple]:
    """What the analyst sees of every body character: colours, underline, marks."""
    seen = []
    for position in range(rendered.body_base, rendered.body_base + len(rendered.body_text)):
        char_format = format_at(document, position)
        seen.append((char_format.background().color().name(), char_format.fontUnderline(),
                     char_format.underlineColor().name(), char_format.property(ANNOTATION_PROPERTY),
                     char_format.property(CLAIM_PROPERTY)))
    return seen


def _same_as_a_rebuild(pane: ReaderPane, store, doc: int) -> None:
    view = pane.view
    fresh = build_document(load_content(store, doc), view.palette_data, view.theme,
                           view.hidden_labels, view.font())
    assert _formats(view.document(), view.rendered) == _formats(fresh.document, fresh)
    body = range(fresh.body_base, fresh.body_base + len(fresh.body_text))
    differing = [p for p in body if format_at(view.document(), p) != format_at(fresh.document, p)]
    assert differing == [], "every property of every character as a rebuild has it"
    assert view.rendered.annotation_spans == fresh.annotation_spans
    assert view.rendered.claim_spans == fresh.claim_spans


def test_a_highlight_is_merged_into_the_shown_document(reader, store) -> None:
    pane, feed, doc, builds = reader
    shown = pane.view.document()
    start = TEXT.index("the schools in Kharkiv")
    annotation_id, changes = store.annotations.add_annotation(doc, start, start + 22,
                                                              color="green")
    feed.changes_applied.emit(changes)
    assert builds == [] and pane.view.document() is shown, "no rebuild, no new document"
    assert annotation_id in pane.view.rendered.annotation_spans
    assert [a.id for a in pane.view.content.annotations] == [annotation_id]
    _same_as_a_rebuild(pane, store, doc)


def test_a_claim_is_merged_and_gets_its_border(reader, store) -> None:
    pane, feed, doc, builds = reader
    claim_id, changes = store.claims.add_claim(doc, 0, len("Maria Kovalenko said"))
    feed.changes_applied.emit(changes)
    assert builds == []
    assert [mark.kind for mark in pane.view.overlay_marks] == ["claim"]
    assert claim_id in pane.view.content.claims
    _same_as_a_rebuild(pane, store, doc)


@pytest.mark.parametrize("words", ["Kharkiv", "the schools in Kharkiv will", "would arrive",
                                   "said help would arrive soon, and Kyiv"])
def test_undo_takes_a_highlight_out_in_place(reader, store, words) -> None:
    """Over an entity, part of one, a reported-speech quote, quote and entity together."""
    pane, feed, doc, builds = reader
    shown = pane.view.document()
    start = TEXT.index(words)
    _annotation_id, changes = store.annotations.add_annotation(doc, start, start + len(words))
    feed.changes_applied.emit(changes)
    feed.changes_applied.emit(store.history.undo())
    assert builds == [] and pane.view.document() is shown, "no rebuild, no new document"
    assert pane.view.rendered.annotation_spans == {} and pane.view.content.annotations == []
    _same_as_a_rebuild(pane, store, doc)


def test_undo_of_a_claim_and_redo_change_in_place(reader, store) -> None:
    pane, feed, doc, builds = reader
    feed.changes_applied.emit(store.annotations.add_annotation(doc, 0, 5)[1])
    start = TEXT.index("and Kyiv agreed")
    claim_id, changes = store.claims.add_claim(doc, start, start + len("and Kyiv agreed"))
    feed.changes_applied.emit(changes)
    feed.changes_applied.emit(store.history.undo())
    assert builds == [] and pane.view.overlay_marks == []
    assert claim_id not in pane.view.rendered.claim_spans
    _same_as_a_rebuild(pane, store, doc)
    feed.changes_applied.emit(store.history.redo())
    assert builds == [] and claim_id in pane.view.rendered.claim_spans
    _same_as_a_rebuild(pane, store, doc)


def test_undo_in_place_leaves_hidden_entity_types_hidden(reader, store) -> None:
    pane, feed, doc, builds = reader
    pane.view.set_hidden_labels(frozenset({"GPE"}))
    builds.clear()
    start = TEXT.index("in Kharkiv")
    feed.changes_applied.emit(store.annotations.add_annotation(doc, start, start + 10)[1])
    feed.changes_applied.emit(store.history.undo())
    assert builds == []
    _same_as_a_rebuild(pane, store, doc)


def test_undo_of_an_overlapping_highlight_rebuilds(reader, store) -> None:
    """The other highlight's colour under it must come back: a rebuild restores it."""
    pane, feed, doc, builds = reader
    start = TEXT.index("the schools")
    feed.changes_applied.emit(store.annotations.add_annotation(doc, start, start + 11)[1])
    feed.changes_applied.emit(store.annotations.add_annotation(doc, start + 4, start + 20,
                                                               color="green")[1])
    builds.clear()
    feed.changes_applied.emit(store.history.undo())
    assert builds == [1]
    _same_as_a_rebuild(pane, store, doc)


@pytest.mark.parametrize("words", ["schools in Kharkiv", "UNICEF said help"])
def test_an_overlap_falls_back_to_a_rebuild(reader, store, words) -> None:
    """Over another highlight (paint order) or a speaker (marked after highlights)."""
    pane, feed, doc, builds = reader
    first = TEXT.index("the schools")
    feed.changes_applied.emit(store.annotations.add_annotation(doc, first, first + 11)[1])
    start = TEXT.index(words)
    feed.changes_applied.emit(store.annotations.add_annotation(doc, start,
                                                               start + len(words))[1])
    assert builds == [1]
    _same_as_a_rebuild(pane, store, doc)


def test_an_action_keeps_the_mentions_quotes_and_legend_counts(reader, store, monkeypatch) -> None:
    pane, feed, doc, _builds = reader
    mentions = pane.view.content.mentions
    reads: list[int] = []
    original = store.analysis.document_entities
    monkeypatch.setattr(store.analysis, "document_entities",
                        lambda doc_id: reads.append(doc_id) or original(doc_id))
    counted: list[int] = []
    monkeypatch.setattr(legend_module, "Counter",
                        lambda items: counted.append(1) or Counter(items))
    start = TEXT.index("the schools")
    feed.changes_applied.emit(store.annotations.add_annotation(doc, start, start + 11)[1])
    feed.changes_applied.emit(store.history.undo())
    assert reads == [] and counted == [] and pane.view.content.mentions is mentions
    pane.reload()  # not after an analyst action: everything is read again
    assert reads == [doc] and len(counted) == 2
    assert pane.legend.buttons["GPE"].text().endswith("2")
