"""The reader's highlight colours, read from resources/palette.json (no Qt here).

Why a data file: colours are a design decision that is tuned often and checked
for contrast by a test; keeping them out of code lets both themes be reviewed
side by side.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

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
        """Human name of an entity type for legends ("GPE" → "Country/city")."""
        entry = self._entities.get(label)
        return str(entry["name"]) if entry else label.replace("_", " ").title()

    def quote(self, theme: str) -> dict[str, str]:
        """Quote colours: direct_background, direct_bar, indirect_underline, speaker_foreground."""
        return dict(self._quotes[theme])

    def ui(self, theme: str) -> dict[str, str]:
        """Window colours (window, base, text, highlight, link, status_* ...)."""
        return dict(self._ui[theme])

    def entity_labels(self) -> list[str]:
        """Every entity type with its own colours (DEFAULT excluded)."""
        return [label for label in self._entities if label != DEFAULT_LABEL]


@functools.cache
def bundled_palette() -> HighlightPalette:
    """The palette shipped in resources/ (read once per process)."""
    return HighlightPalette.load()


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio between two ``#RRGGBB`` colours (1 to 21)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(color: str) -> float:
    channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
