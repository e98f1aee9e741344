"""What the reader says when no document is open: how to start, or why nothing is listed.

Why here and not in the reader: the words name the window's menus and
shortcuts, read from the one action table (``window_actions.ACTION_SPECS``), so a
renamed menu item cannot leave an empty state pointing at a command that
no longer exists.
"""

from __future__ import annotations

from workbench.core.text import plural
from workbench.ui.app.window_actions import ACTION_SPECS, MENUS, plain_text
from workbench.ui.reader.view import CHOOSE_DOCUMENT
from workbench.ui.widgets.wording import without_mnemonic

__all__ = ["CHOOSE_DOCUMENT", "SAMPLE_ARTICLES", "command_name", "reader_message"]

NO_BREAK = "\u00a0"  # a space a line never breaks at
SAMPLE_ARTICLES = "sample articles"  # the import's name for seeds/, never the folder's


def command_name(key: str) -> str:
    """An action as its menu shows it, with its shortcut: "File → Import Files… (Ctrl+I)"."""
    spec = ACTION_SPECS[key]
    menu = without_mnemonic(next(title for title, keys in MENUS.items() if key in keys))
    name = f"{menu} → {plain_text(key)}"
    return f"{name} ({spec.shortcut})" if isinstance(spec.shortcut, str) else name


def reader_message(total: int, shown: int, importing: str = "") -> str:
    """The reader's text with no document open, for a library of ``total`` (``shown`` listed).

    ``importing`` names a running import ("sample articles"): the reader says
    it is under way and counts what arrived, instead of asking for an import.
    """
    if importing:
        arrived = (f"{plural(total, 'document')} so far; choose one in the library to read it."
                   if total else "The first one opens here once they are in.")
        return f"Importing {importing}… {arrived}"
    if total == 0:
        return ("No documents yet. Bring in articles with "
                f"{_unbroken('import_files')} or {_unbroken('import_folder')}, "
                "or drop files and folders on this window. To try the workbench first, "
                f"{_unbroken('import_samples')} brings in the news articles it ships with.")
    if shown == 0:
        return ("No document matches the search and filters. "
                f"{_unbroken('clear_filters')} lists every document again.")
    return CHOOSE_DOCUMENT


def _unbroken(key: str) -> str:
    """``command_name`` on one line ("File → Import Folder…"); only its shortcut may wrap.

    Why: the first screen of a new library broke "File →" from "Import Folder…"
    across two lines, which read as two commands; then, at 1024 px, "File → Import"
    from "Folder… (Ctrl+Shift+I)", which read as a command "Import".
    """
    name, _space, shortcut = command_name(key).partition(" (")
    kept = name.replace(" ", NO_BREAK)
    return f"{kept} ({shortcut}" if shortcut else kept
