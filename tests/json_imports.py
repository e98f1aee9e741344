"""A JSON export imported in one call, as ``workbench import`` does it (tests only).

Why here and not in the app: the app reads an export on its reader thread
and writes it on the writer (``operations.importing``), so only tests want
the two steps in one call.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.progress import Progress
from workbench.operations.json_import import (
    ExportImportReport,
    read_workbench_export,
    write_workbench_export,
)
from workbench.store import Store


def import_workbench_export(
    store: Store, path: str | Path, progress: Progress | None = None
) -> ExportImportReport:
    """Import every document of the export at ``path``, then the links between their claims."""
    return write_workbench_export(store, read_workbench_export(path), progress)
