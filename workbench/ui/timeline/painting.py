"""A frame's marks drawn in batches: points, bars and link lines from arrays of pixels.

Why apart from the canvas: the canvas decides what is in view and where
(scale, lanes, scrolling, hit-testing); these functions only turn the
resulting arrays into as few painter calls as possible, and a mark painted
twice on one spot in one colour is drawn once.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from workbench.core.vocabulary import CLAIM_STATUSES
from workbench.ui.timeline.lanes import PAINT_RANK, Lane

DEDUPE_PX = 5  # marks closer than this in one colour are drawn once (they are 10 px wide)
BAR_HALF_HEIGHT = 4


def paint_points(painter: QPainter, xs: np.ndarray, keys: np.ndarray, middle: float,
                 pens: Sequence[QPen]) -> int:
    """Draw point marks at ``xs`` on the line ``middle``, one pen per colour key; return how
    many were drawn after merging marks on the same few pixels."""
    if not len(xs):
        return 0
    cells = np.floor(xs / DEDUPE_PX).astype(np.int64) + 1_000
    _unique, first = np.unique(keys * 10_000_000 + cells, return_index=True)
    kept, kept_keys = xs[first], keys[first]
    for key in paint_order(kept_keys):
        chosen = kept[kept_keys == key]
        ys = np.full(len(chosen), middle)
        # Square points without antialiasing are plain rectangle fills: 2,000 marks in
        # well under a millisecond, where round antialiased ones took over ten.
        painter.setPen(pens[int(key)])
        painter.drawPointsNp(chosen, ys)
    return len(first)


def paint_bars(painter: QPainter, x0: np.ndarray, x1: np.ndarray, keys: np.ndarray,
               middle: float, colors: Sequence[QColor]) -> int:
    """Draw interval marks from ``x0`` to ``x1`` on the line ``middle``; return how many."""
    if not len(x0):
        return 0
    cells = (np.floor(x0 / DEDUPE_PX).astype(np.int64) + 1_000) * 100_000 + \
        np.floor(x1 / DEDUPE_PX).astype(np.int64) + 1_000
    _unique, first = np.unique(keys * 10_000_000_000 + cells, return_index=True)
    painter.setPen(Qt.PenStyle.NoPen)
    for key in paint_order(keys[first]):
        chosen = first[keys[first] == key]
        painter.setBrush(colors[int(key)])
        painter.drawRects([QRectF(a, middle - BAR_HALF_HEIGHT, b - a, 2 * BAR_HALF_HEIGHT)
                           for a, b in zip(x0[chosen].tolist(), x1[chosen].tolist(),
                                           strict=True)])
    return len(first)


def paint_links(painter: QPainter, xs: np.ndarray, ys: np.ndarray, color: QColor) -> None:
    """A line for each row of ``xs``/``ys`` (two ends in pixels), in one call."""
    if not len(xs):
        return
    painter.setPen(QPen(color, 0))  # cosmetic: the fastest line there is
    painter.drawLines([QLineF(a, b, c, d) for (a, c), (b, d)
                       in zip(xs.tolist(), ys.tolist(), strict=True)])


def link_rows(lanes: Sequence[Lane]) -> np.ndarray:
    """Each pair of linked claims shown, as a row (lane, time, other lane, other time).

    Only claims can be linked: they are visited, found by their colour key, not
    every item; a claim in several lanes is linked from its first.
    """
    places: dict[int, tuple[int, float]] = {}
    pairs: set[tuple[int, int]] = set()
    for index, lane in enumerate(lanes):
        for position in np.flatnonzero(lane.keys < len(CLAIM_STATUSES)).tolist():
            item = lane.items[position]
            middle = (lane.starts[position] + lane.ends[position]) / 2
            places.setdefault(item.item_id, (index, middle))
            pairs.update((min(item.item_id, o), max(item.item_id, o))
                         for o in item.linked_claim_ids)
    return np.array(
        [(*places[a], *places[b]) for a, b in sorted(pairs) if a in places and b in places],
        dtype=np.float64).reshape(-1, 4)


def links_in_view(links: np.ndarray, first: float, last: float) -> np.ndarray:
    """The rows of ``link_rows`` with at least one end between ``first`` and ``last``."""
    if not len(links):
        return links
    shown = ((links[:, 1] >= first) & (links[:, 1] <= last)) | \
        ((links[:, 3] >= first) & (links[:, 3] <= last))
    return links[shown]


def paint_order(keys: np.ndarray) -> list[int]:
    """The colour keys present, in ``PAINT_RANK`` order: a claim is painted last, on top."""
    return sorted(np.unique(keys).tolist(), key=PAINT_RANK.__getitem__)
