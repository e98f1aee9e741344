"""Document → Compare Documents…: the shown document (A) set beside one the analyst picks (B).

Why a picker and not a second selection in the library: the library keeps one
selected row, the document the reader shows (its Ctrl+click never unselects
it), so A is that document and B is chosen here, by title, from the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.ui.compare.view import CompareWindow
from workbench.ui.dialogs.input_dialogs import ask_item

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from workbench.store import Store
    from workbench.ui.tasks.store_actions import StoreActions
    from workbench.ui.theme.manager import ThemeManager


def document_choices(store: Store, shown: int) -> list[tuple[int, str]]:
    """(id, "Title (#id)") of every other document, by title: the picker's list."""
    rows = store.documents.list_documents(order_by="title")
    return [(int(row["id"]), f"{row['title']} (#{row['id']})")
            for row in rows if int(row["id"]) != shown]


def compare_with(parent: QWidget, store: Store, actions: StoreActions,  # noqa: PLR0913
                 theme: ThemeManager, shown: int | None,
                 changes_applied: SignalInstance | None) -> CompareWindow | None:
    """Ask for B and open the Compare window over A (``shown``) and B; None when cancelled
    or when there is nothing to compare."""
    if shown is None:
        return None
    choices = document_choices(store, shown)
    if not choices:
        return None
    picked = ask_item(parent, "Compare Documents", "Compare the shown document with:",
                      [label for _, label in choices], action="Compare")
    if picked is None:
        return None
    other = next(doc_id for doc_id, label in choices if label == picked)
    window = CompareWindow(store, actions, theme, (shown, other), changes_applied, parent)
    window.resize(parent.width(), parent.height())
    window.show()
    return window
