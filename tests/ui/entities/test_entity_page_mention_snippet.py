""""Where it is mentioned" shows the words around the mention, the mention in bold.

Before: the cell held the text from 80 characters before the first mention,
which wrapped in the column to the paragraph's opening words; how the entity
was mentioned was out of sight.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

from workbench.ui.entities.mention_cell import MARK_ROLE, emphasised_layout

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
    layout = emphasised_layout(text, QFont(), (start, start + 8), 400)
    bold = layout.formats()[0]
    utf16 = text.encode("utf-16-le")
    shown = utf16[2 * bold.start:2 * (bold.start + bold.length)].decode("utf-16-le")
    assert shown == "Zelensky"
    assert bold.format.fontWeight() == QFont.Weight.Bold


def test_double_clicking_the_row_still_opens_the_document_at_the_entity(
        qtbot, shown_entity_page, store, make_document) -> None:
    page, doc_id, item = _shown_row(shown_entity_page, store, make_document)
    with qtbot.waitSignal(page.entity_opened) as opened:
        page.documents.itemDoubleClicked.emit(item, 1)
    assert opened.args == [doc_id, page.entity_id]


def test_the_last_line_a_cell_shows_leaves_room_for_its_ellipsis(qtbot) -> None:
    text = "word " * 40 + "Merkel"
    layout = emphasised_layout(text, QFont(), (len(text) - 6, len(text)), 120, max_lines=2)
    assert layout.lineCount() > 2
    assert layout.lineAt(1).width() < layout.lineAt(0).width()
