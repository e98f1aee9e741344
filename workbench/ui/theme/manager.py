"""Light and dark themes: the application palette, the stylesheet and themed icons.

Why Fusion plus an explicit palette: the platform styles ignore half of a custom
palette, and analysts switch themes at night; Fusion renders both themes the
same way on every OS. The highlight colours come from ``HighlightPalette``.
"""

from __future__ import annotations

from string import Template

import qtawesome
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from workbench.paths import resources_dir
from workbench.ui.theme.icons import ICONS
from workbench.ui.theme.palette import HighlightPalette, blend, bundled_palette
from workbench.ui.theme.sort_arrows import SortArrowStyle

PREFERENCES = ("system", "light", "dark")

# A dock's float and close buttons (QDockWidget asks the style for these two), drawn
# at the 10 px Qt gives a framed title button (5/8 of 16) and twice that for HiDPI:
# a 16 px glyph scaled down to 10 px came out grey in either theme.
DOCK_GLYPH_SIZES = (10, 20)
DOCK_TITLE_GLYPHS = {QStyle.StandardPixmap.SP_TitleBarNormalButton: ICONS["dock_float"],
                     QStyle.StandardPixmap.SP_TitleBarCloseButton: ICONS["dock_close"]}

_ROLES = {
    QPalette.ColorRole.Window: "window",
    QPalette.ColorRole.Base: "base",
    QPalette.ColorRole.AlternateBase: "alternate_base",
    QPalette.ColorRole.Text: "text",
    QPalette.ColorRole.WindowText: "text",
    QPalette.ColorRole.ButtonText: "text",
    QPalette.ColorRole.ToolTipText: "text",
    QPalette.ColorRole.PlaceholderText: "muted",
    QPalette.ColorRole.Button: "button",
    QPalette.ColorRole.Highlight: "highlight",
    QPalette.ColorRole.HighlightedText: "highlighted_text",
    QPalette.ColorRole.Link: "link",
    QPalette.ColorRole.ToolTipBase: "tooltip_base",
    # No widget draws a visited link (Qt keeps no history); the stylesheet's
    # palette(link-visited) is the theme's border colour (see render_stylesheet).
    QPalette.ColorRole.LinkVisited: "border",
}


def system_theme() -> str:
    """The OS colour scheme ("light" or "dark"); light when the platform does not say."""
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


class ThemeManager(QObject):
    """Applies a theme to the application and tells views when it changes.

    ``preference`` is what the analyst chose (system, light or dark); ``theme``
    is what is shown. Following the system re-applies when the OS switches.
    """

    theme_changed = Signal(str)

    def __init__(self, palette: HighlightPalette | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.palette = palette or bundled_palette()
        self.preference = "system"
        self.theme = "light"
        self._pixmap_icons: dict[tuple[str, str, str, tuple[int, ...]], QIcon] = {}
        self._style: SortArrowStyle | None = None
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_changed)

    def set_preference(self, preference: str) -> None:
        """Choose system, light or dark and apply it now."""
        if preference not in PREFERENCES:
            raise ValueError(f"unknown theme {preference!r}")
        self.preference = preference
        self.apply()

    def apply(self) -> None:
        """Install the palette (and, the first time, the style and stylesheet) of the theme.

        Why only the palette on a switch: the stylesheet takes its colours from
        palette roles, so it is the same text in both themes. Setting the
        application's stylesheet again re-polished each widget once per level
        of its depth (Qt walks every widget's children again): 1.1-1.5 s per
        switch, 3-4 s on a busy machine. A new palette and one flat re-polish
        (``repolish_widgets``) give the same pictures in a sixth of the time.
        """
        theme = system_theme() if self.preference == "system" else self.preference
        self.theme = theme
        colors = self.palette.ui(theme)
        application = QApplication.instance()
        if isinstance(application, QApplication):
            sheet = render_stylesheet()
            if self._installed(application, sheet):
                self._style.title_icons = self.dock_title_icons()
                application.setPalette(build_qpalette(colors))
                repolish_widgets()
            else:
                self._style = SortArrowStyle(self.dock_title_icons())
                application.setStyle(self._style)
                application.setPalette(build_qpalette(colors))
                application.setStyleSheet(sheet)
        self.theme_changed.emit(theme)

    def _installed(self, application: QApplication, sheet: str) -> bool:
        """True when this manager's style and the stylesheet are the application's now.

        Another manager (a second window, a test) may have installed its own
        style since, which deleted this one; then the style is installed anew.
        """
        style = self._style
        if style is None or not shiboken6.isValid(style) or application.styleSheet() != sheet:
            return False
        current = application.style()
        return style is current or style.parent() is current

    def color(self, name: str) -> QColor:
        """A named window colour of the current theme (see palette.json "ui")."""
        return QColor(self.palette.ui(self.theme)[name])

    def icon(self, name: str, color_name: str = "text") -> QIcon:
        """A qtawesome icon drawn in a colour of the current theme."""
        colors = self.palette.ui(self.theme)
        return qtawesome.icon(name, color=colors[color_name],
                              color_disabled=disabled_text(colors))

    def pixmap_icon(self, name: str, color_name: str = "text",
                    sizes: tuple[int, ...] = (16, 24, 32)) -> QIcon:
        """The same icon rendered once into pixmaps, for views that paint it on every row.

        Why: a qtawesome icon draws its font glyph in Python on every paint; a
        table repainting 30 rows four times a second during an import spent a
        quarter of its paint time there, and the toolbar's Undo and Redo
        (enabled and disabled by every action) redrew theirs after each one.
        Pixmaps are drawn by Qt alone; the disabled mode gets its own, in the
        theme's disabled colour as the qtawesome icon has it. Each icon is drawn
        once per colour (a note card asks for four on every new highlight).
        """
        colors = self.palette.ui(self.theme)
        key = (name, colors[color_name], disabled_text(colors), sizes)
        cached = self._pixmap_icons.get(key)
        if cached is not None:
            return cached
        source = self.icon(name, color_name)
        icon = QIcon()
        for size in sizes:
            icon.addPixmap(source.pixmap(size, size))
            icon.addPixmap(source.pixmap(size, size, QIcon.Mode.Disabled), QIcon.Mode.Disabled)
        self._pixmap_icons[key] = icon
        return icon

    def dock_title_icons(self) -> dict[QStyle.StandardPixmap, QIcon]:
        """The docks' float and close glyphs in the current theme's text colour."""
        return {pixmap: self.pixmap_icon(name, sizes=DOCK_GLYPH_SIZES)
                for pixmap, name in DOCK_TITLE_GLYPHS.items()}

    def _on_system_changed(self, _scheme: object) -> None:
        if self.preference == "system":
            self.apply()


