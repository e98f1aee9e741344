"""Document → Compare Documents…: two documents side by side in the Compare window.

With exactly two documents selected in the library (Ctrl+click adds the second)
those two are compared, the reader's first; else the shown document (A) is set
beside one the analyst picks here (B), by title, from the others: one selected
row is the document read, and a picker finds B without scrolling the list.
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
                 changes_applied: SignalInstance | None,
                 selected: tuple[int, int] | None = None) -> CompareWindow | None:
    """Open the Compare window over the ``selected`` pair, else ask for B and open it over
    A (``shown``) and B; None when cancelled or when there is nothing to compare."""
    if selected is not None:
        return _opened(CompareWindow(store, actions, theme, selected, changes_applied, parent),
                       parent)
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
    return _opened(CompareWindow(store, actions, theme, (shown, other), changes_applied, parent),
                   parent)


def _opened(window: CompareWindow, parent: QWidget) -> CompareWindow:
    window.resize(parent.width(), parent.height())
    window.show()
    return window
