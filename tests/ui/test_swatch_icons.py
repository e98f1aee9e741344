"""A colour's swatch is painted once and shared by every row that shows it.

Attack run 17: the Claims dock painted a new swatch for each of 3,000 claims (a fifth
of its first showing); a status has one colour, so one icon serves every claim in it.
"""

from __future__ import annotations

from workbench.ui.widgets.swatches import swatch_icon


def test_one_colour_is_one_icon(qapp) -> None:
    first = swatch_icon("#336699")
    assert all(swatch_icon("#336699").cacheKey() == first.cacheKey() for _ in range(50))


def test_each_colour_border_and_size_is_its_own_swatch(qapp) -> None:
    keys = {swatch_icon("#336699").cacheKey(), swatch_icon("#993366").cacheKey(),
            swatch_icon("#336699", "#000000").cacheKey(),
            swatch_icon("#336699", size=20).cacheKey()}
    assert len(keys) == 4
    image = swatch_icon("#993366").pixmap(14, 14).toImage()
    assert image.pixelColor(7, 7).name() == "#993366"
