"""The Tag Manager's current row is tinted across every column, as the selection is."""

from __future__ import annotations

from tests.ui.probes import process_events


def test_the_current_row_is_tinted_full_width(store, make_document, shown_tag_manager) -> None:
    """Its tint covered the Tag column alone: the counts looked like another row's."""
    doc = make_document(store, "Sanctions", "Ministers agreed new sanctions.")
    for path in ("region/europe", "topic/sanctions"):
        store.tags.tag_document(doc, path)
    tree = shown_tag_manager().tree
    current = tree.topLevelItem(0).child(0)
    tree.setCurrentItem(current)
    tree.setFocus()
    process_events()
    row = tree.visualItemRect(current)
    image = tree.viewport().grab().toImage()
    y = row.center().y()
    name_end = tree.columnWidth(0) - 4  # blank, right of the name
    counts_start = tree.header().sectionViewportPosition(1) + 4  # blank, left of the count
    assert image.pixelColor(name_end, y) == image.pixelColor(counts_start, y)
    assert image.pixelColor(counts_start, y) != image.pixelColor(counts_start, y + row.height())
