"""A find match shows inside the analyst's highlight, in either theme and after a live switch.

A reader said the dark theme's find colour (olive #7A6200) was close to the gold
highlight: "penguins" found inside a highlighted sentence hardly showed.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from tests.ui.probes import contrast_ratio
from tests.ui.theme.test_theme import _delta_e
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.theme.manager import ThemeManager

TEXT = ("Rangers counted the colony at dawn. There were about three male penguins for "
        "every female at the site, the survey found.")
HIGHLIGHTED = "There were about three male penguins for every female"


def _reader_with_a_highlight(qtbot, store, make_document, theme_name: str) -> ReaderPane:
    doc_id = make_document(store, "Penguin survey", TEXT)
    start = TEXT.index(HIGHLIGHTED)
    store.annotations.add_annotation(doc_id, start, start + len(HIGHLIGHTED))
    theme = ThemeManager()
    theme.set_preference(theme_name)
    pane = ReaderPane(store, theme)
    qtbot.addWidget(pane)
    pane.resize(700, 500)
    pane.show()
    pane.show_document(doc_id)
    return pane


def _match_and_mark_under_it(pane: ReaderPane) -> tuple[str, str, str]:
    """The first find match's background and text colours, and the highlight's colour there."""
    [selection, *_] = pane.view.extraSelections()
    cursor = QTextCursor(selection.cursor)
    cursor.setPosition(selection.cursor.selectionEnd())  # the character format before the end
    mark = cursor.charFormat().background().color().name()
    return (selection.format.background().color().name(),
            selection.format.foreground().color().name(), mark)


def _find(pane: ReaderPane, text: str) -> None:
    pane.find_bar.open_bar()
    pane.find_bar.edit.setText(text)


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_a_match_inside_a_highlight_stands_out_and_reads(qtbot, store, make_document,
                                                         theme_name: str) -> None:
    pane = _reader_with_a_highlight(qtbot, store, make_document, theme_name)
    _find(pane, "penguins")
    match, text, mark = _match_and_mark_under_it(pane)
    assert mark != pane.view.palette().base().color().name()  # the match lies in the highlight
    assert _delta_e(match, mark) >= 25, (match, mark)
    assert contrast_ratio(match, text) >= 4.5, (match, text)


def test_a_live_switch_repaints_the_open_find_bars_matches(qtbot, store, make_document) -> None:
    pane = _reader_with_a_highlight(qtbot, store, make_document, "light")
    _find(pane, "penguins")
    pane.theme.set_preference("dark")
    match, text, mark = _match_and_mark_under_it(pane)
    dark = pane.theme.palette.ui("dark")
    assert (match, text) == (dark["find_match"].lower(), dark["find_match_text"].lower())
    assert mark == pane.theme.palette.highlight(None, "dark").lower()
