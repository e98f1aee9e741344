"""The margin's note marker is told from a date at a glance, on the page and beside a selection.

Why: dates were lavender and the note marker purple (14° of hue apart), so a
note beside a date read as one more date.
"""

from __future__ import annotations

import colorsys
import json

import pytest

from tests.ui.probes import contrast_ratio
from workbench.paths import resources_dir
from workbench.ui.theme.palette import THEMES, HighlightPalette, bundled_palette
from workbench.ui.timeline.colors import timeline_colors

LEAST_HUE_APART = 40  # degrees: neighbours on the colour wheel read as one colour at 9 px


def _hue(color: str) -> float:
    channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    return colorsys.rgb_to_hls(*channels)[0] * 360


def _hues_apart(first: str, second: str) -> float:
    apart = abs(_hue(first) - _hue(second)) % 360
    return min(apart, 360 - apart)


@pytest.mark.parametrize("theme", THEMES)
def test_the_note_marker_is_not_a_date_colour(theme: str) -> None:
    palette = bundled_palette()
    marker = palette.analyst(theme)["note_marker"]
    for label in ("DATE", "TIME"):
        assert _hues_apart(marker, palette.entity(label, theme).background) >= LEAST_HUE_APART


@pytest.mark.parametrize("theme", THEMES)
def test_the_note_marker_stands_out_on_the_page_and_beside_the_selection(theme: str) -> None:
    palette = bundled_palette()
    marker, ui = palette.analyst(theme)["note_marker"], palette.ui(theme)
    assert contrast_ratio(marker, ui["base"]) >= 3.0  # WCAG's least for a graphic
    assert _hues_apart(marker, ui["highlight"]) >= LEAST_HUE_APART


@pytest.mark.parametrize("theme", THEMES)
def test_dates_stay_readable_and_unlike_the_selection(theme: str) -> None:
    palette = bundled_palette()
    date, ui = palette.entity("DATE", theme), palette.ui(theme)
    assert contrast_ratio(date.foreground, date.background) >= 4.5
    assert _hues_apart(date.background, ui["highlight"]) >= 20


@pytest.mark.parametrize("theme", THEMES)
def test_a_palette_without_a_note_marker_marks_notes_in_the_link_colour(theme: str) -> None:
    """The reader and the timeline fall back alike (the reader had its own hex copy)."""
    data = json.loads((resources_dir() / "palette.json").read_text(encoding="utf-8"))
    for colours in data.get("analyst", {}).values():
        colours.pop("note_marker", None)
    palette = HighlightPalette(data)
    assert palette.note_marker(theme) == palette.ui(theme)["link"]
    assert timeline_colors(palette, theme)["note"].name().casefold() \
        == palette.ui(theme)["link"].casefold()

