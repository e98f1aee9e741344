"""A layout that wraps its items onto new lines, like words in a paragraph (legend chips)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Place items left to right and wrap when the line is full."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.max_lines: int | None = None  # 1: one line, the items that do not fit are hidden
        self.overflow = 0  # how many items the last arrangement left out
        # Told the overflow after every arrangement (not only when it changes: a
        # legend that unfolds keeps overflow 0 but says "Less" instead of nothing).
        self.on_arranged: Callable[[int], None] | None = None

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), move=False)[0]

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> tuple[int, int]:
        """Lay items out in ``rect`` (or only measure); return the height used and overflow."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height, lines, overflow = area.x(), area.y(), 0, 1, 0
        line: list[tuple[QLayoutItem, QRect]] = []
        for item in self._items:
            hint = item.sizeHint()
            wraps = x + hint.width() > area.right() + 1 and line_height > 0
            if overflow or (wraps and self.max_lines is not None and lines >= self.max_lines):
                overflow += 1  # left out, and every item after it: keep the order
                if move:
                    item.setGeometry(QRect(-10_000, -10_000, 0, 0))
                continue
            if wraps:
                lines += 1
                _place_line(line, line_height, move)
                line = []
                x, y, line_height = area.x(), y + line_height + self.spacing(), 0
            line.append((item, QRect(QPoint(x, y), hint)))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        _place_line(line, line_height, move)
        if move:
            self.overflow = overflow
            if self.on_arranged is not None:
                self.on_arranged(overflow)
        return y + line_height - rect.y() + margins.bottom(), overflow


def filter_row(widgets: list[QWidget], count_label: QLabel) -> QHBoxLayout:
    """A dock's filters, wrapping onto more rows when narrow, and its count at the right.

    Why: in one row a dock's filters set its minimum width (the Timeline's
    1011 px, the Claims table's 692 px), so a dock moved to the side of the
    window or floated pushed the window past the screen and left the reader a
    column of broken words. The count stays level with the first row.
    """
    filters = QWidget()
    flow = FlowLayout(filters)
    flow.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        flow.addWidget(widget)
    row = QHBoxLayout()
    row.addWidget(filters, 1)
    count_label.setFixedHeight(max(widget.sizeHint().height() for widget in widgets))
    count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    row.addWidget(count_label, 0, Qt.AlignmentFlag.AlignTop)
    return row


def chars_wide(combo: QComboBox, chars: int) -> QComboBox:
    """Make a filter's combo box ``chars`` characters wide, whatever it lists; returns it.

    Why: a box sized to its contents on first show keeps the size it measured
    then, before its choices were filled in, until a theme switch measures it
    again with them: the Claims filters moved 3 px after View → Theme. Its
    popup still shows every choice whole.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def _place_line(line: list[tuple[QLayoutItem, QRect]], height: int, move: bool) -> None:
    """Give one line's items their places, each centred in the line's height.

    Why centred: a button beside taller combo boxes sat 2 px high on the
    Timeline's filter row (a box layout centres them; this one put them at the top).
    """
    if not move:
        return
    for item, place in line:
        item.setGeometry(place.translated(0, (height - place.height()) // 2))
