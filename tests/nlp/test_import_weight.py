"""What the import path loads: an import's own process and its extraction workers import
no package they never use (issue 15: each module imported is CPU every process pays)."""

from __future__ import annotations

import ast
import subprocess
import sys

IMPORT_PATH = [
    "workbench.cli",
    "workbench.commands.library",
    "workbench.operations.importing",
    "workbench.operations.analysis",
    "workbench.nlp.pipeline",
    "workbench.nlp.quotes",
    "workbench.nlp.entities",
]
"""The command line's import, its analysis, and the modules a worker's pipeline runs."""


def loaded(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    """The modules starting with ``prefixes`` that importing ``modules`` loads, in a new
    interpreter."""
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.startswith({prefixes!r})))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    return ast.literal_eval(result.stdout)


def test_the_import_path_loads_no_stemmer() -> None:
    assert loaded(IMPORT_PATH, ("snowballstemmer",)) == []  # only suggestions stem
