"""The Compare window: both texts read-only, shared entities marked, a click scrolls both."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QTextCursor

from tests.compare_support import add_reports
from workbench.core.models import Changes
from workbench.store import Store
from workbench.ui.app.compare_opening import compare_with, document_choices
from workbench.ui.compare.view import CompareWindow
from workbench.ui.tasks.store_actions import StoreActions
from workbench.ui.theme.manager import ThemeManager


class ChangeFeed(QObject):
    changes_applied = Signal(object)


def _window(qtbot, library: Store, theme: ThemeManager | None = None
            ) -> tuple[CompareWindow, int, int, ChangeFeed]:
    a, b, _ = add_reports(library)
    feed = ChangeFeed()
    theme = theme or ThemeManager()
    actions = StoreActions(library, None, feed.changes_applied)
    window = CompareWindow(library, actions, theme, (a, b), feed.changes_applied)
    window._feed = feed  # type: ignore[attr-defined] - keep the signal alive with the window
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    return window, a, b, feed


def _background_at(window: CompareWindow, side: int, word: str) -> str:
    view = window.texts[side]
    position = view.toPlainText().find(word)
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)
    return cursor.charFormat().background().color().name()


def _rows(window: CompareWindow) -> dict[str, list[str]]:
    tree = window.side_list
    return {tree.topLevelItem(i).text(0): [tree.topLevelItem(i).child(j).text(0)
                                           for j in range(tree.topLevelItem(i).childCount())]
            for i in range(tree.topLevelItemCount())}


def test_both_texts_shown_read_only_with_shared_entities_marked(qtbot, library) -> None:
    window, _, _, _ = _window(qtbot, library)
    assert all(view.isReadOnly() for view in window.texts)
    assert window.titles[0].text() == "A: Floods close the Marrow Bridge"
    plain = window.texts[0].palette().base().color().name()
    marked = _background_at(window, 0, "Marrow Bridge")
    assert marked != plain and _background_at(window, 1, "Marrow Bridge") == marked
    assert _background_at(window, 0, "Irene Dobbs") != marked  # only in A: not marked


def test_side_list_groups_and_counts(qtbot, library) -> None:
    window, _, _, _ = _window(qtbot, library)
    rows = _rows(window)
    assert len(rows["Sentences reporting the same thing (2)"]) == 2
    assert rows["Shared entities (3)"] == ["Kelston  (1 mention in A · 1 in B)",
                                         "Kelston Fire Service  (1 mention in A · 1 in B)",
                                         "Marrow Bridge  (1 mention in A · 1 in B)"]
    assert rows["Only in A (1)"] == ["Irene Dobbs  (2 mentions in A)"]
    assert rows["Quoted in A (1)"] == ["Irene Dobbs (2 quotes)"]


def test_a_pair_row_opens_with_its_words_and_keeps_its_score_for_hover(qtbot, library) -> None:
    """Rows read "0.24  Such accusations…": a bare number before the words (Suggestions
    shows none; it keeps the score in the tooltip's last line)."""
    window, _, _, _ = _window(qtbot, library)
    pair = window.side_list.topLevelItem(0).child(0)
    assert not pair.text(0)[0].isdigit()
    assert pair.toolTip(0).splitlines()[-1].startswith("Match score 0.")


def test_clicking_a_pair_scrolls_both_texts_to_its_sentences(qtbot, library) -> None:
    window, _, _, _ = _window(qtbot, library)
    group = window.side_list.topLevelItem(0)
    pair = group.child(1)  # the Fire Service pair, second in A's reading order
    rect = window.side_list.visualItemRect(pair)
    qtbot.mouseClick(window.side_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    for view in window.texts:
        (selection,) = view.extraSelections()
        assert selection.cursor.selectedText().startswith("The Kelston Fire Service")
        assert view.textCursor().position() == selection.cursor.selectionStart()


def test_clicking_an_entity_named_by_one_side_clears_the_other(qtbot, library) -> None:
    window, _, _, _ = _window(qtbot, library)
    only_a = next(window.side_list.topLevelItem(i) for i in range(
        window.side_list.topLevelItemCount())
        if window.side_list.topLevelItem(i).text(0).startswith("Only in A"))
    window.side_list.setCurrentItem(only_a.child(0))
    (selection,) = window.texts[0].extraSelections()
    assert selection.cursor.selectedText() == "Irene Dobbs"
    assert window.texts[1].extraSelections() == []


def test_a_live_theme_switch_marks_again_in_the_new_colours(qtbot, library) -> None:
    theme = ThemeManager()
    theme.set_preference("light")
    window, _, _, _ = _window(qtbot, library, theme)
    light = _background_at(window, 0, "Kelston Fire")
    theme.set_preference("dark")
    dark = _background_at(window, 0, "Kelston Fire")
    assert light != dark
    assert dark == theme.palette.entity("ORG", "dark").background.lower()


def test_a_change_to_either_document_compares_again(qtbot, library) -> None:
    window, a, b, feed = _window(qtbot, library)
    assert _rows(window)["Linked claims (0)"] == []
    text_a, text_b = library.documents.document_text(a), library.documents.document_text(b)
    claim_a, _ = library.claims.add_claim(a, 0, text_a.find(","))
    claim_b, _ = library.claims.add_claim(b, 0, text_b.find(" after"))
    changes = library.claims.link_claims(claim_a, claim_b, "same")[1]
    feed.changes_applied.emit(changes)
    assert len(_rows(window)["Linked claims (1)"]) == 1
    feed.changes_applied.emit(Changes(documents_removed=(b,)))
    qtbot.waitUntil(lambda: not window.isVisible())


def test_compare_with_picks_the_other_document(qtbot, library, monkeypatch) -> None:
    a, b, other = add_reports(library)
    assert [doc for doc, _ in document_choices(library, a)] == [other, b]  # by title
    asked = {}

    def pick(_parent, _title, _label, items, *, action):
        asked["items"], asked["action"] = items, action
        return items[1]

    monkeypatch.setattr("workbench.ui.app.compare_opening.ask_item", pick)
    feed = ChangeFeed()
    from PySide6.QtWidgets import QWidget
    parent = QWidget()
    qtbot.addWidget(parent)
    window = compare_with(parent, library, StoreActions(library, None, feed.changes_applied),
                          ThemeManager(), a, feed.changes_applied)
    assert window is not None and window.documents == (a, b)
    assert asked["action"] == "Compare" and len(asked["items"]) == 2
    assert compare_with(parent, library, StoreActions(library, None, feed.changes_applied),
                        ThemeManager(), None, feed.changes_applied) is None
    window.close()


def test_another_documents_analysis_does_not_compare_again(qtbot, library, monkeypatch) -> None:
    window, a, _, feed = _window(qtbot, library)
    reads = []
    monkeypatch.setattr(window, "reload", lambda: reads.append(1))
    feed.changes_applied.emit(Changes(documents_changed=(a + 100,), entities=True))
    assert reads == []
    feed.changes_applied.emit(Changes(entities=True, note="Rename entity"))
    feed.changes_applied.emit(Changes(documents_changed=(a,), entities=True))
    assert reads == [1, 1]


class RecordingTask:
    """What ``StoreActions.read`` hands back with a writer thread: a task that can be cancelled."""

    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


def test_a_newer_read_or_closing_cancels_the_running_one(qtbot, library, monkeypatch) -> None:
    window, _, _, _ = _window(qtbot, library)
    tasks: list[RecordingTask] = []

    def read(_label, _call, _on_done, context=None):
        tasks.append(RecordingTask())
        return tasks[-1]

    monkeypatch.setattr(window.actions, "read", read)
    window.reload()
    window.reload()
    assert [t.cancelled for t in tasks] == [True, False]
    window._read_done(None)  # a cancelled read's result: nothing changes
    assert window.content is not None and window.reading is None
    window.reload()
    window.close()
    assert tasks[-1].cancelled


def test_a_side_never_analysed_is_said_so_above_the_texts(qtbot, library) -> None:
    """B imported without analysis: the window said "Quoted in B (0)" and listed A's names
    only in A, as if B named no one. A note says B is not analysed and how to analyse it."""
    from workbench.core.models import Article

    window, a, _, _ = _window(qtbot, library)
    (fresh,) = library.documents.add_article(
        Article("Bridge shut, second edition", "The council closed the Marrow Bridge."),
        analyze=False).documents_added
    other = CompareWindow(library, window.actions, ThemeManager(), (a, fresh))
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(lambda: other.content is not None)
    assert other.note.isVisible()
    assert other.note.text() == ("B is not analysed: entities and quotes are not compared; "
                                 "analyse it with Tools → Analyse Outdated Documents…")
    rows = _rows(other)
    assert "Quoted in B (not analysed)" in rows and "Only in A (0)" in rows
    assert not window.note.isVisible()


def test_a_side_still_being_analysed_is_not_sent_to_analyse_again(qtbot, library) -> None:
    """Reviewer: a side whose analysis is queued was told to Analyse Outdated Documents."""
    window, a, b, _ = _window(qtbot, library)
    with library.db.conn:
        library.db.execute("UPDATE documents SET status = 'pending' WHERE id = ?", [b])
    other = CompareWindow(library, window.actions, ThemeManager(), (a, b))
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(lambda: other.content is not None)
    assert other.note.text() == ("B is still being analysed: entities and quotes are "
                                 "compared once it is done")
    assert "Quoted in B (still being analysed)" in _rows(other)


def test_a_long_pair_wraps_in_the_narrow_side_list_instead_of_ending_in_dots(
        qtbot, library) -> None:
    window, _, _, _ = _window(qtbot, library)
    window.resize(1024, 640)
    qtbot.wait(1)
    tree = window.side_list
    pairs = tree.topLevelItem(0)
    row = pairs.child(0)
    line = tree.fontMetrics().lineSpacing()
    width = tree.viewport().width()
    assert tree.fontMetrics().horizontalAdvance(row.text(0)) > width, "the row is longer"
    rect = tree.visualItemRect(row)
    assert rect.height() >= 2 * line, "the pair's sentence goes on over more lines"
    assert rect.right() <= width, "and never past the list's right edge"
    assert not tree.horizontalScrollBar().isVisible()


def test_the_side_list_keeps_off_the_windows_edges_as_the_texts_do(qtbot, library) -> None:
    from PySide6.QtCore import QPoint

    window, _, _, _ = _window(qtbot, library)
    text_top = window.texts[0].parentWidget().mapTo(window, QPoint(0, 0)).y()
    title = window.titles[0].mapTo(window, QPoint(0, 0))
    side = window.side_list.mapTo(window, QPoint(0, 0))
    assert title.y() > text_top and side.y() == title.y(), "level with the titles, not flush"
    assert side.x() + window.side_list.width() <= window.width() - 4, "off the right edge"
