"""Qt stays in workbench.ui: importing everything else must not load PySide6."""

from __future__ import annotations

import subprocess
import sys

QT_FREE = [
    "workbench.core.models",
    "workbench.core.progress",
    "workbench.core.text",
    "workbench.core.vocabulary",
    "workbench.core.claim_matching",
    "workbench.store",
    "workbench.ingest",
    "workbench.nlp.pipeline",
    "workbench.nlp.workers",
    "workbench.export.json_export",
    "workbench.export.markdown",
    "workbench.export.webannotation",
    "workbench.export.csv_export",
    "workbench.export.sanitize",
    "workbench.operations.json_import",
    "workbench.operations.importing",
    "workbench.operations.analysis",
    "workbench.cli",
]


def test_non_ui_packages_do_not_import_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {QT_FREE!r}: importlib.import_module(name)\n"
        "qt = ('PySide6', 'shiboken6', 'qtawesome')\n"
        "bad = sorted(m for m in sys.modules if m.startswith(qt))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_spacy_is_not_imported_by_the_cli_or_store() -> None:
    code = "import sys, workbench.cli, workbench.store\nprint('spacy' in sys.modules)\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
