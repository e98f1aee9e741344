"""The reader's highlight colours, read from resources/palette.json (no Qt here).

Why a data file: colours are a design decision that is tuned often and checked
for contrast by a test; keeping them out of code lets both themes be reviewed
side by side.
"""

from __future__ import annotations

import colorsys
import functools
import json
from dataclasses import dataclass
from pathlib import Path

from workbench.core.vocabulary import (
    DEFAULT_HIGHLIGHT_COLOR,
    HIGHLIGHT_COLORS,
    entity_label_name,
)
from workbench.paths import resources_dir

THEMES = ("light", "dark")
DEFAULT_LABEL = "DEFAULT"


@dataclass(frozen=True)
class ColorPair:
    """A background and the foreground that stays readable on it."""

    background: str
    foreground: str


class HighlightPalette:
    """Entity, quote and window colours for the light and dark themes."""

    def __init__(self, data: dict[str, object]) -> None:
        self._entities: dict[str, dict[str, object]] = data["entities"]  # type: ignore[assignment]
        self._quotes: dict[str, dict[str, str]] = data["quotes"]  # type: ignore[assignment]
        self._ui: dict[str, dict[str, str]] = data["ui"]  # type: ignore[assignment]
        self._analyst: dict[str, dict[str, str]] = data.get("analyst", {})  # type: ignore[assignment]

    @classmethod
    def load(cls, path: Path | None = None) -> HighlightPalette:
        """Read the palette file (the bundled one by default)."""
        source = path or resources_dir() / "palette.json"
        return cls(json.loads(source.read_text(encoding="utf-8")))

    def entity(self, label: str, theme: str) -> ColorPair:
        """Colours of an entity type; unknown types share the DEFAULT pair."""
        entry = self._entities.get(label) or self._entities[DEFAULT_LABEL]
        colors: dict[str, str] = entry[theme]  # type: ignore[assignment]
        return ColorPair(colors["background"], colors["foreground"])

    def label_name(self, label: str) -> str:
        """Human name of an entity type for legends ("GPE" → "Country/city"; core.vocabulary)."""
        return entity_label_name(label)

    def quote(self, theme: str) -> dict[str, str]:
        """Quote colours: direct_background, direct_bar, indirect_underline, speaker_foreground."""
        return dict(self._quotes[theme])

    def ui(self, theme: str) -> dict[str, str]:
        """Window colours (window, base, text, highlight, link, status_* ...)."""
        return dict(self._ui[theme])

    def analyst(self, theme: str) -> dict[str, str]:
        """Analyst-layer colours: note marker, claim_<status>, relation_<name>, highlight_mix."""
        return dict(self._analyst.get(theme, {}))

    def note_marker(self, theme: str) -> str:
        """Colour of the note marker (the reader's margin, the timeline's note marks).

        Why one place: the reader and the timeline each wrote their own fallback,
        the reader a copy of the bundled colour that had to be changed with it.
        """
        return self.analyst(theme).get("note_marker", self.ui(theme)["link"])

    def claim_status(self, status: str, theme: str) -> str:
        """Colour of a claim status (border in the reader, node in the claim map)."""
        return self.analyst(theme).get(f"claim_{status}", self.ui(theme)["muted"])

    def relation(self, relation: str, theme: str) -> str:
        """Colour of a link relation (edges in the claim map, link rows)."""
        return self.analyst(theme).get(f"relation_{relation}", self.ui(theme)["muted"])

    def highlight(self, stored: str | None, theme: str) -> str:
        """An analyst highlight's background: as stored in light, blended into the base in dark.

        Why blend: the stored colours are pastels chosen for white paper; in the
        dark theme the reader's light text must stay readable on them.
        Blending alone turned every colour grey (yellow read as dull khaki, pink as
        lilac), so the blend only sets the lightness: the stored hue is kept and its
        saturation capped at ``highlight_saturation``.
        """
        color = stored or HIGHLIGHT_COLORS[DEFAULT_HIGHLIGHT_COLOR]
        analyst = self.analyst(theme)
        mix = float(analyst.get("highlight_mix", "1.0"))
        if mix >= 1.0:
            return color
        blended = blend(color, self.ui(theme)["base"], mix)
        if "highlight_saturation" not in analyst:
            return blended
        hue, _, saturation = colorsys.rgb_to_hls(*_channels(color))
        _, lightness, _ = colorsys.rgb_to_hls(*_channels(blended))
        cap = float(analyst["highlight_saturation"])
        channels = colorsys.hls_to_rgb(hue, lightness, min(saturation, cap))
        return "#" + "".join(f"{round(c * 255):02X}" for c in channels)

    def entity_accent(self, label: str, theme: str) -> str:
        """A saturated line colour for an entity type (its underline inside highlights)."""
        background = self.entity(label, theme).background
        red, green, blue = (int(background[i : i + 2], 16) for i in (1, 3, 5))
        hue, _, _ = colorsys.rgb_to_hls(red / 255, green / 255, blue / 255)
        lightness = 0.38 if theme == "light" else 0.68
        channels = colorsys.hls_to_rgb(hue, lightness, 0.75)
        return "#" + "".join(f"{round(c * 255):02X}" for c in channels)

    def entity_labels(self) -> list[str]:
        """Every entity type with its own colours (DEFAULT excluded)."""
        return [label for label in self._entities if label != DEFAULT_LABEL]


@functools.cache
def bundled_palette() -> HighlightPalette:
    """The palette shipped in resources/ (read once per process)."""
    return HighlightPalette.load()


def _channels(color: str) -> tuple[float, float, float]:
    """``#RRGGBB`` as three 0-1 floats (what colorsys expects)."""
    red, green, blue = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return red, green, blue


def blend(color: str, base: str, amount: float) -> str:
    """``amount`` of ``color`` over ``base`` (both ``#RRGGBB``)."""
    mixed = [
        round(int(color[i : i + 2], 16) * amount + int(base[i : i + 2], 16) * (1 - amount))
        for i in (1, 3, 5)
    ]
    return "#" + "".join(f"{c:02X}" for c in mixed)
