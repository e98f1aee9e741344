"""Tools → Extraction Cluster…: where the desktop app runs the extraction of new documents.

Why a field of its own: a team with a Dask cluster types its scheduler's
address once; every later import from the window sends its extraction
there, and the window still stores the results itself. Empty means this
computer's worker processes, as before.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workbench.operations.cluster_analysis import ClusterUnavailable, parse_cluster_address
from workbench.ui.dialogs.one_line import OneLineDialog

CLUSTER_HINT = ("tcp://HOST:8786 sends the extraction to a Dask scheduler whose workers have "
                "Analyst Workbench and its spaCy model installed; local:2 starts two workers "
                "here. Leave empty to analyse on this computer.")


def cluster_problem(text: str) -> str | None:
    """Why ``text`` is not a usable cluster address, or None (empty is fine: no cluster)."""
    if not text.strip():
        return None
    try:
        parse_cluster_address(text)
    except ClusterUnavailable as error:
        return str(error)
    return None


class ClusterDialog(OneLineDialog):
    """One line: the cluster address (validated as typed; OK only when it is usable)."""

    def __init__(self, address: str = "", parent: QWidget | None = None) -> None:
        super().__init__("Scheduler address:", address, CLUSTER_HINT, cluster_problem, parent)
        self.setWindowTitle("Extraction Cluster")
        self.edit.setPlaceholderText("tcp://scheduler.example.org:8786 or local:2")
        self.setMinimumWidth(460)

    def address(self) -> str:
        """The address typed (stripped); empty for this computer."""
        return self.edit.text().strip()
