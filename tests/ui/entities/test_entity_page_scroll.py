"""An entity page opened from the reader shows its entity's row in the Entities list.

At 1024×640 the row was selected but out of sight: the list scrolled to it
while the freshly shown dock still had no height, and the dock's layout then
left the list at its top (seen in a screenshot of the tour).
"""

from __future__ import annotations

NAMES = [f"Agency {number:02d}" for number in range(40)]


def test_the_opened_entitys_row_is_in_view_in_a_small_window(qtbot, library, make_document,
                                                             open_window, settle) -> None:
    text = " ".join(f"{name} spoke." for name in NAMES)
    # The last agency is mentioned least, so the list (most mentions first) puts it at the end.
    mentions = tuple((name, "ORG", name) for name in NAMES)
    extra = " ".join(f"{name} again." for name in NAMES[:-1])
    doc = make_document(library, "Agencies", f"{text} {extra}",
                        mentions=mentions + tuple((f"{name} again", "ORG", name)
                                                  for name in NAMES[:-1]))
    window = open_window(library)
    window.resize(1024, 640)
    window.open_document(doc)
    settle(window)
    last = library.entities.find_entity_id(NAMES[-1])
    window.workspace.open_entity_page(last)
    qtbot.wait(50)
    table = window.workspace.entities_view.table
    row = window.workspace.entities_view.model.ids.index(last)
    assert row > 20, "the entity must start out of sight for the test to mean anything"
    shown = table.visualRect(table.model().index(row, 0))
    assert table.viewport().rect().contains(shown.center())
