"""A passage is selected and marked with the keyboard alone (caret browsing in the reader).

The reader took no keyboard selection: Shift+arrows did nothing, so Highlight,
Add Note, Mark as Claim and Tag Selection needed the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

SHIFT_WORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TEXT = ("Rangers counted the colony at dawn. There were about three male penguins for every "
        "female at the site, the survey found.")
LONG_TEXT = "\n\n".join(f"Paragraph {n} of the report says something." for n in range(80))


def _reader_with_the_keyboard(qtbot, library, make_document, open_window, text=TEXT):
    doc_id = make_document(library, "Penguin survey", text)
    window = open_window(library)
    window.open_document(doc_id)
    qtbot.waitUntil(lambda: window.reader.view.rendered is not None)
    window.activateWindow()
    window.actions["focus_reader"].trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader.view)
    return window, doc_id


def test_shift_arrows_select_words_and_the_highlight_key_marks_them(qtbot, library,
                                                                   make_document,
                                                                   open_window) -> None:
    window, doc_id = _reader_with_the_keyboard(qtbot, library, make_document, open_window)
    view = window.reader.view
    for _ in range(3):  # from the title down into the body
        if view.rendered.to_store(view.textCursor().position()) != ("text", 0):
            qtbot.keyClick(view, Qt.Key.Key_Down)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT_WORD)
    assert view.textCursor().selectedText() == "Rangers counted the "
    assert window.actions["highlight"].isEnabled()
    window.actions["highlight"].trigger()
    qtbot.waitUntil(lambda: bool(library.annotations.document_annotations(doc_id)))
    [highlight] = library.annotations.document_annotations(doc_id)
    assert TEXT[highlight.start:highlight.end] == "Rangers counted the"


def test_focusing_the_reader_puts_the_caret_on_the_body_not_the_title(
        qtbot, library, make_document, open_window) -> None:
    """Ctrl+2 then Ctrl+Shift+Right selected the headline, which nothing may mark: Highlight
    stayed grey saying "Select some text" while text was selected."""
    window, _doc = _reader_with_the_keyboard(qtbot, library, make_document, open_window)
    view = window.reader.view
    assert view.rendered.to_store(view.textCursor().position()) == ("text", 0)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT_WORD)
    assert view.textCursor().selectedText() == "Rangers counted the "
    assert window.actions["highlight"].isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.textCursor().position() == 0  # Home still goes back to the title


def test_the_keyboard_starts_selecting_where_the_analyst_scrolled_to(qtbot, library,
                                                                    make_document,
                                                                    open_window) -> None:
    window, _doc = _reader_with_the_keyboard(qtbot, library, make_document, open_window,
                                             LONG_TEXT)
    view = window.reader.view
    window.actions["focus_library"].trigger()
    bar = view.verticalScrollBar()
    bar.setValue(scrolled := bar.maximum() // 2)
    window.actions["focus_reader"].trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    assert view.viewport().rect().contains(view.cursorRect().center())
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert abs(bar.value() - scrolled) < view.viewport().height()  # not back at the title
    assert "Paragraph 1 " not in view.textCursor().selectedText()


def test_the_shortcut_list_says_how_to_select_with_the_keyboard(qtbot, library,
                                                               open_window) -> None:
    from tests.ui.probes import shortcut_rows

    keys = dict(shortcut_rows(open_window(library)))
    assert keys["Select text in the reader (after Focus Reader)"] == (
        "Shift+arrows / Ctrl+Shift+arrows")


def test_after_space_scrolls_the_keyboard_selects_where_the_reader_is(qtbot, library,
                                                                      make_document,
                                                                      open_window) -> None:
    """Space scrolls without moving the caret: Shift+Down threw the reader back pages up."""
    window, _doc = _reader_with_the_keyboard(qtbot, library, make_document, open_window,
                                             LONG_TEXT)
    view = window.reader.view
    bar = view.verticalScrollBar()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    scrolled = bar.value()
    assert scrolled > view.viewport().height()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert abs(bar.value() - scrolled) < view.viewport().height()
    assert view.viewport().rect().contains(view.cursorRect().center())
    assert view.textCursor().hasSelection()


def test_home_and_end_still_go_to_the_top_and_the_bottom(qtbot, library, make_document,
                                                         open_window) -> None:
    """With the caret, Home and End went to the ends of a line: the reader stayed put."""
    window, _doc = _reader_with_the_keyboard(qtbot, library, make_document, open_window,
                                             LONG_TEXT)
    view = window.reader.view
    bar = view.verticalScrollBar()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert bar.value() == bar.maximum() > 0
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert (bar.value(), view.textCursor().position()) == (0, 0)
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0  # the page's top margin too, not 12 px short
    for _ in range(10):  # down into the body
        if view.textCursor().block().text().startswith("Paragraph"):
            break
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert view.textCursor().selectedText().endswith("says something.")


def test_esc_clears_a_selection_and_never_closes_the_window(qtbot, library, make_document,
                                                           open_window) -> None:
    window, _ = _reader_with_the_keyboard(qtbot, library, make_document, open_window)
    view = window.reader.view
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT_WORD)
    assert view.textCursor().hasSelection()
    caret = view.textCursor().position()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.textCursor().hasSelection()
    assert view.textCursor().position() == caret
    assert not window.actions["highlight"].isEnabled()  # nothing selected to mark
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # nothing left to clear: the window stays
    assert window.isVisible()
