"""Everyday commands start without the heavy machinery: no spaCy, no Qt, no extraction rules.

Why: an analyst runs many short commands (``list``, ``show``, ``claims``, ``tag``), and each
paid for loading the NLP rules (``workbench.nlp``), the file readers and the analysis
workers at start-up although only ``import``, ``reanalyze``, ``update`` and
``entities --settle`` use them. Each command runs in a fresh interpreter, as from the shell.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core.models import Article
from workbench.store import Store

# Module prefixes a light command must not load (the start of a dotted name).
HEAVY = ("spacy", "PySide6", "shiboken6", "workbench.nlp", "workbench.ingest", "workbench.ui")
# The time normaliser (the timeline and text dates need it; `show` gathers a document's
# timeline) is not loaded by a listing of ISO-dated documents.
LISTING_HEAVY = (*HEAVY, "workbench.core.time_normalise")

COMMANDS = [
    ["--help"],
    ["list", "--help"],
    ["list"],
    ["show", "1"],
    ["claims"],
    ["tag", "1", "topic/budget"],
    ["search", "minister"],
]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A library with one unanalysed document (no spaCy needed to make it)."""
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(
            Article("Budget", "The minister said the budget would rise."), analyze=False)
    return path


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_a_light_command_loads_no_heavy_module(library: Path, argv: list[str]) -> None:
    assert _heavy_loaded(library, argv, HEAVY) == "exit 0; heavy: []"


@pytest.mark.parametrize("argv", [["list"], ["claims"], ["tag", "1", "topic/budget"]],
                         ids=" ".join)
def test_a_listing_loads_no_time_normaliser(library: Path, argv: list[str]) -> None:
    assert _heavy_loaded(library, argv, LISTING_HEAVY) == "exit 0; heavy: []"


def _heavy_loaded(library: Path, argv: list[str], heavy: tuple[str, ...]) -> str:
    """The command's exit code and the ``heavy`` modules it loaded, run in a new interpreter."""
    code = (
        "import sys\n"
        "from workbench.cli import main\n"
        "try:\n"
        f"    code = main(['--db', {str(library)!r}, *{argv!r}])\n"
        "except SystemExit as stop:  # --help exits from argparse\n"
        "    code = stop.code\n"
        f"heavy = sorted(m for m in sys.modules for p in {heavy!r}"
        " if m == p or m.startswith(p + '.'))\n"
        "print(f'exit {code}; heavy: {heavy}')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr
