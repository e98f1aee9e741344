"""Icons drawn once into pixmaps (issue 14): no glyph is redrawn in Python per action.

Counted, not timed: the toolbar's Undo and Redo change state with every
analyst action, and each new note card asks for four icons.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon

from workbench.ui.theme import manager as manager_module
from workbench.ui.theme.manager import ThemeManager, disabled_text


def _colour_of(icon: QIcon, mode: QIcon.Mode) -> QColor:
    """The darkest opaque pixel's colour (the glyph) of a 24 px rendering."""
    image = icon.pixmap(24, 24, mode).toImage()
    pixels = [image.pixelColor(x, y) for x in range(24) for y in range(24)]
    return min((p for p in pixels if p.alpha() == 255), key=lambda p: p.lightness())


def test_a_pixmap_icon_is_drawn_once_per_colour_with_a_muted_disabled_mode(
        qtbot, monkeypatch) -> None:
    theme = ThemeManager()
    theme.set_preference("light")
    drawn: list[str] = []
    original = manager_module.qtawesome.icon
    monkeypatch.setattr(manager_module.qtawesome, "icon",
                        lambda name, **options: drawn.append(name) or original(name, **options))
    first = theme.pixmap_icon("mdi6.pencil-outline")
    second = theme.pixmap_icon("mdi6.pencil-outline")
    assert drawn == ["mdi6.pencil-outline"] and second.cacheKey() == first.cacheKey()
    colors = theme.palette.ui("light")
    assert _colour_of(first, QIcon.Mode.Normal).name() == QColor(colors["text"]).name()
    assert _colour_of(first, QIcon.Mode.Disabled).name() == QColor(disabled_text(colors)).name()
    theme.set_preference("dark")
    theme.pixmap_icon("mdi6.pencil-outline")
    pencils = [name for name in drawn if name == "mdi6.pencil-outline"]  # not the dock glyphs
    assert pencils == ["mdi6.pencil-outline"] * 2, "another theme's colour is drawn again"


def test_the_toolbar_icons_are_pixmaps(qtbot, library, open_window) -> None:
    window = open_window(library)
    undo = window.actions["undo"].icon()
    assert 24 in [size.width() for size in undo.availableSizes()]
    assert undo.availableSizes(QIcon.Mode.Disabled), "Undo off has its own muted pixmaps"
