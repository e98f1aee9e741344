"""The timeline's batched painting: link rows between claims, marks merged per pixel cell."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from workbench.core.time_spans import parse_value
from workbench.core.timeline_records import TimelineItem
from workbench.ui.timeline.lanes import build_lanes
from workbench.ui.timeline.painting import (
    link_rows,
    links_in_view,
    paint_bars,
    paint_order,
    paint_points,
)


def _claim(item_id: int, day: str, linked: tuple[int, ...], entity: int) -> TimelineItem:
    return TimelineItem("claim", f"claim {item_id}", 1, "Doc", 0, 5, 0, 5,
                        when=parse_value(day), item_id=item_id, status="unverified",
                        entity_ids=(entity,), linked_claim_ids=linked)


def test_a_link_is_one_row_whichever_claim_names_it_and_only_between_shown_claims() -> None:
    items = [_claim(1, "2020-01-01", (2, 9), 10), _claim(2, "2020-06-01", (1,), 20),
             TimelineItem("quote", "q", 1, "Doc", 0, 5, 0, 5, when=parse_value("2020-03-01"),
                          entity_ids=(10,), linked_claim_ids=(1,))]
    lanes = build_lanes(items, "entity", {10: "Ten", 20: "Twenty"})
    rows = link_rows(lanes)
    assert rows.shape == (1, 4)  # claim 9 is not shown; a quote carries no link
    lane_a, time_a, lane_b, time_b = rows[0].tolist()
    assert {lanes[int(lane_a)].name, lanes[int(lane_b)].name} == {"Ten", "Twenty"}
    assert time_a != time_b
    assert len(links_in_view(rows, time_a - 10, time_a + 10)) == 1
    assert len(links_in_view(rows, max(time_a, time_b) + 1e6, max(time_a, time_b) + 2e6)) == 0
    assert link_rows([]).shape == (0, 4)


def test_marks_on_the_same_few_pixels_in_one_colour_are_drawn_once() -> None:
    image = QImage(200, 40, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pens = [QPen(QColor("red"), 10)] * 8
    xs = np.array([10.0, 11.0, 12.0, 100.0])
    try:
        assert paint_points(painter, xs, np.zeros(4, dtype=np.int64), 20, pens) == 2
        assert paint_points(painter, xs[:2], np.array([0, 5]), 20, pens) == 2  # two colours
        assert paint_bars(painter, np.array([10.0, 10.5]), np.array([60.0, 61.0]),
                          np.zeros(2, dtype=np.int64), 20, [QColor("red")] * 8) == 1
        assert paint_points(painter, np.zeros(0), np.zeros(0, dtype=np.int64), 20, pens) == 0
    finally:
        painter.end()


def test_claims_are_painted_after_quotes_and_sentences() -> None:
    order = paint_order(np.array([0, 4, 7]))  # a claim's status, quote, sentence
    assert order.index(0) > order.index(4) and order.index(0) > order.index(7)
