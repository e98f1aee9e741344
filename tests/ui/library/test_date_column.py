"""The library's date column gives way to the title in a narrow pane (``date_column``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOptionHeader

from workbench.ui.library import date_column
from workbench.ui.library.date_column import (
    TITLE_SHARE,
    clear_of_arrow,
    date_forms,
    fitting_form,
    header_look,
    two_line_width,
)
from workbench.ui.library.model import COLUMN_INDEX
from workbench.ui.library.pane import LibraryPane
from workbench.ui.theme.manager import ThemeManager

DATE, TITLE = COLUMN_INDEX["published"], COLUMN_INDEX["title"]


def _shown_pane(qtbot, store, make_document, width: int, theme: str | None = None) -> LibraryPane:
    make_document(store, "Kipchoge runs a marathon under two hours in Vienna", "He ran.",
                  published="2019-10-13")
    manager = ThemeManager()
    if theme is not None:
        manager.set_preference(theme)
    pane = LibraryPane(store, manager)
    qtbot.addWidget(pane)
    pane.resize(width, 400)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _shown_date(pane: LibraryPane) -> str:
    index = pane.model.index(0, DATE)
    return fitting_form(index.data(), pane.table.font(), pane.table.columnWidth(DATE))


@pytest.mark.parametrize(("text", "forms"), [
    ("2019-10-13", ("2019-10-13", "2019-\n10-13", "2019")),
    ("2020-03-06", ("2020-03-06", "2020-\n03-06", "2020")),
    ("2019-13-01", ("2019-13-01", "2019")),
    ("–", ("–",)),
])
def test_date_forms_lower_the_precision_of_the_same_date(text, forms) -> None:
    assert date_forms(text) == forms


def test_a_narrow_library_keeps_the_title_its_share(qtbot, store, make_document) -> None:
    pane = _shown_pane(qtbot, store, make_document, 210)
    viewport = pane.table.viewport().width()
    assert pane.table.columnWidth(TITLE) >= int(viewport * TITLE_SHARE)
    assert _shown_date(pane) in ("2019-\n10-13", "2019")


def test_a_wide_library_shows_the_whole_date(qtbot, store, make_document) -> None:
    pane = _shown_pane(qtbot, store, make_document, 420)
    assert _shown_date(pane) == "2019-10-13"


def test_widening_the_pane_brings_the_day_back(qtbot, store, make_document) -> None:
    pane = _shown_pane(qtbot, store, make_document, 200)
    narrow = pane.table.columnWidth(DATE)
    pane.resize(420, 400)
    qtbot.waitUntil(lambda: pane.table.columnWidth(DATE) > narrow)
    assert _shown_date(pane) == "2019-10-13"


def test_a_date_width_the_analyst_chose_stays(qtbot, store, make_document) -> None:
    pane = _shown_pane(qtbot, store, make_document, 420)
    pane.table.setColumnWidth(DATE, 155)  # a drag on the header, or a remembered width
    pane.resize(200, 400)
    qtbot.wait(1)
    assert pane.table.date_fitter.user_sized and pane.table.columnWidth(DATE) == 155


def test_a_remembered_former_default_width_keeps_being_refit(qtbot, store,
                                                               make_document) -> None:
    pane = _shown_pane(qtbot, store, make_document, 420)
    pane.table.date_fitter.remember_former_default(133)
    pane.table.setColumnWidth(DATE, 133)  # settings from a release before the fitter
    pane.resize(200, 400)
    qtbot.waitUntil(lambda: pane.table.columnWidth(DATE) != 133)
    assert not pane.table.date_fitter.user_sized
    assert _shown_date(pane) in ("2019-\n10-13", "2019")


def _title_clears_arrow(header, column: int, width: int) -> bool:
    """At ``width``, the sorted section's title ends before its arrow (as the style lays out)."""
    option = QStyleOptionHeader()
    header.initStyleOption(option)
    option.section, option.text = column, "Date"
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    option.rect = QRect(0, 0, width, header.height())
    style = header.style()
    label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
    advance = header.fontMetrics().horizontalAdvance("Date")
    return label.x() + (label.width() + advance) / 2 < arrow.x()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_narrow_date_column_keeps_room_for_the_sort_arrow(qtbot, store, make_document,
                                                            theme) -> None:
    """At 1024 px the library opens sorted by date in a ~190 px pane; a column as wide as
    the word "Date" drew the arrow over its "e"."""
    pane = _shown_pane(qtbot, store, make_document, 190, theme)
    header = pane.table.horizontalHeader()
    assert header.sortIndicatorSection() == DATE
    width = pane.table.columnWidth(DATE)
    assert _title_clears_arrow(header, DATE, width)
    pane.table.sortByColumn(TITLE, header.sortIndicatorOrder())
    assert pane.table.columnWidth(DATE) == width  # another sort does not move it


