"""Alice merges Bob's library from the window: new documents listed, a conflict resolved, undone.

The real engine (``operations.merge``) on two libraries built from the
shipped seed articles (``tests/store/merge_fixtures.py``): the merge runs on
the writer thread, the library list shows Bob's article, the report shows
the claim-status conflict with both authors, Keep theirs writes Bob's status
through the writer, and Edit → Undo (Ctrl+Z in the report) takes the choice back, then the merge.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.store.merge_fixtures import ALICE, build_pair
from workbench.core.merge_records import KEEP_BOTH, KEEP_THEIRS
from workbench.store import Store


def _claim_status(store: Store) -> str:
    claim = next(c for c in store.claims.list_claims() if c.text == "Navalny")
    return claim.status


def test_alice_merges_bob_resolves_a_conflict_and_undoes_it(qtbot, open_window, settle,
                                                            tmp_path: Path) -> None:
    alice, bob = build_pair(tmp_path)
    store = Store(alice, author=ALICE)
    window = open_window(store)
    before = window.library.model.rowCount()
    window.workspace.merging.merge(bob)
    qtbot.waitUntil(lambda: bool(window.workspace.merging.dialogs), timeout=10_000)
    settle(window)
    qtbot.waitUntil(lambda: window.library.model.rowCount() == before + 1, timeout=5000)
    dialog = window.workspace.merging.dialogs[0]
    assert dialog.report is not None and dialog.report.added["documents"] == 1
    panel = dialog.conflicts
    status = next(row.conflict.id for row in panel.rows.values()
                  if row.conflict.kind == "claim status")
    panel.select(status)
    assert (panel.mine.value.toPlainText(), panel.mine.author.text()) == (
        "corroborated", "by Alice")
    assert (panel.theirs.value.toPlainText(), panel.theirs.author.text()) == (
        "disputed", "by Bob")
    assert not panel.buttons[KEEP_BOTH].isVisible()
    qtbot.mouseClick(panel.buttons[KEEP_THEIRS], Qt.MouseButton.LeftButton)
    settle(window)
    assert panel.rows[status].state_text == "Kept theirs"
    assert _claim_status(store) == "disputed"
    assert window.actions["undo"].text().startswith("&Undo")
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the choice
    settle(window)
    assert _claim_status(store) == "corroborated"
    assert panel.rows[status].state_text == "Open"
    window.actions["undo"].trigger()  # the whole merge
    settle(window)
    qtbot.waitUntil(lambda: window.library.model.rowCount() == before, timeout=5000)
    assert panel.open_count == 0  # its conflicts went with it
    window.close()
    store.close()