def disabled_text(colors: dict[str, str]) -> str:
    """The colour of what cannot be used now: the muted grey sunk towards the button face.

    Why not ``muted`` itself: in the dark theme muted (#9BA3AD) sits so near the
    text (#E6E8EB) that the Tag Manager's disabled buttons read as enabled; muted
    must stay readable (the status bar, hints), a disabled label need not shout.
    """
    return blend(colors["muted"], colors["button"], 0.6)


def build_qpalette(colors: dict[str, str]) -> QPalette:
    """A QPalette from the theme's named colours; what is disabled looks it in every dialog.

    Disabled text takes ``disabled_text`` and a disabled button loses its raised
    face (drawn in the window colour), so no dialog has to grey its own buttons.
    """
    palette = QPalette()
    for role, name in _ROLES.items():
        palette.setColor(role, QColor(colors[name]))
    disabled = QColor(disabled_text(colors))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button,
                     QColor(colors["window"]))
    return palette


def render_stylesheet() -> str:
    """The bundled stylesheet with its images' paths filled in; the same for both themes.

    Its colours are ``palette(role)`` references that ``build_qpalette`` fills
    from the theme's named colours (``border`` as link-visited, ``muted`` as
    placeholder-text), so a theme switch needs no new stylesheet.
    """
    styles = resources_dir() / "styles"
    template = (styles / "workbench.qss").read_text(encoding="utf-8")
    files = {"check_mark": (styles / "check.svg").as_posix(),
             "down_arrow": (styles / "down-arrow.svg").as_posix(),
             "up_arrow": (styles / "up-arrow.svg").as_posix()}
    return Template(template).safe_substitute(files)


def repolish_widgets() -> None:
    """Polish every widget once again, so the stylesheet reads the new palette's roles.

    Why not ``setStyleSheet`` with the same text: Qt re-polishes each widget
    and then its children again, recursively, from every widget it knows. Here
    each polished widget is unpolished and polished once, then told its style
    changed (size hints, icons: a dock asks the style for its title glyphs),
    as ``QApplication.setStyle`` does.
    """
    widgets = [widget for widget in QApplication.allWidgets()
               if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished)
               and widget.windowType() != Qt.WindowType.Desktop]
    for widget in widgets:
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
    changed = QEvent(QEvent.Type.StyleChange)
    for widget in widgets:
        if shiboken6.isValid(widget):  # a handler may have deleted a widget
            QCoreApplication.sendEvent(widget, changed)
            widget.update()
