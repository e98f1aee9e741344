"""Dialog fixtures: the Tag Manager opened on a library, as the tag tests need it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal

from workbench.ui.dialogs.tag_manager import TagManagerDialog
from workbench.ui.tasks.store_actions import StoreActions


class _Feed(QObject):
    """Stands in for the window's change feed: the actions emit on it, nobody listens."""

    changes_applied = Signal(object)


@pytest.fixture
def shown_tag_manager(qtbot, store):
    """A Tag Manager on ``store``, shown and exposed, its feed kept alive for the test."""
    feed = _Feed()

    def opener() -> TagManagerDialog:
        dialog = TagManagerDialog(store, StoreActions(store, None, feed.changes_applied))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return opener
