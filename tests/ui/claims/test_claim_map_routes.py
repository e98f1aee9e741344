"""The claim map's links keep to the empty bands: none passes under a claim it does not join."""

from __future__ import annotations

from PySide6.QtGui import QPainterPathStroker
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsTextItem

from workbench.ui.claims.map import ClaimMapView
from workbench.ui.theme.manager import ThemeManager

SENTENCES = ("Officials said the army moved troops to the border on Monday. ",
             "The ministry denied that any troops had moved at all. ",
             "Observers counted forty trucks near the crossing point. ")
TEXT = "".join(SENTENCES)


def _claims(store, make_document, title: str, published: str, count: int) -> list[int]:
    doc = make_document(store, title, TEXT + title, published=published)  # texts differ
    ids, start = [], 0
    for sentence in SENTENCES[:count]:
        claim, _ = store.claims.add_claim(doc, start, start + len(sentence) - 1)
        ids.append(claim)
        start += len(sentence)
    return ids


def _drawn_map(qtbot, store, links) -> ClaimMapView:
    view = ClaimMapView(store, ThemeManager())
    qtbot.addWidget(view)
    for source, target, relation in links:
        store.claims.link_claims(source, target, relation)
    view.linked_only_check.setChecked(False)  # every claim drawn, linked or not
    view.rebuild()
    return view


def test_no_link_passes_under_a_claim_or_label_it_does_not_join(qtbot, store,
                                                                 make_document) -> None:
    """The third claim of the oldest document cited the newest one's first claim: the
    curve ran through the middle document's first claim (and one curve crossed a label)."""
    oldest = _claims(store, make_document, "Troops move", "2023-09-13", 3)
    middle = _claims(store, make_document, "Ministry denies", "2023-09-14", 2)
    newest = _claims(store, make_document, "Observers count", "2023-09-15", 1)
    links = [(oldest[2], newest[0], "cites"), (oldest[0], middle[1], "supports"),
             (oldest[0], oldest[2], "elaborates"), (newest[0], middle[0], "contradicts"),
             (middle[0], middle[1], "same")]
    view = _drawn_map(qtbot, store, links)
    edges = [item for item in view.scene.items() if isinstance(item, QGraphicsPathItem)]
    assert len(edges) == len(links)
    labels = [item for item in view.scene.items() if isinstance(item, QGraphicsTextItem)]
    stroker = QPainterPathStroker()
    stroker.setWidth(2)
    for edge in edges:
        outline = stroker.createStroke(edge.path())
        ends = {_node_at(view, edge.path().pointAtPercent(p)) for p in (0.0, 1.0)}
        assert None not in ends
        for claim_id, node in view.nodes.items():
            if claim_id not in ends:
                assert not outline.intersects(node.sceneBoundingRect()), (edge.toolTip(),
                                                                          claim_id)
        for label in labels:
            assert not outline.intersects(label.sceneBoundingRect().adjusted(0, 3, 0, -3)), \
                (edge.toolTip(), label.toPlainText())


def test_directed_links_still_end_in_an_arrowhead_at_their_target(qtbot, store,
                                                                  make_document) -> None:
    oldest = _claims(store, make_document, "Troops move", "2023-09-13", 1)
    newest = _claims(store, make_document, "Observers count", "2023-09-15", 1)
    view = _drawn_map(qtbot, store, [(oldest[0], newest[0], "cites")])
    [edge] = [item for item in view.scene.items() if isinstance(item, QGraphicsPathItem)]
    assert _node_at(view, edge.path().pointAtPercent(1.0)) == newest[0]
    arrows = [item for item in view.scene.items() if item.type() == 5]  # polygon items
    assert len(arrows) == 1
    assert arrows[0].sceneBoundingRect().right() <= view.nodes[newest[0]].pos().x()


def _node_at(view: ClaimMapView, point) -> int | None:
    for claim_id, node in view.nodes.items():
        if node.sceneBoundingRect().contains(point):
            return claim_id
    return None


def test_a_small_map_starts_at_the_top_left_of_its_dock(qtbot, store, make_document) -> None:
    """Centred, two claims floated mid-dock under a band of blank space."""
    oldest = _claims(store, make_document, "Troops move", "2023-09-13", 1)
    newest = _claims(store, make_document, "Observers count", "2023-09-15", 1)
    view = _drawn_map(qtbot, store, [(oldest[0], newest[0], "cites")])
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    corner = view.view.mapFromScene(view.scene.sceneRect().topLeft())
    assert abs(corner.x()) <= 2 and abs(corner.y()) <= 2
