"""A page that is one long paragraph of many mentions and claims paints in work that
follows what is on screen, not the paragraph's length.

Attack run 17: a document of 2,000 '"..." Person Smith said' sentences with no line break
(one text block of ~550 laid-out lines) took 18 s to paint once, and as long again on a
theme switch: every mention and claim in the visible block (the whole page) walked every
line of the block for its rectangles, lines x marks. What is counted is how many laid-out
lines a paint reads (seconds depend on the machine); what is drawn must not change.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QTextLayout

from workbench.core.models import Analysis, Article, Mention
from workbench.ui.reader import entity_marks, overlay
from workbench.ui.reader.overlay import span_line_rects
from workbench.ui.reader.pane import ReaderPane
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.entity_lines import block_line_rects

SENTENCES = 1200
SENTENCE = "Person{} Smith said the plan works. "


def _one_paragraph(library) -> tuple[int, str]:
    text, mentions, claims = "", [], []
    for index in range(SENTENCES):
        name = f"Person{index} Smith"
        mentions.append(Mention(len(text), len(text) + len(name), name, "PERSON", name))
        if index % 4 == 0:  # a claim over every fourth sentence's words after the name
            claims.append((len(text) + len(name) + 1, len(text) + len(SENTENCE.format(index)) - 1))
        text += SENTENCE.format(index)
    doc_id = library.documents.add_article(Article(title="One paragraph", text=text),
                                           analyze=False).documents_added[0]
    library.analysis.save_analysis(doc_id, Analysis(mentions=tuple(mentions)))
    for start, end in claims:
        library.claims.add_claim(doc_id, start, end)
    return doc_id, text


@pytest.fixture
def pane(qtbot, library) -> ReaderPane:
    doc_id, _ = _one_paragraph(library)
    pane = ReaderPane(library, ThemeManager())
    qtbot.addWidget(pane)
    pane.resize(800, 600)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_document(doc_id)
    pane.view.grab()  # laid out
    return pane


def _lines_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    read = [0]
    real = QTextLayout.lineAt

    def counted(layout: QTextLayout, number: int):  # noqa: ANN202 - Qt's QTextLine
        read[0] += 1
        return real(layout, number)

    monkeypatch.setattr(QTextLayout, "lineAt", counted)
    return read


def test_a_paint_reads_few_lines_per_mark_shown(pane: ReaderPane,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    view = pane.view
    lines = _paragraph(view.document()).layout().lineCount()
    assert lines > 200, "the paragraph wraps to many lines"
    read = _lines_read(monkeypatch)
    view.grab()
    visible_lines = view.viewport().height() // 10 + 2
    assert read[0] < 20 * visible_lines, (read[0], lines)


def test_a_scrolled_paint_still_reads_few_lines(pane: ReaderPane,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    view = pane.view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    read = _lines_read(monkeypatch)
    view.grab()
    assert read[0] < 20 * (view.viewport().height() // 10 + 2)


def _paragraph(document):  # noqa: ANN001, ANN202 - Qt's QTextDocument and QTextBlock
    """The body's one long block (the title and meta line come first)."""
    block, longest = document.firstBlock(), document.firstBlock()
    while block.isValid():
        longest = block if block.length() > longest.length() else longest
        block = block.next()
    return longest


def _every_line(block, origin, start, end, trim=False):  # noqa: ANN001, ANN202 - the oracle
    """The rectangles as every line of the block read them before the fix."""
    layout, text = block.layout(), block.text()
    local_start, local_end = start - block.position(), end - block.position()
    rects = []
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        line_start, line_end = line.textStart(), line.textStart() + line.textLength()
        first, last = max(local_start, line_start), min(local_end, line_end)
        while trim and last > first and last < local_end and text[last - 1].isspace():
            last -= 1
        if first < last:
            left, right = line.cursorToX(first)[0], line.cursorToX(last)[0]
            rects.append((origin.x() + left, origin.y() + line.y(), right - left))
    return rects


def test_the_rectangles_are_those_every_line_gave(pane: ReaderPane) -> None:
    document = pane.view.document()
    block = _paragraph(document)
    origin = QPointF(3, 4)
    length = block.length()
    for start in range(0, length, 997):
        for width in (1, 40, 300, 2000):
            for trim in (False, True):
                got = [(r.x(), r.y(), r.width())
                       for r in block_line_rects(block, origin, block.position() + start,
                                                 block.position() + start + width, trim=trim)]
                assert got == _every_line(block, origin, block.position() + start,
                                          block.position() + start + width, trim), start
    assert span_line_rects(document, 0, document.characterCount())  # spans blocks whole


def test_the_page_looks_as_when_every_mark_was_laid_out(pane: ReaderPane,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    view = pane.view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 3)
    narrowed = view.viewport().grab().toImage()

    def whole(document, _area):  # noqa: ANN001, ANN202 - every mark of the document
        return 0, document.characterCount()

    monkeypatch.setattr(overlay, "visible_range", whole)
    monkeypatch.setattr(entity_marks, "visible_range", whole)
    assert view.viewport().grab().toImage() == narrowed
