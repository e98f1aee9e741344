"""Where marks fall on the same spot, the analyst's claim is drawn on top of what was found."""

from __future__ import annotations

from workbench.core.time_spans import parse_value
from workbench.core.timeline_records import TimelineItem
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.timeline.canvas import AXIS_HEIGHT, GUTTER, LANE_HEIGHT, TimelineCanvas
from workbench.ui.timeline.lanes import build_lanes


def test_a_claim_is_not_hidden_under_a_quote_or_a_sentence_of_the_same_day(qtbot) -> None:
    """A claim and the quote around it share a date and a lane; colours were painted in
    the order of their keys, claims first, so the quote's blue covered the claim."""
    day = parse_value("1066-10-14")
    items = [TimelineItem(kind, kind, 1, "Doc", 0, 10, 0, 10, when=day,
                          status="disputed" if kind == "claim" else None)
             for kind in ("claim", "quote", "sentence")]
    canvas = TimelineCanvas(ThemeManager())
    qtbot.addWidget(canvas)
    canvas.resize(600, 200)
    canvas.set_lanes(build_lanes(items, "document", {}))
    picture = canvas.grab().toImage()
    middle = AXIS_HEIGHT + LANE_HEIGHT // 2
    seen = {picture.pixelColor(x, middle).name() for x in range(GUTTER, canvas.width())}
    assert canvas.mark_colors()["claim_disputed"].name() in seen


def test_a_click_on_the_shared_spot_opens_the_claim_drawn_on_top(qtbot) -> None:
    from PySide6.QtCore import QPointF

    day = parse_value("1066-10-14")
    quote = TimelineItem("quote", "the quote", 1, "Doc", 0, 40, 0, 40, when=day)
    claim = TimelineItem("claim", "the claim", 1, "Doc", 20, 30, 0, 40, when=day,
                         status="unverified")
    canvas = TimelineCanvas(ThemeManager())
    qtbot.addWidget(canvas)
    canvas.resize(600, 200)
    canvas.set_lanes(build_lanes([quote, claim], "document", {}))
    lane = canvas.lanes[0]
    middle = (lane.starts[0] + lane.ends[0]) / 2
    x = GUTTER + canvas.scale.x_of(middle)
    assert canvas.item_at(QPointF(x, AXIS_HEIGHT + LANE_HEIGHT / 2)) == claim
