"""A library search carries into the reader: its words marked, the first gone to, F3 steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import add_document
from tests.ui.probes import process_events

FILLER = ("Reporters waited outside the council chamber while members argued about the "
          "budget and the harbour for most of the afternoon.")
INTERVIEW = "\n\n".join(
    [FILLER] * 40
    + ["She said the harbour tunnel would open next spring."]
    + [FILLER] * 20
    + ["Asked again, he called the harbour tunnel a promise, not a plan."]
    + [FILLER] * 10
)
FIRST = INTERVIEW.index("harbour tunnel")
SECOND = INTERVIEW.index("harbour tunnel", FIRST + 1)


def _marked(window) -> list[str]:
    return [selection.cursor.selectedText() for selection in window.reader.view.extraSelections()]


def _search(qtbot, window, text: str, advanced: bool = False) -> None:
    bar = window.library.filter_bar
    bar.advanced_button.setChecked(advanced)
    bar.search_box.setText(text)
    bar.apply()
    qtbot.waitUntil(lambda: window.library.model.rowCount() >= 1)
    process_events()


def _window_on_a_hit(qtbot, library, open_window, query: str, advanced: bool = False):
    doc = add_document(library, "Harbour interview", INTERVIEW)
    window = open_window(library)
    window.library.table.setFocus()
    _search(qtbot, window, query, advanced)
    window.library.select_document(doc)
    _wait_for_marks(qtbot, window.reader.search_marks)
    return window


def _wait_for_marks(qtbot, marks) -> None:
    """The search's words are found on a thread: wait for its answer to be shown."""
    qtbot.waitUntil(lambda: marks.scanning is None)
    process_events()


def _first_mark_colour(window):
    selection = window.reader.view.extraSelections()[0]
    char_format = selection.format
    return char_format.background().color()


def _selected_start(window) -> int:
    rendered = window.reader.view.rendered
    found = rendered.to_store(window.reader.view.textCursor().selectionStart())
    return found[1]


def test_a_phrase_is_marked_as_a_phrase_and_the_reader_goes_to_it(qtbot, library,
                                                                  open_window) -> None:
    window = _window_on_a_hit(qtbot, library, open_window, '"harbour tunnel"', advanced=True)
    assert _marked(window) == ["harbour tunnel", "harbour tunnel"]  # not every lone "harbour"
    assert _selected_start(window) == FIRST
    assert window.reader.view.verticalScrollBar().value() > 0  # the first one is in view
    match_colour = window.reader.find_bar.match_format.background().color()
    assert _first_mark_colour(window) == match_colour


