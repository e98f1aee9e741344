"""The painted timeline: axis, lanes, marks and link lines, zoomed with the wheel, panned by drag.

Why QPainter on one widget and not an item per mark: 10,000 QGraphicsItems
cost memory and time to build on every filter change. Here a frame draws
only the marks in view (``Lane.visible``: two bisections per lane) and at
most one point mark per pixel column and kind, so a frame costs about the
width of the window, however many items the library holds.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from workbench.core.timeline_records import TimelineItem
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.timeline.colors import mark_colors, timeline_colors
from workbench.ui.timeline.labels import tooltip_text, whole_labels
from workbench.ui.timeline.lanes import PAINT_RANK, Lane, any_item_between
from workbench.ui.timeline.painting import (
    link_rows,
    links_in_view,
    paint_bars,
    paint_links,
    paint_points,
)
from workbench.ui.timeline.scale import TimeScale, fit_range
from workbench.ui.widgets.empty_hint import CENTRED, paint_hint
from workbench.ui.widgets.plain_text import plain_tooltip

# The sizes at the default 9 pt font; a larger font (1.5x, 2x) grows them from its metrics
# (``TimelineCanvas.measure``) so lane names and axis labels are never cut.
GUTTER = 150
AXIS_HEIGHT = 26
LANE_HEIGHT = 26
ROW_PADDING = 12  # a lane or the axis: the font's line height plus this
GUTTER_CHARACTERS = 24  # the lane-name column holds about this many average characters
MIN_LANES_SHOWN = 4  # lanes the canvas keeps room for however short its dock
MARK_RADIUS = 5
CLICK_SLOP = 4  # pixels a press may move and still be a click
HIT_RADIUS = 7
SAME_PIXEL = 1.5  # marks this near a click (px) all count as under it
WHEEL_STEP = 1.25
KEY_PAN_SHARE = 0.2  # an arrow key moves the axis by this much of the plot's width
EMPTY_RANGE_HINT = "Nothing dated in this range — zoom out or press Fit"


class TimelineCanvas(QWidget):
    """Draws lanes of items on a time axis; emits ``item_clicked`` for a clicked mark."""

    item_clicked = Signal(object)
    view_changed = Signal()

    def __init__(self, theme: ThemeManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TimelineCanvas")
        self.setAccessibleName("Timeline")
        self.setAccessibleDescription("Left and Right pan, + and - zoom, Home fits")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # 280 px still shows a few ticks; at 320 the Timeline dock beside the reader left a
        # 1024-wide window too little room once the library kept its readable width. The
        # axis and MIN_LANES_SHOWN lanes: at 160 px the dock's 246 px minimum took a
        # 1024x640 window's reader below its ten lines, past the height it opens at.
        self.measure()
        self.theme = theme
        self.scale = TimeScale()
        self.lanes: list[Lane] = []
        self.y_offset = 0
        self.selected: TimelineItem | None = None
        self.drawn_marks = 0
        self._press: QPointF | None = None
        self._dragged = False
        self._link_array = np.zeros((0, 4))
        self._lane_labels: list[str] = []
        self._colors: dict[str, QColor] = {}
        self._point_pens: list[QPen] = []
        self._bar_colors: list[QColor] = []
        self.empty_text = ""  # said instead of a bare 1970 axis when there are no lanes
        self.refresh_colors()

    def measure(self) -> None:
        """Size the lanes, axis and name column from the font: fixed pixels cut lane names
        and axis labels at 1.5x and 2x fonts. Never below the sizes at the default font."""
        metrics = QFontMetrics(self.font())
        self.lane_height = max(LANE_HEIGHT, metrics.height() + ROW_PADDING)
        self.axis_height = max(AXIS_HEIGHT, metrics.height() + ROW_PADDING)
        self.gutter = max(GUTTER, metrics.averageCharWidth() * GUTTER_CHARACTERS)
        self.setMinimumSize(280, self.axis_height + MIN_LANES_SHOWN * self.lane_height)

    # -- content and view ------------------------------------------------------

    def set_lanes(self, lanes: list[Lane], *, fit: bool = True) -> None:
        """Show ``lanes`` (fit the whole time range into view when ``fit``)."""
        self.lanes = lanes
        self.y_offset = 0
        self._link_array = link_rows(lanes)
        self._label_lanes()
        if fit:
            self.fit_all()
        self.update()

    def _label_lanes(self) -> None:
        metrics = QFontMetrics(self.font())
        self._lane_labels = [metrics.elidedText(lane.name, Qt.TextElideMode.ElideRight,
                                                self.gutter - 12) for lane in self.lanes]

    def fit_all(self) -> None:
        """Zoom and pan so that the items are in view (the bulk of them, when a few lie far out).

        Why not always every item: one "in the 1920s" among a hundred dates of
        this year would squeeze the story into a few pixels at the right edge.
        """
        lanes = [lane for lane in self.lanes if lane.starts]
        if lanes:
            starts = np.concatenate([np.asarray(lane.starts, dtype=float) for lane in lanes])
            ends = np.concatenate([np.asarray(lane.ends, dtype=float) for lane in lanes])
            self.scale.fit(*fit_range(starts, ends), self.plot_width())
        self._changed()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Keep the dates in view across the new width: the Undated column hiding after a
        fit left a third of the axis empty future (Fit had measured the narrower canvas)."""
        old = event.oldSize().width() - self.gutter
        if old > 0 and self.lanes:
            self.scale.fit(self.scale.time_at(0), self.scale.time_at(old), self.plot_width(), 0)
        super().resizeEvent(event)

    def plot_width(self) -> float:
        """Width of the plotting area (right of the lane names)."""
        return max(1.0, float(self.width() - self.gutter))

    def lanes_height(self) -> int:
        """Height all lanes need (the view scrolls when it is taller than the canvas)."""
        return len(self.lanes) * self.lane_height

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom around ``anchor_x`` (plot coordinates; the middle by default)."""
        self.scale.zoom(factor, self.plot_width() / 2 if anchor_x is None else anchor_x)
        self._changed()

    def pan_by(self, dx: float) -> None:
        """Move the time axis by ``dx`` pixels."""
        self.scale.pan(dx)
        self._changed()

    def set_y_offset(self, offset: int) -> None:
        """Scroll the lanes vertically (the axis stays at the top)."""
        self.y_offset = max(0, offset)
        self.update()

    def refresh_colors(self) -> None:
        """Read the theme's colours (called on a theme switch)."""
        self._colors = timeline_colors(self.theme.palette, self.theme.theme)
        colors = list(mark_colors(self._colors).values())
        square = (Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap)
        self._point_pens = [QPen(color, 2 * MARK_RADIUS, *square) for color in colors]
        self._bar_colors = colors
        self.update()

    def mark_colors(self) -> dict[str, QColor]:
        """The colour each kind of mark is drawn in (``MARK_KEYS``), for the view's legend."""
        return mark_colors(self._colors)

    def _changed(self) -> None:
        self.update()
        self.view_changed.emit()

    # -- painting --------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._colors["base"])
        if not self.lanes and self.empty_text:  # drawn as the empty range's hint is
            paint_hint(painter, self, self.rect(), self.empty_text, CENTRED)
            painter.end()
            return
        ticks = [(self.gutter + x, label) for x, label in self.scale.ticks(self.plot_width())
                 if x >= 0]
        painter.setClipRect(QRectF(self.gutter, self.axis_height, self.width(), self.height()))
        self._paint_bands(painter, self.gutter)
        painter.setPen(QPen(self._colors["grid"], 0))
        painter.drawLines([QLineF(x, self.axis_height, x, self.height()) for x, _label in ticks])
        first, last = self.scale.time_at(-HIT_RADIUS), self.scale.time_at(self.plot_width())
        self._paint_links(painter, first, last)
        self.drawn_marks = sum(self._paint_lane_marks(painter, index, first, last)
                               for index in self._visible_lane_indexes())
        if self.drawn_marks == 0 and not any_item_between(self.lanes, first, last):
            plot = QRectF(self.gutter, self.axis_height, self.plot_width(),
                          self.height() - self.axis_height)
            paint_hint(painter, self, plot.toRect(), EMPTY_RANGE_HINT, CENTRED)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_selection(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setClipRect(QRectF(0, self.axis_height, self.gutter, self.height()))
        self._paint_lane_names(painter)
        painter.setClipping(False)
        self._paint_axis(painter, ticks)
        painter.end()

    def _visible_lane_indexes(self) -> range:
        top = self.y_offset // self.lane_height
        count = (self.height() - self.axis_height) // self.lane_height + 2
        return range(top, min(len(self.lanes), top + count))

    def _lane_top(self, index: int) -> int:
        return self.axis_height + index * self.lane_height - self.y_offset

    def _paint_bands(self, painter: QPainter, left: int) -> None:
        for index in self._visible_lane_indexes():
            if index % 2:
                painter.fillRect(left, self._lane_top(index), self.width() - left, self.lane_height,
                                 self._colors["alternate_base"])

    def _paint_lane_names(self, painter: QPainter) -> None:
        painter.fillRect(0, self.axis_height, self.gutter, self.height(), self._colors["base"])
        self._paint_bands(painter, 0)
        painter.setPen(self._colors["text"])
        for index in self._visible_lane_indexes():
            painter.drawText(QRectF(6, self._lane_top(index), self.gutter - 10, self.lane_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             self._lane_labels[index])
        painter.setPen(self._colors["border"])
        painter.drawLine(self.gutter, self.axis_height, self.gutter, self.height())

    def _paint_axis(self, painter: QPainter, ticks: list[tuple[float, str]]) -> None:
        painter.fillRect(0, 0, self.width(), self.axis_height, self._colors["base"])
        painter.setPen(self._colors["border"])
        painter.drawLine(0, self.axis_height - 1, self.width(), self.axis_height - 1)
        painter.setPen(self._colors["muted"])
        for x, _label in ticks:
            painter.drawLine(QPointF(x, self.axis_height - 6), QPointF(x, self.axis_height - 1))
        advance = painter.fontMetrics().horizontalAdvance
        for x, label in whole_labels(ticks, self.width(), advance):
            painter.drawText(QPointF(x + 3, self.axis_height - 9), label)

    def _paint_lane_marks(self, painter: QPainter, index: int, first: float,
                          last: float) -> int:
        """Draw one lane's marks in view, batched per colour; return how many were drawn.

        Intervals wide enough to see are bars, the rest points; marks that would
        land on the same few pixels in the same colour are drawn once.
        """
        lane, middle = self.lanes[index], self._lane_top(index) + self.lane_height / 2
        window = lane.visible_slice(first, last)
        if window.start >= window.stop:
            return 0
        scale = self.scale
        x0 = self.gutter + (lane.start_array[window] - scale.origin) / scale.seconds_per_pixel
        x1 = self.gutter + (lane.end_array[window] - scale.origin) / scale.seconds_per_pixel
        keys = lane.keys[window]
        wide = (x1 - x0) >= 2 * MARK_RADIUS
        drawn = paint_points(painter, (x0 + x1)[~wide] / 2, keys[~wide], middle,
                             self._point_pens)
        drawn += paint_bars(painter, np.clip(x0[wide], -20, self.width() + 20),
                            np.clip(x1[wide], -20, self.width() + 20), keys[wide], middle,
                            self._bar_colors)
        return drawn

    def _paint_selection(self, painter: QPainter) -> None:
        if self.selected is None:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self._colors["highlight"], 2))
        for index in self._visible_lane_indexes():
            lane = self.lanes[index]
            for position, item in enumerate(lane.items):
                if item is self.selected:
                    x = (self._x(lane.starts[position]) + self._x(lane.ends[position])) / 2
                    middle = self._lane_top(index) + self.lane_height / 2
                    painter.drawEllipse(QPointF(x, middle), MARK_RADIUS + 3, MARK_RADIUS + 3)

    def _paint_links(self, painter: QPainter, first: float, last: float) -> None:
        """A line between each pair of linked claims of which at least one is in view."""
        chosen = links_in_view(self._link_array, first, last)
        scale = self.scale
        xs = self.gutter + (chosen[:, [1, 3]] - scale.origin) / scale.seconds_per_pixel
        ys = (self.axis_height + chosen[:, [0, 2]] * self.lane_height + self.lane_height / 2
              - self.y_offset)
        paint_links(painter, xs, ys, self._colors["link"])

    def _x(self, value: float) -> float:
        return self.gutter + self.scale.x_of(value)

    # -- mouse -----------------------------------------------------------------

    def item_at(self, point: QPointF) -> TimelineItem | None:
        """The item whose mark is under ``point`` (nearest one within a few pixels).

        Of marks as near (within ``SAME_PIXEL``: a click rounded onto a day's bar beside a
        claim opens the claim), the one painted on top (``PAINT_RANK``) is the one it opens.
        """
        index = self._lane_index_at(point)
        if index is None or point.x() < self.gutter:
            return None
        lane = self.lanes[index]
        plot_x = point.x() - self.gutter
        first = self.scale.time_at(plot_x - HIT_RADIUS)
        last = self.scale.time_at(plot_x + HIT_RADIUS)
        best, best_order = None, (math.inf, 0)
        for position in lane.visible(first, last):
            x0, x1 = self._x(lane.starts[position]), self._x(lane.ends[position])
            distance = 0.0 if x0 <= point.x() <= x1 else min(abs(point.x() - x0),
                                                             abs(point.x() - x1))
            near = 0.0 if distance <= SAME_PIXEL else distance  # rounding decides nothing
            order = (near, -PAINT_RANK[int(lane.keys[position])])
            if distance <= HIT_RADIUS and order < best_order:
                best, best_order = lane.items[position], order
        return best

    def _lane_index_at(self, point: QPointF) -> int | None:
        index = int((point.y() - self.axis_height + self.y_offset) // self.lane_height)
        if point.y() < self.axis_height or not 0 <= index < len(self.lanes):
            return None
        return index

    def lane_name_at(self, point: QPointF) -> str:
        """A lane's whole name over its label, when the gutter cut it ("World Health Organi…")."""
        index = self._lane_index_at(point)
        if index is None or point.x() >= self.gutter:
            return ""
        name = self.lanes[index].name
        return name if self._lane_labels[index] != name else ""

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(WHEEL_STEP ** steps, event.position().x() - self.gutter)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """+ and - zoom, Left and Right move a fifth of the plot, Home fits: the wheel and a
        drag were the only ways to move (the Fit button's tip names the keys)."""
        step = self.plot_width() * KEY_PAN_SHARE
        actions = {Qt.Key.Key_Plus: lambda: self.zoom_by(WHEEL_STEP),
                   Qt.Key.Key_Equal: lambda: self.zoom_by(WHEEL_STEP),
                   Qt.Key.Key_Minus: lambda: self.zoom_by(1 / WHEEL_STEP),
                   Qt.Key.Key_Left: lambda: self.pan_by(step),
                   Qt.Key.Key_Right: lambda: self.pan_by(-step),
                   Qt.Key.Key_Home: self.fit_all}
        action = actions.get(Qt.Key(event.key()))
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._press, self._dragged = event.position(), False
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None:
            return
        dx = event.position().x() - self._press.x()
        if self._dragged or abs(dx) > CLICK_SLOP:
            self._dragged = True
            self.pan_by(dx)
            self._press = event.position()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.unsetCursor()
        clicked = self._press is not None and not self._dragged
        self._press = None
        if clicked and event.button() == Qt.MouseButton.LeftButton:
            item = self.item_at(event.position())
            if item is not None:
                self.selected = item
                self.update()
                self.item_clicked.emit(item)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.measure()
            self._label_lanes()
        if event.type() == QEvent.Type.ToolTip:
            point = QPointF(event.pos())  # type: ignore[attr-defined]
            item = self.item_at(point)
            tip = tooltip_text(item) if item is not None else self.lane_name_at(point)
            if tip:
                QToolTip.showText(event.globalPos(), plain_tooltip(tip), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

