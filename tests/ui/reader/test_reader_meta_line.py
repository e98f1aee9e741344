"""The reader's metadata line wraps between parts, never inside "397 words" or "Date unknown"."""

from __future__ import annotations

from workbench.ui.reader.pane import ReaderPane
from workbench.ui.theme.manager import ThemeManager

TEXT = " ".join(["Officials met on Wednesday and talked."] * 60)


def _line_of(block, needle: str, offset: int = 0) -> int:
    at = block.text().index(needle) + offset
    return block.layout().lineForTextPosition(at).lineNumber()


def test_a_narrow_reader_keeps_the_count_with_its_word_and_unknown_with_date(
        qtbot, library, make_document) -> None:
    doc = make_document(library, "Wire", TEXT, published=None, source="Cnews Live")
    theme = ThemeManager()
    theme.set_preference("light")
    pane = ReaderPane(library, theme)
    qtbot.addWidget(pane)
    pane.show_document(doc)
    document = pane.view.document()
    meta = document.begin().next()
    words = str(len(TEXT.split()))
    wrapped = False
    for width in range(120, 420, 6):  # every place a wrap can fall
        document.setTextWidth(width)
        document.documentLayout().documentSize()
        wrapped |= meta.layout().lineCount() > 1
        assert _line_of(meta, words) == _line_of(meta, "words"), width
        assert _line_of(meta, "Date") == _line_of(meta, "unknown"), width
    assert wrapped
    assert f"{words} words" in pane.view.toPlainText()  # copied text has plain spaces
