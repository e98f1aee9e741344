"""Themes: readable highlight colours in both, and a switch that repaints everything."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from workbench.ui.app.main_window import MainWindow
from workbench.ui.app.settings import app_settings
from workbench.ui.reader.document import format_at
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.theme.palette import THEMES, bundled_palette, contrast_ratio


@pytest.mark.parametrize("theme", THEMES)
def test_every_highlight_pair_is_readable(theme: str) -> None:
    palette = bundled_palette()
    for label in [*palette.entity_labels(), "DEFAULT"]:
        colors = palette.entity(label, theme)
        assert contrast_ratio(colors.background, colors.foreground) >= 4.5, label
    ui, quotes = palette.ui(theme), palette.quote(theme)
    assert contrast_ratio(quotes["direct_background"], ui["text"]) >= 7
    assert contrast_ratio(ui["find_match"], ui["text"]) >= 4.5
    for name in ("text", "muted", "link", "status_analyzed", "status_failed"):
        assert contrast_ratio(ui[name], ui["base"]) >= 4.5, name


def test_unknown_entity_types_fall_back_to_default() -> None:
    palette = bundled_palette()
    assert palette.entity("SOMETHING_NEW", "dark") == palette.entity("DEFAULT", "dark")
    assert palette.label_name("SOMETHING_NEW") == "Something New"


def test_switching_theme_changes_the_palette_and_the_highlights(qtbot, library,
                                                                make_document) -> None:
    make_document(library, "Russia", "Sanctions on Russia.",
                  mentions=(("Russia", "GPE", "Russia"),))
    theme = ThemeManager()
    theme.set_preference("light")
    settings = app_settings()
    window = MainWindow(library, theme, settings, analyze=False)
    qtbot.addWidget(window)
    light_window = QApplication.palette().color(QPalette.ColorRole.Window)
    rendered = window.reader.view.rendered
    assert rendered is not None
    position = rendered.mention_spans[0][0]
    palette = bundled_palette()
    light_bg = QColor(palette.entity("GPE", "light").background)
    assert format_at(window.reader.view.document(), position).background().color() == light_bg
    window.actions["theme_dark"].trigger()
    assert theme.theme == "dark" and settings.value("theme") == "dark"
    dark_window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert dark_window != light_window and dark_window.lightness() < 60
    rendered = window.reader.view.rendered
    dark_bg = QColor(palette.entity("GPE", "dark").background)
    assert format_at(window.reader.view.document(), position).background().color() == dark_bg
    assert "#202328" in QApplication.instance().styleSheet()
    window.actions["theme_light"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == light_window
