"""The entity page reads its evidence through the task machinery, never on the UI thread,
and a read overtaken by a click on another entity never fills the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from workbench.core.progress import Progress
from workbench.store import Store
from workbench.ui.entities.controller import EntityController
from workbench.ui.entities.page import EntityPage
from workbench.ui.theme.manager import ThemeManager

TEXT = 'Kim Jong Un met Putin. "The talks went well," Putin said.'


class _Read:
    def __init__(self, call: Callable[[Store, Progress], Any], on_done: Callable[[Any], None]):
        self.call, self.on_done, self.cancelled = call, on_done, False

    def cancel(self) -> None:
        self.cancelled = True

    def finish(self, store: Store) -> None:
        """What the writer thread does: run the read, hand its result back (even if late)."""
        self.on_done(self.call(store, Progress()))


class _DeferredReads:
    """``StoreActions.read`` whose reads finish only when the test says so."""

    def __init__(self) -> None:
        self.reads: list[_Read] = []

    def read(self, _label: str, call, on_done, context=None) -> _Read:
        self.reads.append(_Read(call, on_done))
        return self.reads[-1]


def _page(qtbot, store: Store) -> tuple[EntityPage, _DeferredReads]:
    holder = QWidget()
    qtbot.addWidget(holder)
    reads = _DeferredReads()
    page = EntityPage(store, EntityController(store, reads, holder), ThemeManager(), holder)
    return page, reads


def test_the_evidence_is_read_by_the_task_machinery_not_on_the_ui_thread(
        qtbot, store, make_document, monkeypatch) -> None:
    make_document(store, "Talks", TEXT, mentions=(("Kim Jong Un", "PERSON", "Kim Jong Un"),
                                                  ("Putin", "PERSON", "Vladimir Putin")))
    page, reads = _page(qtbot, store)
    asked: list[int] = []
    documents = store.entities.entity_documents
    monkeypatch.setattr(store.entities, "entity_documents",
                        lambda entity_id, limit: asked.append(entity_id) or documents(entity_id,
                                                                                      limit))
    kim = store.entities.find_entity_id("Kim Jong Un")
    page.show_entity(kim)
    assert page.name_label.text().startswith("Kim Jong Un") and asked == []
    assert page.documents.topLevelItemCount() == 0
    reads.reads[-1].finish(store)
    assert asked == [kim] and page.documents.topLevelItemCount() == 1


def test_switching_entities_quickly_never_shows_the_wrong_entitys_evidence(
        qtbot, store, make_document) -> None:
    make_document(store, "Talks", TEXT, mentions=(("Kim Jong Un", "PERSON", "Kim Jong Un"),
                                                  ("Putin", "PERSON", "Vladimir Putin")),
                  quotes=(("The talks went well,", "direct", "Vladimir Putin", "Putin"),))
    page, reads = _page(qtbot, store)
    putin = store.entities.find_entity_id("Vladimir Putin")
    kim = store.entities.find_entity_id("Kim Jong Un")
    page.show_entity(putin)
    reads.reads[-1].finish(store)
    assert page.quotes_by.topLevelItemCount() == 1
    page.show_entity(kim)  # Putin's quotes go at once: the tabs are not Kim's yet
    assert page.quotes_by.topLevelItemCount() == 0
    page.show_entity(putin)
    late_kim, putin_again = reads.reads[-2], reads.reads[-1]
    assert late_kim.cancelled
    late_kim.finish(store)  # arrives anyway, after the click on Putin: dropped
    assert page.entity_id == putin and page.co_occurring.topLevelItemCount() == 0
    putin_again.finish(store)
    assert page.quotes_by.topLevelItemCount() == 1
    assert [page.co_occurring.topLevelItem(0).text(0)] == ["Kim Jong Un"]
    page.show_entity(kim)
    kim_read = reads.reads[-1]
    page.show_entity(None)
    kim_read.finish(store)  # the page was emptied meanwhile
    assert page.entity_id is None and page.documents.topLevelItemCount() == 0
