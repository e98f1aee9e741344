"""The timeline's lanes, axis and lane-name column grow with the font (1.5x, 2x)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics

from workbench.ui.theme.manager import ThemeManager
from workbench.ui.timeline.canvas import AXIS_HEIGHT, GUTTER, LANE_HEIGHT, TimelineCanvas
from workbench.ui.timeline.lanes import Lane


def _canvas(qtbot) -> TimelineCanvas:
    canvas = TimelineCanvas(ThemeManager())
    qtbot.addWidget(canvas)
    canvas.resize(900, 400)
    return canvas


def test_default_font_keeps_the_default_sizes(qtbot):
    canvas = _canvas(qtbot)
    assert (canvas.lane_height, canvas.axis_height, canvas.gutter) == (
        LANE_HEIGHT, AXIS_HEIGHT, GUTTER)


@pytest.mark.parametrize("factor", [1.5, 2.0])
def test_a_larger_font_grows_lanes_axis_and_names(qtbot, factor):
    canvas = _canvas(qtbot)
    canvas.set_lanes([Lane("Organisation of the Petroleum Exporting Countries")], fit=False)
    default_label = canvas._lane_labels[0]
    font = canvas.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    canvas.setFont(font)
    metrics = QFontMetrics(font)
    assert canvas.lane_height >= metrics.height() + 4
    assert canvas.axis_height >= metrics.height() + 4
    assert canvas.gutter > GUTTER
    assert canvas.minimumHeight() >= canvas.axis_height + 4 * canvas.lane_height
    # the label keeps as many characters as at the default font, not fewer
    assert len(canvas._lane_labels[0]) >= len(default_label)
