"""The claim map's links, routed through the empty bands between its nodes.

Why: a link was one curve from claim to claim, and a "Cites" link from a
document's third claim to another document's first ran straight through the
claim of the document drawn between them: it read as linked to a claim it
never touched. The map's layout leaves two kinds of empty space, and a link
keeps to them: the band halfway between two rows (nodes and their labels sit
on the rows) and the channel just left of each column (labels run to the
right of their nodes and end well before the next column). So a link leaves
its claim along a row band, walks to the channel beside the target's column,
runs down or up it and enters the target from the left, where its arrowhead
shows. Links that share a band or a channel are drawn a few pixels apart.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

CHANNEL_GAP = 22.0  # px left of a column's nodes: the channel a link runs along
LANE_SPREAD = 3.0  # px between links sharing a band or a channel
LANE_SLOTS = 4  # links spread over this many parallel tracks, then reuse them
CORNER = 7.0  # px radius of a route's rounded corners


def route_points(start: QPointF, end: QPointF, row_height: float,
                 track: int = 0) -> list[QPointF]:
    """The corners of a link from ``start`` to ``end`` (node centres), both ends included.

    ``track`` (the link's number) picks one of a few parallel tracks, so two
    links along one band or channel stay apart.
    """
    shift = (track % LANE_SLOTS) * LANE_SPREAD
    channel = end.x() - CHANNEL_GAP - shift
    if start.x() == end.x():  # one document: out to the left, along the channel, back in
        return [start, QPointF(channel, start.y()), QPointF(channel, end.y()), end]
    down = end.y() >= start.y()
    band = start.y() + (row_height / 2 + shift) * (1 if down else -1)
    return [start, QPointF(start.x(), band), QPointF(channel, band),
            QPointF(channel, end.y()), end]


def rounded_path(points: list[QPointF], radius: float = CORNER) -> QPainterPath:
    """A path through ``points`` with each corner rounded (short legs get smaller curves)."""
    path = QPainterPath(points[0])
    for before, corner, after in zip(points, points[1:], points[2:], strict=False):
        into = _toward(corner, before, radius)
        out = _toward(corner, after, radius)
        path.lineTo(into)
        path.quadTo(corner, out)
    path.lineTo(points[-1])
    return path


def _toward(corner: QPointF, other: QPointF, radius: float) -> QPointF:
    """The point ``radius`` from ``corner`` toward ``other``, at most halfway along the leg."""
    leg = other - corner
    length = (leg.x() ** 2 + leg.y() ** 2) ** 0.5
    if length == 0:
        return QPointF(corner)
    step = min(radius, length / 2) / length
    return QPointF(corner.x() + leg.x() * step, corner.y() + leg.y() * step)
