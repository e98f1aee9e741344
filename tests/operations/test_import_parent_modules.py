"""The import's parent process does not load the rules only extraction workers run."""

from __future__ import annotations

import subprocess
import sys

# Modules a worker needs to analyse a document and the parent never calls: the time
# expressions' readers and the HTML-reference marks (the parent reads ANALYSIS_VERSION only).
WORKER_ONLY = ("workbench.nlp.time_expressions", "workbench.nlp.time_detection",
               "workbench.nlp.time_joins", "workbench.nlp.time_unmarked",
               "workbench.nlp.quote_entities", "workbench.nlp.doc_words")


def test_the_import_commands_modules_leave_the_workers_rules_unloaded() -> None:
    code = ("import sys, workbench.cli, workbench.operations.importing, "
            "workbench.operations.analysis, workbench.nlp.pipeline; "
            f"print(sorted(set({WORKER_ONLY!r}) & set(sys.modules)))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.strip()
    assert loaded == "[]"