def test_f3_steps_through_the_marks_and_the_list_keeps_the_keyboard(qtbot, library,
                                                                   open_window) -> None:
    window = _window_on_a_hit(qtbot, library, open_window, '"harbour tunnel"', advanced=True)
    table = window.library.table
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_F3)
    assert _selected_start(window) == SECOND
    qtbot.keyClick(table, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert _selected_start(window) == FIRST
    assert table.hasFocus() and not window.reader.find_bar.isVisible()


def test_simple_words_are_each_marked(qtbot, library, open_window) -> None:
    window = _window_on_a_hit(qtbot, library, open_window, "tunnel promise")
    assert sorted(_marked(window)) == ["promise", "tunnel", "tunnel"]


def test_the_forms_the_search_matched_are_marked(qtbot, library, open_window) -> None:
    """FTS5 stems and folds: "tunnels" finds the tunnel, "harbor" no harbour."""
    window = _window_on_a_hit(qtbot, library, open_window, "tunnels")
    assert _marked(window) == ["tunnel", "tunnel"]


def test_clearing_the_search_clears_the_marks(qtbot, library, open_window) -> None:
    window = _window_on_a_hit(qtbot, library, open_window, "tunnel")
    assert _marked(window)
    window.library.filter_bar.clear()
    _wait_for_marks(qtbot, window.reader.search_marks)
    assert _marked(window) == []


def test_the_marks_survive_a_theme_switch_in_the_new_colour(qtbot, library,
                                                            open_window) -> None:
    window = _window_on_a_hit(qtbot, library, open_window, "tunnel")
    qtbot.keyClick(window.library.table, Qt.Key.Key_F3)
    window.set_theme("dark")
    process_events()
    assert _marked(window) == ["tunnel", "tunnel"]
    assert _selected_start(window) == SECOND + len("harbour ")  # still the current one
    assert _first_mark_colour(window) == window.theme.color("find_match")


def test_a_paged_document_is_marked_on_every_page_and_f3_turns_to_them(qtbot, library,
                                                                      make_document) -> None:
    """A long document holds one page; the search's later words are a page turn away."""
    from tests.ui.test_reader_paging import RARE, paged_text
    from workbench.store import LibraryFilter
    from workbench.ui.reader.pane import ReaderPane
    from workbench.ui.theme.manager import ThemeManager

    text, marks = paged_text()
    doc = make_document(library, "The harbour log", text)
    pane = ReaderPane(library, ThemeManager())
    qtbot.addWidget(pane)
    pane.resize(800, 600)
    pane.show()
    pane.search_marks.set_filter(LibraryFilter(query=RARE))
    pane.show_document(doc)
    assert pane.paged is not None
    qtbot.waitUntil(lambda: pane.paged.loaded and len(pane.search_marks.found) == 2)
    process_events()
    assert pane.view.rendered.page_start == 0
    assert _selected_start_in(pane) == marks["rare_first"]  # "ZANZIBARITE": case-blind
    pane.step_find(1)
    assert pane.paged.index == 2 and _selected_start_in(pane) == marks["rare_last"]
    marked = [s.cursor.selectedText() for s in pane.view.extraSelections()]
    assert marked == [RARE]


def _selected_start_in(pane) -> int:
    rendered = pane.view.rendered
    return rendered.to_store(pane.view.textCursor().selectionStart())[1]


@pytest.mark.parametrize("close", ["escape", "button", "call"])
def test_closing_the_find_bar_brings_the_search_marks_back(qtbot, library, open_window,
                                                           close: str) -> None:
    """However the find bar closes (Esc, its button, or code), the search's marks return."""
    window = _window_on_a_hit(qtbot, library, open_window, "tunnel")
    bar = window.reader.find_bar
    bar.open_bar()
    qtbot.keyClicks(bar.edit, "council")
    qtbot.waitUntil(lambda: "council" in _marked(window))
    if close == "escape":
        qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    elif close == "button":
        bar.close_button.click()
    else:
        bar.close_bar()
    process_events()
    assert _marked(window) == ["tunnel", "tunnel"]


def test_the_words_are_found_off_the_ui_thread(qtbot, library, open_window,
                                              monkeypatch) -> None:
    """On a 240,000-word document the scan held the window 0.25-1 s at every opened hit."""
    import threading

    from workbench.ui.reader import search_marks

    threads: list[threading.Thread] = []
    real = search_marks.matched_spans

    def watched(*args):
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(search_marks, "matched_spans", watched)
    window = _window_on_a_hit(qtbot, library, open_window, "tunnel")
    assert _marked(window) == ["tunnel", "tunnel"]
    assert threads and threading.main_thread() not in threads


def test_a_scan_overtaken_by_another_search_is_dropped(qtbot, library, open_window,
                                                       monkeypatch) -> None:
    """Typing on in the search box: the older search's words must not be marked last."""
    import threading

    from workbench.ui.reader import search_marks

    release = threading.Event()
    real = search_marks.matched_spans

    def slow_for_tunnel(text, highlight, limit):
        if "tunnel" in highlight:
            release.wait(10)
        return real(text, highlight, limit)

    window = _window_on_a_hit(qtbot, library, open_window, "promise")
    monkeypatch.setattr(search_marks, "matched_spans", slow_for_tunnel)
    _search(qtbot, window, "tunnel")  # its scan waits
    _search(qtbot, window, "plan")
    _wait_for_marks(qtbot, window.reader.search_marks)
    release.set()
    qtbot.wait(200)
    process_events()
    assert _marked(window) == ["plan"]


def test_a_text_rewritten_to_the_same_length_is_scanned_again(qtbot, library,
                                                               monkeypatch) -> None:
    """The scan was keyed on the text's length: a new version of the same length (or a
    merge's) kept the old marks, on words no longer there."""
    import threading

    from workbench.store import LibraryFilter
    from workbench.ui.reader import search_marks
    from workbench.ui.reader.pane import ReaderPane
    from workbench.ui.theme.manager import ThemeManager

    doc = add_document(library, "Harbour interview", INTERVIEW)
    pane = ReaderPane(library, ThemeManager())
    qtbot.addWidget(pane)
    pane.resize(800, 600)
    pane.show()
    pane.search_marks.set_filter(LibraryFilter(query="tunnel"))
    pane.show_document(doc)
    _wait_for_marks(qtbot, pane.search_marks)
    assert pane.search_marks.found == [(FIRST + 8, FIRST + 14), (SECOND + 8, SECOND + 14)]
    rewritten = INTERVIEW.replace("harbour tunnel", "tunnel harbour")
    assert len(rewritten) == len(INTERVIEW)
    library.versions.replace_document_text(doc, rewritten)
    release = threading.Event()
    real = search_marks.matched_spans

    def held(*args):
        release.wait(10)
        return real(*args)

    monkeypatch.setattr(search_marks, "matched_spans", held)
    pane.show_document(doc)
    assert pane.search_marks.found == []  # while it is scanned, no mark on the old words
    assert pane.view.extraSelections() == []
    release.set()
    _wait_for_marks(qtbot, pane.search_marks)
    assert pane.search_marks.found == [(FIRST, FIRST + 6), (SECOND, SECOND + 6)]
    marked = [s.cursor.selectedText() for s in pane.view.extraSelections()]
    assert marked == ["tunnel", "tunnel"]
