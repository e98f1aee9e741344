"""The Claim Map dock keeps its height through a live theme switch, as the other docks do."""

from __future__ import annotations

from tests.ui.probes import process_events
from workbench.ui.claims.map import MIN_FIT_SCALE, ClaimMapView

TEXT_A = "Officials said the army moved troops to the border on Monday."
TEXT_B = "The ministry denied that any troops had moved. The weather was mild."


def test_a_theme_switch_leaves_the_claim_map_dock_its_height(
        qtbot, library, make_document, open_window) -> None:
    docs = [make_document(library, title, text)
            for title, text in (("Troops", TEXT_A), ("Denial", TEXT_B))]
    first, _ = library.claims.add_claim(docs[0], 0, len(TEXT_A))
    other, _ = library.claims.add_claim(docs[1], 0, TEXT_B.index(" The weather"))
    library.claims.link_claims(first, other, "contradicts")
    window = open_window(library)
    window.resize(1440, 900)
    window.open_document(docs[0])
    dock = window.workspace.show_dock("claim_map")
    process_events(6)
    opened = dock.height()
    window.set_theme("dark")
    process_events(6)
    assert dock.height() == opened  # it shrank to the height of the drawing (343 -> 263 px)


def _on_screen(view, item) -> bool:  # type: ignore[no-untyped-def]
    shown = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return view.viewport().rect().contains(shown)


def test_at_1024_by_640_every_node_of_a_small_map_is_in_view(
        qtbot, library, make_document, open_window) -> None:
    """The second claim's node was cut at the dock's bottom edge: the map now fits its dock."""
    doc = make_document(library, "Troops", f"{TEXT_A} {TEXT_B}")
    first, _ = library.claims.add_claim(doc, 0, len(TEXT_A))
    start = len(TEXT_A) + 1
    other, _ = library.claims.add_claim(doc, start, start + TEXT_B.index(" The weather"))
    library.claims.link_claims(first, other, "contradicts")
    window = open_window(library)
    window.resize(1024, 640)
    window.open_document(doc)
    dock = window.workspace.show_dock("claim_map")
    process_events(6)
    map_view = dock.findChild(ClaimMapView)
    assert len(map_view.nodes) == 2
    assert all(_on_screen(map_view.view, node) for node in map_view.nodes.values())
    scale = map_view.view.transform().m11()
    assert MIN_FIT_SCALE <= scale <= 1.0
    window.resize(1440, 900)  # room again: back to full size, never enlarged past it
    process_events(6)
    assert map_view.view.transform().m11() >= scale
    assert all(_on_screen(map_view.view, node) for node in map_view.nodes.values())