class _CountingStyle(QProxyStyle):
    """Counts the sub-element questions ``clear_of_arrow`` asks."""

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.asked = 0

    def subElementRect(self, element, option, widget=None):  # noqa: N802 - Qt override
        self.asked += 1
        return super().subElementRect(element, option, widget)


def test_the_arrow_room_is_searched_once_per_header_look(qtbot) -> None:
    """A drag resizes the date column per pixel: the style search must not rerun each time,
    yet a new font (a different look) must be measured afresh."""
    header = QHeaderView(Qt.Orientation.Horizontal)
    qtbot.addWidget(header)
    style = _CountingStyle()
    header.setStyle(style)
    first = clear_of_arrow(header, 3, "Date")
    asked = style.asked
    assert asked > 0
    assert clear_of_arrow(header, 3, "Date") == first
    assert style.asked == asked
    font = header.font()
    font.setPointSize(font.pointSize() * 3)
    header.setFont(font)
    assert clear_of_arrow(header, 3, "Date") > first
    assert style.asked > asked


def test_a_1024_px_library_tells_dates_of_one_year_apart(qtbot, store, make_document) -> None:
    """At 1024 px (a ~190 px pane) a collection from 2020 read "2020" on every row: the column
    now shows the month and day over the year, on the two lines every row has."""
    pane = _shown_pane(qtbot, store, make_document, 190)
    assert _shown_date(pane) == "2019-\n10-13"
    rect = pane.table.visualRect(pane.model.index(0, DATE))
    assert rect.height() >= 2 * pane.table.fontMetrics().lineSpacing()
    image = pane.table.viewport().grab(rect).toImage()
    background = image.pixelColor(1, 1)
    inked = [any(image.pixelColor(x, y) != background for x in range(image.width()))
             for y in range(image.height())]
    bands = "".join("x" if row else " " for row in inked).split()
    assert len(bands) == 2, "the date is drawn on two lines, a gap between them"


def test_every_month_gets_the_same_form_in_one_column(qtbot, store, make_document) -> None:
    """A cell wide enough for "Jul 4" but not "May 28" would mix forms down one column."""
    pane = _shown_pane(qtbot, store, make_document, 190)
    width = pane.table.columnWidth(DATE)
    shown = {fitting_form(f"2020-{month:02d}-{day:02d}", pane.table.font(), width).count("\n")
             for month in range(1, 13) for day in (1, 28)}
    assert len(shown) == 1


def test_the_arrow_room_is_kept_by_style_kind_never_by_id(qtbot, qapp) -> None:
    """Each theme switch installs a new style and frees the old one, whose id Python reuses:
    a header look keyed on ``id(style)`` could hand one style's width to another kind.

    With no application sheet: under one, Qt wraps a widget's own style in a
    QStyleSheetStyle that hides which style it wraps (the sheet itself is in the key, and
    the app sets no style per header). The autouse fixture restores the sheet after."""
    qapp.setStyleSheet("")
    header = QHeaderView(Qt.Orientation.Horizontal)
    qtbot.addWidget(header)
    first, second = _CountingStyle(), _CountingStyle()  # both alive: two ids
    header.setStyle(first)
    look = header_look(header, 3, "Date")
    header.setStyle(second)
    assert header_look(header, 3, "Date") == look  # a new style of the same kind
    other = QProxyStyle("Windows")
    header.setStyle(other)
    assert header_look(header, 3, "Date") != look  # another kind is measured afresh


def test_the_two_line_form_is_measured_once_per_font(qapp, monkeypatch) -> None:
    """Every date cell asks on every paint; measuring in each cell slowed repaints."""
    small, large = QFont("DejaVu Sans", 9), QFont("DejaVu Sans", 15)
    assert two_line_width(small) == max(QFontMetrics(small).horizontalAdvance(line)
                                        for line in ("2026-", "12-31"))
    assert two_line_width(large) > two_line_width(small)  # each font its own width
    monkeypatch.setattr(date_column, "QFontMetrics", None)  # measuring again would fail
    assert two_line_width(small) < two_line_width(large)


@pytest.mark.parametrize("text", ["2019-08-29", "2020-01-05", "1999-12-31"])
def test_every_form_is_the_iso_date_the_rest_of_the_app_shows(text) -> None:
    """The reader's line and the Claims dock write "2019-08-29"; at 1024 px the library
    beside them wrote "Aug 29" over "2019", two formats for one date on one screen.
    Each narrower form is the ISO text broken at a hyphen, or its year."""
    for form in date_forms(text):
        assert form.replace("\n", "") == text[:len(form.replace("\n", ""))]
        assert not any(character.isalpha() for character in form)
