"""The library's date column: as wide as the title can spare, the date as precise as fits.

Why: at 1024 px the library pane is about 210 px wide and a full date
("2019-10-13", ~85 px with padding) took two fifths of it, so titles
starved ("Eliud Kipchoge of Kenya r…o hours"). The title has priority: the
date column gets what is left once the title keeps ``TITLE_SHARE`` of the
table, and a narrower cell shows the same date on the row's two lines
("2019-" over "10-13", the same ISO date broken at its hyphen), then the year
alone (as Zotero's narrow Year column does). The full date stays in the tooltip
and sorting is unchanged.

Why two lines before the year: at 1024 px the column is about 60 px and showed
"2020" on every row of a collection from one year, which told the rows apart by
nothing; every row is two title lines tall, so the whole date fits.

Why the ISO date broken and not "Oct 13" over "2019": the reader's line under
the title, the Claims dock and every other date of the app write "2019-10-13";
at 1024 px one screen showed the same document's date as "Oct 13 2019" in the
library and "2019-10-13" beside it, two formats for one thing.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
)

from workbench.ui.widgets.cut_text import has_own_tooltip, show_whole_text
from workbench.ui.widgets.dates import NO_DATE_MARK

TITLE_SHARE = 0.68  # of the table's width the title keeps before the date shortens
LINE_SEPARATOR = "\u2028"  # what Qt's text layout breaks a line at
CELL_PADDING = 14  # the cell's margins on both sides (style margins plus air)
ARROW_GAP = 3  # px between a header's title and its sort arrow
ARROW_SEARCH = 120  # px past the title's width to look for room for the arrow
SAMPLE_DATE = "2026-12-31"  # digits are equally wide in the UI fonts we ship
MONTHS_IN_YEAR = 12


def date_forms(text: str) -> tuple[str, ...]:
    """The shown date from widest to narrowest: "2019-10-13", "2019-" over "10-13", "2019".

    A dash (no date) has one form; a date whose month is no month keeps its ISO text.
    """
    if text == NO_DATE_MARK or len(text) < len(SAMPLE_DATE):
        return (text,)
    year, month, day = text[:4], text[5:7], text[8:10]
    if not (month.isdigit() and day.isdigit() and 1 <= int(month) <= MONTHS_IN_YEAR):
        return (text, year)
    return (text, f"{year}-\n{month}-{day}", year)


def form_advances(forms: tuple[str, ...], font: QFont) -> list[int]:
    """The width each form needs in ``font``: its widest line; the two-line form is
    measured on ``SAMPLE_DATE`` (digits are equally wide), so every row of a column
    shows the same form."""
    metrics = QFontMetrics(font)
    return [two_line_width(font) if "\n" in form else metrics.horizontalAdvance(form)
            for form in forms]


_two_line_widths: dict[str, int] = {}  # a font's key -> px


def two_line_width(font: QFont) -> int:
    """The width of the two-line form ("2026-" over "12-31") in ``font``, measured once
    per font.

    Why cached: every date cell asks on every paint, and measuring in each cell
    took a few ms of the UI thread for each repaint of the table.
    """
    key = font.key()
    if key not in _two_line_widths:
        metrics = QFontMetrics(font)
        _two_line_widths[key] = max(metrics.horizontalAdvance(line)
                                    for line in date_forms(SAMPLE_DATE)[1].split("\n"))
    return _two_line_widths[key]


def fitting_form(text: str, font: QFont, width: int) -> str:
    """The most precise form of ``text`` that fits ``width`` px (the shortest when none does)."""
    forms = date_forms(text)
    for form, advance in zip(forms, form_advances(forms, font), strict=True):
        if advance + CELL_PADDING <= width:
            return form
    return forms[-1]


class DateDelegate(QStyledItemDelegate):
    """Draws a date cell at the precision its width allows (``fitting_form``)."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        form = fitting_form(option.text, option.font, option.rect.width())
        option.text = form.replace("\n", LINE_SEPARATOR)  # the style lays out no "\n"

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,  # noqa: N802 - Qt override
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        """A date shown in another form ("2019-" over "10-13", "2019") gives it whole on hover."""
        text = index.data()
        if (isinstance(text, str) and not has_own_tooltip(index)
                and fitting_form(text, option.font, option.rect.width()) != text):
            return show_whole_text(event, view, text, option.rect)
        return super().helpEvent(event, view, option, index)


def form_widths(table: QTableView, date_column: int, header_text: str) -> list[int]:
    """Column widths that show each form of a date; never narrower than its header.

    The header's floor keeps its title clear of the sort arrow: the library opens
    sorted by date, and at 1024 px a column as wide as "Date" alone drew the arrow
    over its "e". Kept whether or not the date is the sorted column, so a click on
    another header does not move the column.
    """
    header = clear_of_arrow(table.horizontalHeader(), date_column, header_text)
    return [max(advance + CELL_PADDING, header)
            for advance in form_advances(date_forms(SAMPLE_DATE), table.font())]


