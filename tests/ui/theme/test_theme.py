"""Themes: readable highlight colours in both, and a switch that repaints everything."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.probes import contrast_ratio
from workbench.ui.app.main_window import MainWindow
from workbench.ui.app.settings import app_settings
from workbench.ui.reader.document import format_at
from workbench.ui.theme.manager import ThemeManager
from workbench.ui.theme.palette import THEMES, bundled_palette


@pytest.mark.parametrize("theme", THEMES)
def test_every_highlight_pair_is_readable(theme: str) -> None:
    palette = bundled_palette()
    for label in [*palette.entity_labels(), "DEFAULT"]:
        colors = palette.entity(label, theme)
        assert contrast_ratio(colors.background, colors.foreground) >= 4.5, label
    ui, quotes = palette.ui(theme), palette.quote(theme)
    assert contrast_ratio(quotes["direct_background"], ui["text"]) >= 7
    assert contrast_ratio(ui["find_match"], ui["find_match_text"]) >= 4.5
    for name in ("text", "muted", "link", "status_analyzed", "status_failed"):
        assert contrast_ratio(ui[name], ui["base"]) >= 4.5, name


@pytest.mark.parametrize("theme", THEMES)
def test_a_quote_tint_shows_as_well_in_dark_as_in_light(theme: str) -> None:
    """The dark quote tint was 1.10:1 against the page (light's 1.19:1): a quote in a long
    article read as plain text at night. Still quiet: the text on it keeps 7:1."""
    palette = bundled_palette()
    ui, quotes = palette.ui(theme), palette.quote(theme)
    assert contrast_ratio(quotes["direct_background"], ui["base"]) >= 1.15
    assert contrast_ratio(quotes["direct_background"], ui["highlight"]) >= 2  # selection shows


@pytest.mark.parametrize("theme", THEMES)
def test_selected_rows_and_text_are_readable(qtbot, theme: str) -> None:
    """White on the dark theme's selection blue was 3.98:1, under WCAG AA's 4.5:1."""
    manager = ThemeManager()
    manager.set_preference(theme)
    palette = QApplication.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = palette.color(group, QPalette.ColorRole.HighlightedText).name()
        selection = palette.color(group, QPalette.ColorRole.Highlight).name()
        assert contrast_ratio(text, selection) >= 4.5, (group, text, selection)


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
    # The stylesheet names palette roles; the dark base reaches it through the palette.
    assert QApplication.palette().color(QPalette.ColorRole.Base) == QColor("#202328")
    assert "palette(base)" in QApplication.instance().styleSheet()
    window.actions["theme_light"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == light_window


# Machado, Oliveira & Fernandes (2009), severity 1: linear-RGB simulation of colour-vision
# deficiencies, so "visibly different" is checked for every analyst, not only trichromats.
_VISION = {
    "typical": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _lab_as_seen(color: str, matrix) -> tuple[float, float, float]:
    """CIELAB of ``color`` as seen with a given vision (linear RGB through the matrix)."""
    rgb = [_linear(int(color[i:i + 2], 16) / 255) for i in (1, 3, 5)]
    seen = [min(1.0, max(0.0, sum(row[k] * rgb[k] for k in range(3)))) for row in matrix]
    r, g, b = seen
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _delta_e(first: str, second: str, vision: str = "typical") -> float:
    """CIE76 ΔE between two colours as seen with ``vision`` (about 2.3: just noticeable)."""
    a, b = (_lab_as_seen(color, _VISION[vision]) for color in (first, second))
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("vision", sorted(_VISION))
def test_detected_quotes_look_unlike_the_analysts_yellow_highlight(theme: str,
                                                                   vision: str) -> None:
    """ΔE ≥ 20 between the quote tint and the default highlight (the old tint: 9–22)."""
    palette = bundled_palette()
    highlight = palette.highlight(None, theme)
    quote = palette.quote(theme)["direct_background"]
    distance = _delta_e(highlight, quote, vision)
    assert distance >= 20, f"{theme}/{vision}: ΔE {distance:.1f}"


@pytest.mark.parametrize("theme", THEMES)
def test_find_matches_look_unlike_every_highlight_colour(theme: str) -> None:
    """A search in a highlighted document must show where it matched: the light theme's
    find colour (#FFE066) was ΔE ≈ 15 from the default yellow highlight (now orange #FF9632)."""
    from workbench.core.vocabulary import HIGHLIGHT_COLORS

    palette = bundled_palette()
    find = palette.ui(theme)["find_match"]
    for name, stored in HIGHLIGHT_COLORS.items():
        shown = palette.highlight(stored, theme)
        distance = _delta_e(find, shown)
        assert distance >= 20, f"{theme}/{name}: ΔE {distance:.1f}"


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("vision", sorted(_VISION))
def test_a_find_match_shows_inside_every_highlight_for_every_vision(theme: str,
                                                                    vision: str) -> None:
    """The dark find colour (olive #7A6200) was ΔE 21 from the gold highlight and 9 under
    tritanopia: a reader could not see a match inside a highlighted sentence. Both themes
    now mark a match bright orange with dark text, ΔE ≥ 25 from every highlight."""
    from workbench.core.vocabulary import HIGHLIGHT_COLORS

    palette = bundled_palette()
    find = palette.ui(theme)["find_match"]
    for stored in [None, *HIGHLIGHT_COLORS.values()]:
        shown = palette.highlight(stored, theme)
        distance = _delta_e(find, shown, vision)
        assert distance >= 25, f"{theme}/{vision}/{stored}: ΔE {distance:.1f}"


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("vision", sorted(_VISION))
@pytest.mark.parametrize("label", ["DATE", "TIME"])
def test_a_date_inside_a_direct_quote_still_shows(theme: str, vision: str, label: str) -> None:
    """Dates and times shared the numbers' grey (#ECEFF1 / #30363B), ΔE 5-10 from the quote
    tint: a date inside a direct quote barely showed. Now ΔE ≥ 20 for every vision."""
    palette = bundled_palette()
    quote = palette.quote(theme)["direct_background"]
    mention = palette.entity(label, theme).background
    distance = _delta_e(quote, mention, vision)
    assert distance >= 20, f"{theme}/{vision}: ΔE {distance:.1f}"


@pytest.mark.parametrize("theme", THEMES)
def test_time_expressions_have_a_colour_of_their_own(theme: str) -> None:
    """Dates and times are one family (one colour), unlike any other type's."""
    palette = bundled_palette()
    time_colors = {palette.entity(label, theme).background for label in ("DATE", "TIME")}
    others = {palette.entity(label, theme).background
              for label in [*palette.entity_labels(), "DEFAULT"] if label not in ("DATE", "TIME")}
    assert len(time_colors) == 1 and not time_colors & others


def test_dark_highlights_keep_their_colour() -> None:
    """Blending the pastels into the dark base greyed them (yellow #5C5842, "dull khaki",
    saturation 0.16; pink drifted to lilac): each keeps its hue and a clear saturation."""
    import colorsys

    from workbench.core.vocabulary import HIGHLIGHT_COLORS

    palette = bundled_palette()
    for name, stored in HIGHLIGHT_COLORS.items():
        shown = palette.highlight(stored, "dark")
        hues_and_saturations = [colorsys.rgb_to_hls(*(int(c[i : i + 2], 16) / 255
                                                      for i in (1, 3, 5)))
                                for c in (stored, shown)]
        (stored_hue, _, _), (shown_hue, _, saturation) = hues_and_saturations
        assert abs(stored_hue - shown_hue) * 360 < 5, name
        assert saturation >= 0.35, f"{name}: {shown} saturation {saturation:.2f}"


def test_a_dark_highlight_is_told_apart_from_a_persons_name() -> None:
    """In dark the default highlight (gold #635625) sat ΔE 23 from a person's brown (#6B3A00):
    a highlighted sentence and a name read as one warm tint. A person is rust now, ΔE ≥ 30,
    and ΔE ≥ 20 from every other highlight and type colour (the brown was 18 from orange)."""
    from workbench.core.vocabulary import HIGHLIGHT_COLORS

    palette = bundled_palette()
    person = palette.entity("PERSON", "dark").background
    assert _delta_e(palette.highlight(None, "dark"), person) >= 30
    neighbours = [palette.highlight(stored, "dark") for stored in HIGHLIGHT_COLORS.values()]
    neighbours += [palette.entity(label, "dark").background
                   for label in palette.entity_labels() if label != "PERSON"]
    assert min(_delta_e(person, other) for other in neighbours) >= 20


def _other_marks(palette, theme: str) -> dict[str, str]:
    """Every colour a date's mark sits among in the reader: the analyst's highlights, the
    other entity types, the direct-quote tint and the find match."""
    from workbench.core.vocabulary import HIGHLIGHT_COLORS

    marks = {f"highlight {name}": palette.highlight(stored, theme)
             for name, stored in HIGHLIGHT_COLORS.items()}
    marks["highlight default"] = palette.highlight(None, theme)
    marks |= {label: palette.entity(label, theme).background
              for label in [*palette.entity_labels(), "DEFAULT"] if label not in ("DATE", "TIME")}
    marks["quote tint"] = palette.quote(theme)["direct_background"]
    marks["find match"] = palette.ui(theme)["find_match"]
    return marks


def test_a_dark_date_stands_apart_from_every_other_mark() -> None:
    """The dark clay date (#5A3324) was ΔE 13 from the orange highlight and 23 from a person's
    rust (17 for protanopia): dates and names read as one warm brown on a long article.
    Dates are violet now, ΔE ≥ 20 from every other mark."""
    palette = bundled_palette()
    date = palette.entity("DATE", "dark").background
    for name, color in _other_marks(palette, "dark").items():
        assert _delta_e(date, color) >= 20, f"{name} {color}: ΔE {_delta_e(date, color):.1f}"


def test_a_light_date_stands_apart_from_every_other_mark() -> None:
    """The light violet (#B0A5E9) sat ΔE 19.9 from a group's lilac (#E1BEE7): the nearest pair
    of light marks. A bluer violet (#ACA4EC) keeps ΔE ≥ 20 (22) and its text contrast (7.2)."""
    palette = bundled_palette()
    colors = palette.entity("DATE", "light")
    for name, color in _other_marks(palette, "light").items():
        distance = _delta_e(colors.background, color)
        assert distance >= 20, f"{name} {color}: ΔE {distance:.1f}"
    assert contrast_ratio(colors.background, colors.foreground) >= 7


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("vision", sorted(_VISION))
def test_a_date_is_told_apart_under_every_vision(theme: str, vision: str) -> None:
    """Clay sat ΔE 1-9 from the event, money, orange or work colours under colour-vision
    deficiencies (dark deuteranopia: 0.9 from an event). Violet in both themes, so a date
    means the same colour whichever theme, and stays ΔE ≥ 15 apart for every vision."""
    palette = bundled_palette()
    date = palette.entity("DATE", theme).background
    for name, color in _other_marks(palette, theme).items():
        distance = _delta_e(date, color, vision)
        assert distance >= 15, f"{theme}/{vision} {name} {color}: ΔE {distance:.1f}"
