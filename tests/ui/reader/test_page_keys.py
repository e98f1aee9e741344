"""The keys that turn a long document's pages are listed in Help → Keyboard Shortcuts.

Why: the page bar's buttons named them only in their tooltips, in other words
("Ctrl+Page Up") than the README and the shortcut list use ("Ctrl+PgUp"); an
analyst reading a 400-page report looked in Help → Keyboard Shortcuts and found nothing.
"""

from __future__ import annotations

from tests.ui.probes import shortcut_rows
from workbench.ui.reader.page_bar import PageBar


def test_the_shortcut_list_names_the_page_keys_as_the_page_bar_does(qtbot, library,
                                                                    open_window) -> None:
    window = open_window(library)
    keys = dict(shortcut_rows(window))["Previous / next page of a long document"]
    assert keys == "Ctrl+PgUp / Ctrl+PgDown"
    bar = PageBar()
    qtbot.addWidget(bar)
    assert bar.previous_button.toolTip() == "Previous page (Ctrl+PgUp)"
    assert bar.next_button.toolTip() == "Next page (Ctrl+PgDown)"
