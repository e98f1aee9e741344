""""Context" (the Documents tab) shows the words around the mention, the mention in bold.

Before: the cell held the text from 80 characters before the first mention,
which wrapped in the column to the paragraph's opening words; how the entity
was mentioned was out of sight.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from workbench.ui.entities.mention_cell import MARK_ROLE, mention_lines

OPENING = ("Opening words of a long paragraph that runs on about the weather, the markets, "
           "the roads and the trains for quite some time, until 😀 at last\n")
TEXT = OPENING + "the minister Annalena Baerbock told reporters in Kyiv that aid would continue."


def _shown_row(shown_entity_page, store, make_document):
    doc_id = make_document(store, "Aid to Ukraine", TEXT,
                           mentions=(("Annalena Baerbock", "PERSON", "Annalena Baerbock"),))
    page = shown_entity_page(store, 1024)
    page.show_entity(store.entities.find_entity_id("Annalena Baerbock"))
    return page, doc_id, page.documents.topLevelItem(0)


def test_the_cell_shows_the_mention_and_its_neighbours_not_the_opening(
        shown_entity_page, store, make_document) -> None:
    _page, _doc_id, item = _shown_row(shown_entity_page, store, make_document)
    cell = item.text(1)
    assert "Opening words" not in cell
    assert cell.startswith("… ") and cell.endswith("that aid would continue.")
    assert "the minister Annalena Baerbock told reporters" in cell
    start, end = item.data(1, MARK_ROLE)
    assert cell[start:end] == "Annalena Baerbock"


def test_the_bold_span_is_the_mention_after_an_emoji(qtbot) -> None:
    text = "fans 😀 cheered as Zelensky arrived"
    start = text.index("Zelensky")  # a code point offset; Qt counts the emoji twice
    lines = mention_lines(text, QFont(), (start, start + 8), 400)
    assert [word.strip() for line in lines for word, bold in line if bold] == ["Zelensky"]


def test_double_clicking_the_row_still_opens_the_document_at_the_entity(
        qtbot, shown_entity_page, store, make_document) -> None:
    page, doc_id, item = _shown_row(shown_entity_page, store, make_document)
    with qtbot.waitSignal(page.entity_opened) as opened:
        page.documents.itemDoubleClicked.emit(item, 1)
    assert opened.args == [doc_id, page.entity_id]


def test_the_last_line_a_cell_shows_ends_in_an_ellipsis_within_its_width(qtbot) -> None:
    text = "Merkel " + "word " * 40
    font = QFont()
    lines = mention_lines(text, font, (0, 6), 120, max_lines=2)
    assert len(lines) == 2
    last = "".join(word for word, _bold in lines[-1])
    assert last.endswith("…")
    assert all(QFontMetrics(font).horizontalAdvance("".join(w for w, _ in line)) <= 120 + 8
               for line in lines)  # bold runs measured bold: a few px at most


def test_a_mention_past_the_cells_lines_is_brought_into_sight(qtbot) -> None:
    """As a library search hit moves to its match: the bold name was cut off after line 2."""
    text = "word " * 40 + "Merkel said"
    lines = mention_lines(text, QFont(), (200, 206), 120, max_lines=2)
    shown = [(word.strip(), bold) for line in lines for word, bold in line]
    assert ("Merkel", True) in shown and shown[0] == ("…", False)


def test_the_library_snippet_and_the_mention_cell_share_one_layout() -> None:
    from workbench.ui.entities import mention_cell
    from workbench.ui.library import snippet_delegate
    from workbench.ui.widgets import emphasis_lines

    assert mention_cell.layout_runs is emphasis_lines.layout_runs
    assert snippet_delegate.layout_runs is emphasis_lines.layout_runs
    assert mention_cell.draw_run_lines is snippet_delegate.draw_run_lines
