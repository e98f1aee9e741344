"""View → Claim map: claims as nodes, links as edges, one column per document.

Layout is deterministic on purpose (documents left to right by publication
date, claims top to bottom in reading order): the same library always draws
the same map, so an analyst can come back to it, and no layout iteration
runs on the UI thread. Nodes are coloured by status, edges by relation
(arrowheads on directed relations); click a node to open its document at the
claim.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsEllipseItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workbench.core.models import Changes
from workbench.core.records import Claim
from workbench.core.text import shorten
from workbench.core.vocabulary import CLAIM_STATUSES, RELATIONS, SYMMETRIC_RELATIONS
from workbench.store import Store
from workbench.ui.claims.map_routes import (
    CHANNEL_GAP,
    LANE_SLOTS,
    LANE_SPREAD,
    rounded_path,
    route_points,
)
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.widgets.dates import date_or_unknown
from workbench.ui.widgets.flow_layout import FlowLayout
from workbench.ui.widgets.lazy_refresh import LazyRefreshWidget
from workbench.ui.widgets.plain_text import plain_tooltip
from workbench.ui.widgets.swatches import legend_key, swatch_icon
from workbench.ui.widgets.word_lines import fit_lines
from workbench.ui.widgets.wording import relation_word

COLUMN_WIDTH, ROW_HEIGHT, TOP, RADIUS = 260.0, 54.0, 60.0, 9.0
MAX_COLUMN_WIDTH = 460.0  # a wide dock widens the columns up to this, for longer labels
LABEL_LINES = 2
LABEL_GAP = 2.0  # px between a node and its label
WIDTH_STEP = 40.0  # columns widen in steps: a dock dragged wider redraws a few times, not per px
TITLE_CHARS = 30  # a document's title above a column COLUMN_WIDTH wide (more in wider ones)
CANVAS_HINT = QSize(640, 320)  # what the map asks of its dock, whatever it draws
MIN_FIT_SCALE = 0.6  # a map shrunk to fit its dock no smaller: past this it scrolls instead


def column_width_for(room: float, columns: int) -> float:
    """Columns share the dock's width, between the narrowest that reads and a cap.

    Why: at a fixed 260 px a map of one or two documents left most of a
    1440 px dock empty while its labels were cut.
    """
    share = COLUMN_WIDTH + (room / max(columns, 1) - COLUMN_WIDTH) // WIDTH_STEP * WIDTH_STEP
    return max(COLUMN_WIDTH, min(MAX_COLUMN_WIDTH, share))


def label_width(column_width: float) -> float:
    """A label runs from its node to the next column's link channel.

    Less the links' parallel tracks there and a few px of air: the room the
    layout leaves, so a link never crosses a label.
    """
    return (column_width - CHANNEL_GAP - (LANE_SLOTS - 1) * LANE_SPREAD
            - RADIUS - LABEL_GAP - 6)


@dataclass(frozen=True)
class NodePlace:
    """Where a claim sits on the map."""

    claim_id: int
    x: float
    y: float


def layout_nodes(claims: list[Claim], column_width: float = COLUMN_WIDTH,
                 ) -> tuple[dict[int, NodePlace], list[dict[str, Any]]]:
    """Column per document (oldest first), claims in reading order; returns places and columns."""
    documents: dict[int, dict[str, Any]] = {}
    for claim in claims:
        documents.setdefault(claim.document_id, {
            "id": claim.document_id, "title": claim.document_title or "",
            "published": claim.published or "", "claims": []})["claims"].append(claim)
    columns = sorted(documents.values(), key=lambda d: (d["published"], d["id"]))
    places: dict[int, NodePlace] = {}
    for number, column in enumerate(columns):
        column["x"] = number * column_width
        ordered = sorted(column["claims"], key=lambda c: (c.start, c.id))
        for row, claim in enumerate(ordered):
            claim_id = claim.id
            places[claim_id] = NodePlace(claim_id, column["x"], TOP + row * ROW_HEIGHT)
    return places, columns


class ClaimNode(QGraphicsEllipseItem):
    """A claim; a click asks to open it."""

    def __init__(self, claim: Claim, place: NodePlace, color: QColor,
                 on_click: Callable[[Claim], None]) -> None:
        super().__init__(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS)
        self.claim = claim
        self._on_click = on_click
        self.setPos(place.x, place.y)
        self.setBrush(QBrush(color))
        self.setPen(QPen(color.darker(140), 1.2))
        self.setZValue(2)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        claimant = f"\nClaimed by {claim.claimant}" if claim.claimant else ""
        self.setToolTip(plain_tooltip(f"“{' '.join(claim.text.split())}”{claimant}\n"
                                      f"{claim.document_title or ''} — {claim.status}"))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._on_click(self.claim)
        event.accept()


class MapCanvas(QGraphicsView):
    """The map's view, with a size hint that does not follow the drawing.

    Why: QGraphicsView hints the size of its scene, and the window lays docks
    out again on a theme switch; the Claim Map dock then shrank to the height
    of what was drawn (343 px to 263 px at 1440x900) while the other docks kept
    theirs. The map scrolls, so its drawing need not size the dock.
    """

    resized = Signal()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(CANVAS_HINT)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_scene()
        self.resized.emit()

    def fit_scene(self) -> None:
        """Shrink the drawing to the dock when it is taller or wider, down to ``MIN_FIT_SCALE``.

        Why: at 1024×640 the Claim Map dock is ~200 px high and a column of two
        claims is taller, so the second node was cut at the dock's bottom edge and
        nothing said there was more below. Never enlarged past full size (labels
        would blur into nothing); a map too big even at the floor scrolls.
        """
        rect = self.sceneRect()
        room = self.maximumViewportSize()  # the viewport's size without scroll bars
        if rect.isEmpty() or room.isEmpty():
            return
        scale = min(1.0, room.width() / rect.width(), room.height() / rect.height())
        scale = max(scale, MIN_FIT_SCALE)
        self.setTransform(QTransform.fromScale(scale, scale))


class ClaimMapView(LazyRefreshWidget):
    """Legend, a "linked claims only" switch and the map."""

    location_requested = Signal(int, int, int)

    def __init__(self, store: Store, theme: ThemeManager, parent: QWidget | None = None, *,
                 changes_applied: SignalInstance | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClaimMap")
        self.store, self.theme = store, theme
        self.stale = True
        self.nodes: dict[int, ClaimNode] = {}
        self.edges: list[tuple[int, int, str]] = []
        self.column_width = COLUMN_WIDTH
        self._drawn: tuple[list[Claim], list[tuple[int, int, str]]] = ([], [])
        self.scene = QGraphicsScene(self)
        self.view = MapCanvas(self.scene)
        self.view.setAccessibleName("Claim map")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # Read like a page, from the top left: centred, a small map floated in the middle of
        # the dock under a band of blank space, its first column far from the legend.
        self.view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.view.resized.connect(self._on_canvas_resized)
        self.linked_only_check = QCheckBox("Linked claims only", checked=True)
        self.linked_only_check.toggled.connect(lambda _on: self.rebuild())
        # Wraps: on one row the keys made the dock (and the window) 1100 px wide at least.
        legend_row = QWidget()
        self.legend = FlowLayout(legend_row)
        self.legend.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(legend_row)
        layout.addWidget(self.view, 1)
        self._build_legend()
        theme.theme_changed.connect(self._on_theme)
        self.follow(changes_applied)

    def _on_theme(self, _theme: str) -> None:
        self._build_legend()
        self.mark_stale()


    def on_changes(self, changes: Changes) -> None:
        """Claims, links and tags are what the map draws: redraw (lazily)."""
        if changes.claims or changes.annotations or changes.tags:
            self.mark_stale()

    def reload(self) -> None:
        """Rebuild the map (the lazy-refresh hook)."""
        self.rebuild()

    def rebuild(self) -> None:
        """Read claims and links and draw the map."""
        self.stale = False
        claims = self.store.claims.list_claims()
        links = [(link.from_annotation_id, link.to_annotation_id, link.relation)
                 for link in self.store.claims.all_links()]
        if self.linked_only_check.isChecked():
            linked = {claim_id for link in links for claim_id in link[:2]}
            claims = [c for c in claims if c.id in linked]
        self.draw(claims, links)

    def _columns_width(self, claims: list[Claim]) -> float:
        room = self.view.viewport().width() - 2 * CHANNEL_GAP
        return column_width_for(room, len({claim.document_id for claim in claims}))

    def _on_canvas_resized(self) -> None:
        """Redraw when the columns would take another width (they change in steps)."""
        claims = self._drawn[0]
        if claims and self._columns_width(claims) != self.column_width:
            self.draw(*self._drawn)

    def draw(self, claims: list[Claim], links: list[tuple[int, int, str]]) -> None:
        """Place the nodes and edges on a fresh scene."""
        self._drawn = (claims, links)
        self.scene.clear()
        self.nodes, self.edges = {}, []
        palette, theme = self.theme.palette, self.theme.theme
        self.scene.setBackgroundBrush(self.theme.color("base"))
        self.column_width = self._columns_width(claims)
        places, columns = layout_nodes(claims, self.column_width)
        text_color = self.theme.color("text")
        for column in columns:
            self._column_title(column, text_color)
        for claim in claims:
            color = QColor(palette.claim_status(claim.status, theme))
            node = ClaimNode(claim, places[claim.id], color, self._open)
            self.scene.addItem(node)
            self._node_label(claim, places[claim.id], text_color)
            self.nodes[claim.id] = node
        for source, target, relation in links:
            if source in self.nodes and target in self.nodes:
                self._edge(self.nodes[source].pos(), self.nodes[target].pos(), relation)
                self.edges.append((source, target, relation))
        if not claims:
            empty = self.scene.addText("No linked claims yet. Link claims from the Claims tab "
                                       "or accept a suggestion.")
            empty.setDefaultTextColor(self.theme.color("muted"))
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-30, -30, 30, 30))
        self.view.fit_scene()

    def _column_title(self, column: dict[str, Any], color: QColor) -> None:
        title = shorten(column["title"], int(TITLE_CHARS * self.column_width / COLUMN_WIDTH))
        item = self.scene.addText(f"{title}\n{date_or_unknown(column['published'])}")
        item.setDefaultTextColor(color)
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(8.5)
        item.setFont(font)
        item.setTextWidth(self.column_width - 30)
        item.setPos(column["x"] - RADIUS, -4)
        item.setToolTip(plain_tooltip(column["title"]))

    def _node_label(self, claim: Claim, place: NodePlace, color: QColor) -> None:
        """The claim on up to two lines, cut between words, the whole claim on hover.

        Why: one line cut at 34 characters ("any arms pact between the two…")
        left most of the column's width empty; two lines as wide as the gap to
        the next column's link channel hold most claims whole.
        """
        font = QFont()
        font.setPointSizeF(8)
        text = " ".join(claim.text.split())
        width = label_width(self.column_width)
        lines = fit_lines(text, QFontMetrics(font), int(width), LABEL_LINES)
        label = self.scene.addText("\n".join(lines))
        label.setDefaultTextColor(color)
        label.setFont(font)
        label.document().setDocumentMargin(1)
        label.setTextWidth(width + 2)  # the lines are ours: Qt should not wrap again
        if lines != [text]:
            label.setToolTip(plain_tooltip(f"“{text}”"))
        height = label.boundingRect().height()
        label.setPos(place.x + RADIUS + LABEL_GAP, place.y - height / 2)
        label.setZValue(1)

    def _edge(self, start: QPointF, end: QPointF, relation: str) -> None:
        """A link along the empty bands between nodes (``map_routes``), never across a claim."""
        color = QColor(self.theme.palette.relation(relation, self.theme.theme))
        corners = route_points(start, end, ROW_HEIGHT, track=len(self.edges))
        pen = QPen(color, 1.8)
        if relation in SYMMETRIC_RELATIONS:
            dashed = relation == "contradicts"
            pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        edge = self.scene.addPath(rounded_path(corners), pen)
        edge.setToolTip(plain_tooltip(relation_word(relation)))
        edge.setZValue(0)
        if relation not in SYMMETRIC_RELATIONS:
            self._arrow(corners[-2], end, color)

    def _arrow(self, before: QPointF, tip: QPointF, color: QColor) -> None:
        angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
        back = QPointF(tip.x() - RADIUS * math.cos(angle), tip.y() - RADIUS * math.sin(angle))
        wings = [QPointF(back.x() - 8 * math.cos(angle + s), back.y() - 8 * math.sin(angle + s))
                 for s in (0.45, -0.45)]
        arrow = self.scene.addPolygon(QPolygonF([back, *wings]), QPen(color), QBrush(color))
        arrow.setZValue(1)

    def _build_legend(self) -> None:
        """The status and relation keys, in the current theme's colours.

        The old keys are hidden as they go: until Qt deleted them they stayed on
        screen under the new ones, the text drawn twice (heavier) after a theme switch.
        """
        while (item := self.legend.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None and widget is not self.linked_only_check:
                widget.hide()
                widget.deleteLater()
        palette, theme = self.theme.palette, self.theme.theme
        self.legend.addWidget(QLabel("Status:", objectName="MutedLabel"))
        for status in CLAIM_STATUSES:
            self.legend.addWidget(legend_key(swatch_icon(palette.claim_status(status, theme)),
                                       status.capitalize()))  # as the Status menus say it
        self.legend.addWidget(QLabel("   Relation:", objectName="MutedLabel"))
        for relation in RELATIONS:
            arrow = "—" if relation in SYMMETRIC_RELATIONS else "→"
            self.legend.addWidget(legend_key(swatch_icon(palette.relation(relation, theme)),
                                       f"{relation_word(relation)} {arrow}"))
        self.legend.addWidget(self.linked_only_check)

    def _open(self, claim: Claim) -> None:
        self.location_requested.emit(claim.document_id, claim.start, claim.end)

