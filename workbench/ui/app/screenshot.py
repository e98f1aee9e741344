"""Render the main window offscreen to a PNG (``workbench screenshot``, docs, tests).

The window gets throwaway settings so a screenshot neither depends on nor
changes the analyst's remembered layout, and no writer thread (it only reads).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from workbench.store import Store
from workbench.ui.app.main_window import MainWindow
from workbench.ui.app.startup import application
from workbench.ui.theme.manager import ThemeManager


def render_window(store: Store, doc_id: int | None, size: tuple[int, int],
                  theme_name: str, settings_dir: Path) -> MainWindow:
    """Build, size and show a read-only main window with ``doc_id`` open."""
    application()
    settings = QSettings(str(settings_dir / "screenshot.ini"), QSettings.Format.IniFormat)
    theme = ThemeManager()
    theme.set_preference(theme_name)
    window = MainWindow(store, theme, settings, background_work=False)
    window.resize(*size)
    window.show()
    if doc_id is not None:
        window.open_document(doc_id)
    for _ in range(3):
        QApplication.processEvents()
    return window


def save_screenshot(store: Store, out: Path, doc_id: int | None, size: tuple[int, int],
                    theme_name: str = "light") -> bool:
    """Save a PNG of the window; True when the file was written."""
    with tempfile.TemporaryDirectory() as settings_dir:
        window = render_window(store, doc_id, size, theme_name, Path(settings_dir))
        out.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(out), "PNG")
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return bool(saved)
