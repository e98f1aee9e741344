"""Unselected tabs draw no bright line along their top edge in the dark theme."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_inspector_tabs_have_no_light_line_over_them(library, open_window, theme) -> None:
    """Fusion drew a 1 px white line over every unselected tab when the stylesheet left
    their background transparent: in the dark theme it ran across the inspector's tabs."""
    window = open_window(library, theme)
    bar = window.inspector.tabBar()
    image = bar.grab().toImage()
    background = window.palette().window().color().lightness()
    current = bar.tabRect(bar.currentIndex())
    others = [x for x in range(image.width()) if not current.left() <= x <= current.right()]
    edge = max(abs(image.pixelColor(x, y).lightness() - background)
               for x in others for y in range(3))
    assert edge < 40, edge
