"""What tests read off or do to widgets that the app itself never needs to ask.

Why here and not on the widgets: the app has no caller for these (a list's
visible rows, a dialog's empty-state text, a WCAG ratio), so keeping them in
``workbench/ui`` left names only tests used. Each reads the widget as the
analyst sees it (hidden rows, visible labels, current selection), so a test
using it still fails when the behaviour behind it breaks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QObject, Signal
from PySide6.QtWidgets import (
    QApplication,
    QTabWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QWidget,
)

from workbench.core.records import Claim
from workbench.ui.claims.library_view import CLAIM_ROLE as LIBRARY_CLAIM_ROLE
from workbench.ui.claims.library_view import ClaimsView
from workbench.ui.claims.picker import CLAIM_ROLE as PICKER_CLAIM_ROLE
from workbench.ui.claims.picker import ClaimPickerDialog
from workbench.ui.dialogs.merge_report import MergeReportDialog
from workbench.ui.dialogs.tag_manager import TAG_ROLE, TagManagerDialog
from workbench.ui.entities.view import EntitiesView
from workbench.ui.reader.paged_find import PagedFindBar


def visible_claims(view: ClaimsView) -> list[Claim]:
    """The claims the claims table lists after every filter, in table order."""
    table = view.table
    items = [table.topLevelItem(row) for row in range(table.topLevelItemCount())]
    return [item.data(0, LIBRARY_CLAIM_ROLE) for item in items if not item.isHidden()]


def visible_ids(dialog: ClaimPickerDialog) -> list[int]:
    """The claims the picker lists after its filter."""
    items = [dialog.claim_list.item(row) for row in range(dialog.claim_list.count())]
    return [int(item.data(PICKER_CLAIM_ROLE)) for item in items if not item.isHidden()]


def empty_text(dialog: MergeReportDialog) -> str:
    """What the merge report's empty state says ("" when it has something to show)."""
    title = dialog.empty_title
    return title.text() if title.isVisibleTo(dialog) else ""


def _tag_items(manager: TagManagerDialog) -> list[QTreeWidgetItem]:
    found, iterator = [], QTreeWidgetItemIterator(manager.tree)
    while iterator.value() is not None:
        found.append(iterator.value())
        iterator += 1
    return found


def tags_shown(manager: TagManagerDialog) -> list[Any]:
    """Every tag row of the tag manager's tree."""
    return [item.data(0, TAG_ROLE) for item in _tag_items(manager)]


def select_tag(manager: TagManagerDialog, path: str) -> bool:
    """Click the tag row with ``path`` (case-insensitive); False when there is none."""
    for item in _tag_items(manager):
        if item.data(0, TAG_ROLE).path.casefold() == path.casefold():
            manager.tree.setCurrentItem(item)
            return True
    return False


def select_entities(view: EntitiesView, entity_ids: list[int]) -> None:
    """Select these entities' rows as ctrl-clicks would."""
    selection = view.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for entity_id in entity_ids:
        if entity_id in view.model.ids:
            selection.select(view.model.index(view.model.ids.index(entity_id), 0), flags)


def wait_for_scan(bar: PagedFindBar, timeout: float = 10.0) -> None:
    """Block until the find bar's whole-text scan thread (if any) has ended."""
    if bar.scan_thread is not None:
        bar.scan_thread.join(timeout)


def tab_label(tabs: QTabWidget, widget: QWidget) -> str:
    """The full label of ``widget``'s tab, e.g. "Notes (3)": its tooltip, even when shortened."""
    return tabs.tabToolTip(tabs.indexOf(widget))


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio between two ``#RRGGBB`` colours (1 to 21)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(color: str) -> float:
    channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


class _ChangeFeed(QObject):
    changes_applied = Signal(object)


def entity_curation(store: Any, holder: QWidget) -> Any:
    """An ``EntityController`` as the window builds it, over ``StoreActions`` with no writer
    thread (actions and reads run at once, as in an in-memory library)."""
    from workbench.ui.entities.controller import EntityController
    from workbench.ui.tasks.store_actions import StoreActions

    feed = _ChangeFeed(holder)
    return EntityController(store, StoreActions(store, None, feed.changes_applied, holder),
                            holder)


def shown_ach_view(qtbot: Any, store: Any) -> Any:
    """An ``AchView`` on ``store`` as the window builds it (no writer thread), shown.

    Its change feed is the view's child, so the signal lives as long as the view.
    """
    from workbench.ui.ach.view import AchView
    from workbench.ui.tasks.store_actions import StoreActions

    feed = _ChangeFeed()
    view = AchView(store, StoreActions(store, None, feed.changes_applied), feed.changes_applied)
    feed.setParent(view)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def process_events(rounds: int = 4) -> None:
    """Let a resize or a dock's show reach every layout (docks settle over a few passes)."""
    for _ in range(rounds):
        QApplication.processEvents()


def shortcut_rows(window: Any) -> list[tuple[str, str]]:
    """Every (command, keys) row of Help → Keyboard Shortcuts, its groups in order."""
    return [row for _group, rows in window.actions.shortcut_groups() for row in rows]
