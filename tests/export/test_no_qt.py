"""Export and JSON import never load Qt (the GUI runs them on worker threads)."""

from __future__ import annotations

import subprocess
import sys

MODULES = [
    "workbench.export.markdown",
    "workbench.export.sanitize",
    "workbench.export.webannotation",
    "workbench.export.csv_export",
    "workbench.export.formats",
    "workbench.operations.exporting",
    "workbench.store",
    "workbench.operations.json_import",
    "workbench.commands.export",
]


def test_export_modules_do_not_import_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {MODULES!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
