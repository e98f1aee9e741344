"""Tools → Extraction Cluster: checked as typed, kept in settings, used by later imports."""

from __future__ import annotations

import pytest

from workbench.ui.app.settings import app_settings, cluster_address
from workbench.ui.dialogs.cluster import ClusterDialog
from workbench.ui.tasks.import_controller import analyze_function


def ok_enabled(dialog: ClusterDialog) -> bool:
    return dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


@pytest.mark.parametrize(("text", "usable"), [
    ("", True), ("local:2", True), ("tcp://10.1.2.3:8786", True),
    ("scheduler:8786", False), ("local:0", False),
])
def test_the_dialog_accepts_only_usable_addresses(qtbot, text: str, usable: bool) -> None:
    dialog = ClusterDialog()
    qtbot.addWidget(dialog)
    dialog.edit.setText(text)
    assert ok_enabled(dialog) is usable
    assert bool(dialog.problem.text()) is not usable


def test_the_chosen_cluster_is_remembered_and_used_by_later_analyses(
    qtbot, library, open_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    def accept_with_address(dialog: ClusterDialog) -> int:
        dialog.edit.setText("tcp://127.0.0.1:8786")
        return ClusterDialog.DialogCode.Accepted

    monkeypatch.setattr(ClusterDialog, "exec", accept_with_address)
    window = open_window(library)
    assert window.imports.analysis is analyze_function
    window.actions["cluster_settings"].trigger()
    assert cluster_address(app_settings()) == "tcp://127.0.0.1:8786"
    assert window.imports.analysis is not analyze_function
    assert "cluster" in window.imports.analysis.__qualname__


def test_a_window_opened_later_reads_the_cluster_from_settings(qtbot, library,
                                                               open_window) -> None:
    app_settings().setValue("analysis/cluster", "local:2")
    window = open_window(library)
    assert "cluster" in window.imports.analysis.__qualname__
