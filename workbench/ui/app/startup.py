"""Start the desktop app: QApplication, theme, main window, first-run sample import.

The window is shown before anything slow happens: the store opens in
milliseconds, spaCy is loaded only in other processes (the warm analysis
process started after the first paint, the worker pool of large imports),
and the first-run import of the sample articles starts after the first paint.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from workbench import __version__
from workbench.operations.identity import author_for_name
from workbench.paths import resources_dir, seeds_dir
from workbench.store import Store, library_path
from workbench.ui.app.library_opening import follow_read_only_state, open_library_interactively
from workbench.ui.app.main_window import MainWindow
from workbench.ui.app.settings import APPLICATION, ORGANIZATION, app_settings
from workbench.ui.dialogs.standard import show_error
from workbench.ui.tasks import warm_analysis
from workbench.ui.theme.manager import PREFERENCES, ThemeManager

FREEZE_DELAY_MS = 1000


def application() -> QApplication:
    """The process's QApplication (created once, with name, version and icon)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The app icon (SVG where supported, PNG otherwise)."""
    icon = QIcon(str(resources_dir() / "icons" / "workbench.svg"))
    icon.addFile(str(resources_dir() / "icons" / "workbench.png"))
    return icon


def create_theme(settings: QSettings, preference: str | None = None) -> ThemeManager:
    """A theme manager applying the given (or remembered) preference."""
    theme = ThemeManager()
    chosen = preference or str(settings.value("theme", "system"))
    theme.set_preference(chosen if chosen in PREFERENCES else "system")
    return theme


def should_import_seeds(db_path: str | None, store: Store) -> bool:
    """First run: the default library (no --db) is empty, writable, and samples are shipped."""
    return (db_path is None and not store.read_only and store.documents.count_documents() == 0
            and seeds_dir().is_dir())


def run_app(db_path: str | None, author_name: str | None = None) -> int:
    """Open the main window on ``db_path`` (default library when None); return the exit code.

    ``author_name`` (``--author`` or ``WORKBENCH_AUTHOR``) signs this session's work.
    """
    app = application()
    settings = app_settings()
    theme = create_theme(settings)
    path = library_path(db_path)
    opened = open_library_interactively(None, path)
    if opened is None:
        return 1
    store, lock = opened
    try:
        # The CLI's rule: the saved identity for the analyst's own name, else the id the library
        # knows for it, else a new one; nothing is saved (it lasts until the app closes).
        names = store.authors.names()
        signer = author_for_name(author_name, names) if author_name is not None else None
    except LookupError as refused:  # a name two of the library's authors share
        show_error(None, "Cannot Sign as That Name", str(refused))
        store.close()
        lock.release()
        return 1
    window = MainWindow(store, theme, settings, own_store=True, library_lock=lock,
                        session_author=signer)
    follow_read_only_state(window)
    window.show()
    warm_analysis.enable()  # the first analysis of the session starts the warm process
    seeds = should_import_seeds(db_path, store)
    if window.analyze and (seeds or store.analysis.documents_needing_analysis(limit=1)):
        QTimer.singleShot(0, window, warm_analysis.start)  # work waits: load the model now
    QTimer.singleShot(0, window, window.identity.ask_on_first_start)
    # After the first paint: the collection before freezing takes ~35 ms.
    QTimer.singleShot(FREEZE_DELAY_MS, window, freeze_startup_objects)
    if seeds:
        QTimer.singleShot(0, window, window.import_samples)
    try:
        return app.exec()
    finally:
        warm_analysis.stop()


def freeze_startup_objects() -> None:
    """Hide everything alive once the window is up from the cyclic garbage collector.

    Why: the window, Qt wrappers, imported modules and the store are alive for
    the whole session, yet every full collection re-scanned them: during an
    import those collections took 35–37 ms while holding the GIL, which froze
    the event loop. ``gc.freeze`` moves them to a generation that is never
    scanned (they are not garbage anyway), so collections only look at objects
    made since. Called once per process, after a collection, so no garbage is
    frozen.
    """
    gc.collect()
    gc.freeze()