def clear_of_arrow(header: QHeaderView, column: int, title: str) -> int:
    """The narrowest section whose ``title``, placed as the style places it, ends before
    the sort arrow begins.

    Why not Qt's size hint: it adds the arrow as a whole square of the header's
    height plus margins, 24 px more than "Date" needs, taken from the titles of a
    ~200 px library (the title keeps ``TITLE_SHARE``).

    Why cached: the search asks the style up to ``ARROW_SEARCH`` × 2 times and
    runs on every date-column resize, each pixel of a drag on the UI thread; the
    answer only changes with the header's look (font, height, style, style sheet).
    """
    key = header_look(header, column, title)
    if key not in _clear_widths:
        _clear_widths[key] = search_clear_width(header, column, title)
    return _clear_widths[key]


_clear_widths: dict[tuple, int] = {}


def header_look(header: QHeaderView, column: int, title: str) -> tuple:
    """What ``clear_of_arrow``'s answer depends on: font, size, style and style sheets (a
    theme switch changes only the palette's colours, which take no room)."""
    application = QApplication.instance()
    sheet, styled = "", ()
    if isinstance(application, QApplication):
        sheet, styled = application.styleSheet(), style_kind(application.style())
    return (title, column, header.font().key(), header.height(),
            int(header.defaultAlignment().value), style_kind(header.style()), styled, sheet,
            header.styleSheet())


def style_kind(style: QStyle) -> tuple[str, ...]:
    """A style named by its classes, down through the styles it wraps.

    Why not ``id(style)``: a style replaced (the app installs its own at start) is
    freed, and Python may hand its id to the next object, another style among them.
    """
    kind = (type(style).__qualname__, style.metaObject().className(), style.name())
    base = style.baseStyle() if isinstance(style, QProxyStyle) else None
    return kind + style_kind(base) if base is not None else kind


def search_clear_width(header: QHeaderView, column: int, title: str) -> int:
    """``clear_of_arrow`` uncached: try widths until the style puts the arrow past ``title``."""
    option = QStyleOptionHeader()
    header.initStyleOption(option)
    option.section, option.text = column, title
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    advance = header.fontMetrics().horizontalAdvance(title)
    centred = bool(header.defaultAlignment() & Qt.AlignmentFlag.AlignHCenter)
    style = header.style()
    for width in range(advance, advance + ARROW_SEARCH):
        option.rect = QRect(0, 0, width, max(1, header.height()))
        label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
        arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
        left = label.x() + (label.width() - advance) / 2 if centred else label.x()
        if label.width() >= advance and left + advance + ARROW_GAP <= arrow.x():
            return width
    return header.sectionSizeHint(column)


def date_column_width(table: QTableView, date_column: int, title_column: int,
                      header_text: str) -> int:
    """The widest date form the table can give after the title keeps its share.

    Columns other than the title and the date keep the widths they have (the
    analyst's, when remembered); only the date column gives way.
    """
    available = table.viewport().width()
    others = sum(table.columnWidth(number) for number in range(table.model().columnCount())
                 if number not in (date_column, title_column)
                 and not table.isColumnHidden(number))
    budget = available - others - int(available * TITLE_SHARE)
    widths = form_widths(table, date_column, header_text)
    return next((width for width in widths if width <= budget), widths[-1])


class DateColumnFitter:
    """Refits a table's date column after resizes, until the analyst sizes it by hand.

    A width the analyst dragged (or one restored from settings that fitting
    would never give) stays, as remembered column widths always did; a width
    fitting gave, or a former default (``remember_former_default``), keeps being refit.
    """

    def __init__(self, table: QTableView, date_column: int, title_column: int,
                 header_text: str) -> None:
        self.table = table
        self.date_column, self.title_column = date_column, title_column
        self.header_text = header_text
        self._former_defaults: set[int] = set()
        self.user_sized = False
        self._fitting = False
        table.horizontalHeader().sectionResized.connect(self._note_resize)

    def fit(self) -> None:
        """Give the date what the title can spare, unless the analyst chose its width."""
        table = self.table
        if self.user_sized or table.model() is None or table.isColumnHidden(self.date_column):
            return
        width = date_column_width(table, self.date_column, self.title_column, self.header_text)
        if width != table.columnWidth(self.date_column):
            self._fitting = True
            try:
                table.setColumnWidth(self.date_column, width)
            finally:
                self._fitting = False

    def remember_former_default(self, width: int) -> None:
        """Treat ``width`` as automatic: an older release gave it, not the analyst's drag.

        Why: settings written before the fitter hold the date's former default
        width; without this it would read as a hand-sized column and never refit.
        """
        self._former_defaults.add(width)

    def note_restored(self) -> None:
        """After widths were restored from settings (``restoreState`` says nothing per column)."""
        self._note_resize(self.date_column, 0, self.table.columnWidth(self.date_column))

    def _note_resize(self, index: int, _old: int, new: int) -> None:
        if index != self.date_column or self._fitting or new == 0:  # 0: hidden
            return
        automatic = set(form_widths(self.table, self.date_column, self.header_text))
        automatic |= self._former_defaults
        self.user_sized = new not in automatic
