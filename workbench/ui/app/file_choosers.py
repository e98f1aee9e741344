"""What the File menu asks the analyst: which library to open or create, what to import.

Why its own module: the file dialogs, their filters and the refusal to "create"
a library over an existing file are how a path is asked for; the main window
only decides what happens with the chosen path (switch libraries, start an
import). Kept apart, the window reads as the session it runs, and the wording
of every File-menu question is in one place. Each chooser returns nothing
(``None`` or an empty list) when the analyst cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from workbench.ui.app.settings import recent_libraries
from workbench.ui.dialogs.standard import show_error
from workbench.ui.widgets.wording import menu_literal

LIBRARY_FILTER = "Analyst Workbench library (*.sqlite *.db);;All files (*)"
IMPORT_FILTER = ("Articles (*.txt *.md *.markdown *.html *.htm *.pdf *.docx *.jsonl *.ndjson "
                 "*.csv *.json *.eml *.mbox *.rss *.atom *.xml);;All files (*)")


def ask_library_to_open(parent: QWidget) -> str | None:
    """File → Open Library…: an existing library file."""
    path, _ = QFileDialog.getOpenFileName(parent, "Open Library", "", LIBRARY_FILTER)
    return path or None


def ask_new_library(parent: QWidget) -> str | None:
    """File → New Library…: a path with no file yet (an existing one is refused, not opened)."""
    path, _ = QFileDialog.getSaveFileName(parent, "New Library", "library.sqlite",
                                          LIBRARY_FILTER)
    if path and Path(path).exists():
        show_error(parent, "Library Exists", f"{path} already exists; use Open Library.")
        return None
    return path or None


def ask_import_files(parent: QWidget) -> list[str]:
    """File → Import Files…: the articles to import."""
    paths, _ = QFileDialog.getOpenFileNames(parent, "Import Files", "", IMPORT_FILTER)
    return list(paths)


def ask_import_folder(parent: QWidget) -> str | None:
    """File → Import Folder…: a folder whose articles to import."""
    return QFileDialog.getExistingDirectory(parent, "Import Folder") or None


def open_chosen_library(parent: QWidget, open_library: Callable[[str], object], *,
                        new: bool = False) -> None:
    """File → Open Library… or New Library…: ask, then switch the window to it."""
    path = ask_new_library(parent) if new else ask_library_to_open(parent)
    if path:
        open_library(path)


def import_chosen(parent: QWidget, import_paths: Callable[[list[str | Path]], object], *,
                  folder: bool = False) -> None:
    """File → Import Files… or Import Folder…: ask, then import in the background."""
    if folder:
        chosen = ask_import_folder(parent)
        paths: list[str | Path] = [chosen] if chosen else []
    else:
        paths = list(ask_import_files(parent))
    if paths:
        import_paths(paths)


def fill_recent_menu(menu: QMenu, settings: QSettings, current: Path | None,
                     open_library: Callable[[str], object]) -> None:
    """File → Open Recent: the remembered libraries except ``current``; disabled when none."""
    menu.clear()
    shown = str(current.resolve()) if current else None
    for path in recent_libraries(settings):
        if path != shown:
            action = menu.addAction(menu_literal(path))
            action.triggered.connect(lambda _c=False, p=path: open_library(p))
    menu.setEnabled(not menu.isEmpty())
