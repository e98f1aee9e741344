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


def test_a_click_rounded_onto_a_days_bar_beside_a_claim_opens_the_claim(qtbot) -> None:
    """A claim dated by its document (a morning) sits beside the bar of the day its sentence
    talks about (the day before). Zoomed out, the two are under a pixel apart and a click's
    position is rounded to whole pixels: it landed inside the day's bar and opened the sentence."""
    from PySide6.QtCore import QPointF

    sentence = TimelineItem("sentence", "the day before", 1, "Doc", 0, 44, 0, 44,
                            when=parse_value("2023-09-15"))
    claim = TimelineItem("claim", "the claim", 1, "Doc", 0, 27, 0, 44,
                         when=parse_value("2023-09-16T08:00"), status="disputed")
    far = TimelineItem("sentence", "a year later", 1, "Doc", 50, 60, 50, 60,
                       when=parse_value("2024-09-16"))
    canvas = TimelineCanvas(ThemeManager())
    qtbot.addWidget(canvas)
    canvas.resize(600, 200)
    canvas.set_lanes(build_lanes([sentence, claim, far], "document", {}))
    lane = canvas.lanes[0]
    position = lane.items.index(claim)
    x = GUTTER + canvas.scale.x_of((lane.starts[position] + lane.ends[position]) / 2)
    bar_end = GUTTER + canvas.scale.x_of(lane.ends[lane.items.index(sentence)])
    assert x - bar_end < 1.5  # under a pixel and a half apart at this zoom
    for click in (x, bar_end):  # the claim's own spot, and the click rounded onto the bar
        assert canvas.item_at(QPointF(click, AXIS_HEIGHT + LANE_HEIGHT / 2)) == claim
