"""A long (paged) document costs an analyst action no more than a short one (issue 14).

A highlight or its undo changes the page shown in place (no rebuild, no
re-read of the text's head); the page map is cut on the loader thread; find
waits for the text on its own thread. Each test counts work or records the
thread it ran on, never time.
"""

from __future__ import annotations

import threading

import pytest

from tests.ui.test_reader_paging import AFTER_BORDER, RARE, paged_text
from workbench.ui.reader import paged_content
from workbench.ui.reader import pane as reader_pane
from workbench.ui.reader.document import build_document, format_at
from workbench.ui.reader.paging import Pages
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.theme.manager import ThemeManager


@pytest.fixture
def book(library, make_document):
    text, marks = paged_text()
    doc_id = make_document(library, "The harbour log", text,
                           mentions=(("Kharkiv", "GPE", "Kharkiv"),))
    return library, doc_id, text, marks


def _pane(qtbot, store) -> ReaderPane:
    pane = ReaderPane(store, ThemeManager())
    qtbot.addWidget(pane)
    pane.resize(800, 600)
    return pane


def _counting_builds(monkeypatch) -> list[int]:
    builds: list[int] = []
    original = reader_pane.ReaderView.show_content

    def counting(view, content):
        builds.append(1)
        original(view, content)

    monkeypatch.setattr(reader_pane.ReaderView, "show_content", counting)
    return builds


def _same_as_a_rebuild(pane: ReaderPane) -> None:
    view = pane.view
    fresh = build_document(pane.paged.page_content(pane.paged.index), view.palette_data,
                           view.theme, view.hidden_labels, view.font())
    body = range(fresh.body_base, fresh.body_base + len(fresh.body_text))
    assert [p for p in body if format_at(view.document(), p) != format_at(fresh.document, p)] \
        == []
    assert view.rendered.annotation_spans == fresh.annotation_spans


def test_a_highlight_and_its_undo_change_the_page_in_place(qtbot, book, monkeypatch):
    store, doc_id, _text, marks = book
    pane = _pane(qtbot, store)
    pane.show_document(doc_id)
    pane.show_page(1)
    shown, paged = pane.view.document(), pane.paged
    builds = _counting_builds(monkeypatch)
    heads: list[int] = []
    original_head = store.documents.document_head
    monkeypatch.setattr(store.documents, "document_head",
                        lambda doc, chars: heads.append(chars) or original_head(doc, chars))
    start = marks["after"]
    annotation_id, changes = store.annotations.add_annotation(doc_id, start,
                                                              start + len(AFTER_BORDER))
    pane.on_changes(changes)
    assert builds == [] and pane.view.document() is shown and pane.paged is paged
    assert annotation_id in pane.view.rendered.annotation_spans and pane.paged.index == 1
    _same_as_a_rebuild(pane)
    pane.on_changes(store.history.undo())
    assert builds == [] and pane.view.rendered.annotation_spans == {}
    _same_as_a_rebuild(pane)
    assert heads == [0, 0], "the row is re-read, not 200,000 characters of its text"


def test_an_action_keeps_the_pages_mentions_and_quotes_and_curation_rereads_them(
        qtbot, book, monkeypatch):
    """Re-reading (and comparing) a long page's thousands of mentions was most of the cost."""
    store, doc_id, _text, marks = book
    pane = _pane(qtbot, store)
    pane.show_document(doc_id)
    pane.show_page(1)
    mentions = pane.view.content.mentions
    reads: list[str] = []
    for name in ("range_entities", "range_quotes"):
        original = getattr(store.analysis, name)
        monkeypatch.setattr(store.analysis, name, lambda *a, _n=name, _o=original:
                            reads.append(_n) or _o(*a))
    start = marks["after"]
    pane.on_changes(store.annotations.add_annotation(doc_id, start, start + 5)[1])
    assert reads == [] and pane.view.content.mentions is mentions
    kharkiv = store.entities.find_entity_id("Kharkiv")
    pane.on_changes(store.entities.rename_entity(kharkiv, "Kharkiv city"))
    assert reads == ["range_entities", "range_quotes"]


def test_a_changed_text_is_read_again_on_reload(qtbot, book):
    store, doc_id, text, _marks = book
    pane = _pane(qtbot, store)
    pane.show_document(doc_id)
    shown = pane.paged
    store.db.execute("UPDATE documents SET content_hash = 'other' WHERE id = ?", [doc_id])
    pane.reload()
    assert pane.paged is not shown and pane.paged.document["content_hash"] == "other"


def test_the_page_map_is_cut_on_the_loader_thread(qtbot, book, monkeypatch):
    store, doc_id, _text, _marks = book
    threads: list[str] = []
    original = Pages.of.__func__

    def recording(cls, text, words=None):
        threads.append(threading.current_thread().name)
        return original(cls, text, words)

    monkeypatch.setattr(Pages, "of", classmethod(recording))
    pane = _pane(qtbot, store)
    pane.show_document(doc_id)
    pane.show()
    qtbot.waitUntil(lambda: pane.page_bar.page_label.text() == "Page 1 of 3", timeout=5000)
    assert threads == ["reader-text"]


def test_find_waits_for_the_text_on_its_own_thread(qtbot, book, monkeypatch):
    """While the loader still reads, starting a scan must not make the window wait for it."""
    store, doc_id, _text, marks = book
    gate, released = threading.Event(), []
    original = paged_content.read_document_text

    def slow_read(*args, **kwargs):
        released.append(gate.wait(3))
        return original(*args, **kwargs)

    monkeypatch.setattr(paged_content, "read_document_text", slow_read)
    pane = _pane(qtbot, store)
    pane.show_document(doc_id)
    pane.show()
    qtbot.waitUntil(lambda: pane.paged.loading, timeout=3000)
    bar = pane.find_bar
    bar.open_bar()
    bar.edit.setText(RARE)
    bar._typing.stop()
    bar._scan()
    assert not pane.paged.loaded, "the UI thread did not wait for the text"
    gate.set()
    qtbot.waitUntil(lambda: bar.searched is not None, timeout=5000)
    assert released == [True]
    assert [start for start, _ in bar.found] == [marks["rare_first"], marks["rare_last"]]
    bar.close_bar()
