"""The timeline's colours in a theme: the canvas's furniture and one colour per kind of mark.

Why its own module: the canvas paints with them and the view's legend names
them, so both read one table; a theme switch reads it again.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from workbench.core.vocabulary import CLAIM_STATUSES
from workbench.ui.theme.palette import HighlightPalette, blend
from workbench.ui.timeline.lanes import MARK_KEYS

# Dated sentences are context: drawn paler than the muted grey, which is an unverified
# claim's colour too (the same #9BA3AD in the dark theme: the two could not be told apart).
SENTENCE_MIX = 0.5
FURNITURE = ("base", "alternate_base", "text", "muted", "border", "highlight")


def timeline_colors(palette: HighlightPalette, theme: str) -> dict[str, QColor]:
    """Named colours of ``theme``: the furniture, "grid", "link" and every mark's (a
    highlight mark's as "highlight_mark": "highlight" is the selection's colour)."""
    ui, analyst, quote = palette.ui(theme), palette.analyst(theme), palette.quote(theme)
    names = {name: ui[name] for name in FURNITURE}
    names["grid"] = blend(ui["border"], ui["base"], 0.6)
    names |= {"quote": quote["direct_bar"], "note": palette.note_marker(theme),
              "highlight_mark": ui["status_pending"],  # "highlight" is the selection's
              "sentence": blend(ui["muted"], ui["base"], SENTENCE_MIX),
              "link": analyst.get("relation_same", ui["link"])}
    names |= {f"claim_{status}": palette.claim_status(status, theme) for status in CLAIM_STATUSES}
    return {key: QColor(value) for key, value in names.items()}


def mark_colors(colors: dict[str, QColor]) -> dict[str, QColor]:
    """The colour of each kind of mark, in ``MARK_KEYS`` order."""
    return {key: colors["highlight_mark" if key == "highlight" else key] for key in MARK_KEYS}
