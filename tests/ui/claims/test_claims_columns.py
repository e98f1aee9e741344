"""The Claims table's count column is as wide as its title, not its title and a sort arrow."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.ui.claims.library_view import ClaimsView
from workbench.ui.theme.manager import ThemeManager

TEXT = ("Officials said the bridge would reopen on Monday after the repairs. "
        "Engineers disagreed about the date.")
TITLE = "Regional Transport Authority says the river bridge reopens on Monday"
LINKS, DOCUMENT, DATE = 5, 3, 4


def _table(qtbot, library, make_document) -> ClaimsView:
    doc = make_document(library, TITLE, TEXT)
    first, _ = library.claims.add_claim(doc, 0, TEXT.index(" Engineers"))
    other, _ = library.claims.add_claim(doc, TEXT.index("Engineers"), len(TEXT))
    library.claims.link_claims(first, other, "contradicts")
    view = ClaimsView(library, ThemeManager())
    qtbot.addWidget(view)
    view.resize(1012, 400)  # the Claims dock of a 1024 px window
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    return view


def test_the_links_count_gives_its_unused_arrow_room_to_the_document(
        qtbot, library, make_document) -> None:
    """Links took 73 px for "Links" and "1" while the document title was cut."""
    view = _table(qtbot, library, make_document)
    header = view.table.header()
    title = header.fontMetrics().horizontalAdvance("Links")
    assert header.sectionSize(LINKS) < title + 20
    assert header.sectionSize(LINKS) < header.sectionSizeHint(LINKS)
    assert header.sortIndicatorSection() == DATE  # the sorted column keeps its arrow's room
    assert header.sectionSize(DATE) >= header.sectionSizeHint(DATE)


def test_sorting_by_links_gives_the_column_its_arrow_room_back(
        qtbot, library, make_document) -> None:
    view = _table(qtbot, library, make_document)
    header = view.table.header()
    view.table.sortByColumn(LINKS, Qt.SortOrder.DescendingOrder)  # refitted on the next turn
    qtbot.waitUntil(lambda: header.sectionSize(LINKS) >= header.sectionSizeHint(LINKS))


def test_sorting_by_document_orders_titles_as_names(qtbot, library, make_document) -> None:
    """Qt compared code points: "Élection" sorted after "Zurich", "Ábel" after "zoo"."""
    for title in ("Zurich votes", "Élection in Lyon", "Abel Prize awarded", "élan of a city"):
        doc = make_document(library, title, f"{TEXT} {title}.")  # a duplicate text is refused
        library.claims.add_claim(doc, 0, TEXT.index(" Engineers"))
    view = ClaimsView(library, ThemeManager())
    qtbot.addWidget(view)
    view.show()
    view.reload()
    view.table.sortByColumn(DOCUMENT, Qt.SortOrder.AscendingOrder)
    table = view.table
    titles = [table.topLevelItem(row).text(DOCUMENT) for row in range(table.topLevelItemCount())]
    assert titles == ["Abel Prize awarded", "élan of a city", "Élection in Lyon", "Zurich votes"]


def test_undated_claims_sort_last_newest_first_and_oldest_first(
        qtbot, library, make_document) -> None:
    """Newest first put the undated claims ("–") at the top, above the newest date."""
    for title, published in (("Old report", "2019-09-24"), ("Undated note", None),
                             ("New report", "2021-03-02")):
        doc = make_document(library, title, f"{TEXT} {title}.", published=published)
        library.claims.add_claim(doc, 0, TEXT.index(" Engineers"))
    view = ClaimsView(library, ThemeManager())
    qtbot.addWidget(view)
    view.show()
    view.reload()
    table = view.table
    for order, dates in ((Qt.SortOrder.DescendingOrder, ["2021-03-02", "2019-09-24", "–"]),
                         (Qt.SortOrder.AscendingOrder, ["2019-09-24", "2021-03-02", "–"])):
        table.sortByColumn(DATE, order)
        shown = [table.topLevelItem(row).text(DATE) for row in range(table.topLevelItemCount())]
        assert shown == dates


def _ink(image, row_top: int, row_bottom: int, left: int, right: int) -> list[int]:
    """The x of every column of pixels between ``left`` and ``right`` that holds text."""
    background = image.pixelColor(right - 1, row_top + 1).lightness()
    return [x for x in range(left, right)
            if any(abs(image.pixelColor(x, y).lightness() - background) > 60
                   for y in range(row_top, row_bottom))]


def test_the_links_count_keeps_a_gap_before_the_grade(qtbot, library, make_document) -> None:
    """The right-aligned count sat 4 px from Grade's dash: "1 –" read as a range."""
    from workbench.ui.widgets.padded_rows import NUMBER_GAP

    view = _table(qtbot, library, make_document)
    table = view.table
    header = table.header()
    grade = LINKS + 1
    row = table.visualItemRect(table.topLevelItem(0))
    image = table.viewport().grab().toImage()
    links = _ink(image, row.top(), row.bottom(), header.sectionViewportPosition(LINKS),
                 header.sectionViewportPosition(grade))
    dash = _ink(image, row.top(), row.bottom(), header.sectionViewportPosition(grade),
                header.sectionViewportPosition(grade) + header.sectionSize(grade))
    assert links and dash
    assert min(dash) - max(links) > NUMBER_GAP
