"""The Claim Map dock keeps its height through a live theme switch, as the other docks do."""

from __future__ import annotations

from tests.ui.probes import process_events

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
