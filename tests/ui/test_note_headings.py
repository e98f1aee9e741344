"""A rendered note's headings stay near the text's size: the export preview and note cards."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextFormat

from workbench.ui.widgets.note_browser import NoteBrowser


def _heading_steps(browser: NoteBrowser) -> dict[int, int]:
    """Each heading level's size steps over the text, as its first character is set."""
    steps, block = {}, browser.document().begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
            steps[level] = int(cursor.charFormat().property(
                QTextFormat.Property.FontSizeAdjustment) or 0)
        block = block.next()
    return steps


def test_the_export_previews_title_is_one_step_over_the_text(qtbot) -> None:
    """Its h1, the article's title, took four lines of xx-large type in a 430 px preview."""
    browser = NoteBrowser()
    qtbot.addWidget(browser)
    browser.set_wrapped_html("<pre>title: \"A\"</pre><h1>US State Department: Sanctions</h1>"
                             "<h2>Highlights, notes and claims</h2><h3>Note</h3><p>Text.</p>")
    assert _heading_steps(browser) == {1: 1, 2: 0, 3: 0}


def test_a_notes_own_heading_is_no_larger_than_one_step(qtbot) -> None:
    browser = NoteBrowser(fit_height=True)
    qtbot.addWidget(browser)
    browser.set_markdown("# Key point\n\nThe US ties new sanctions to *further* arms deals.")
    assert _heading_steps(browser) == {1: 1}
