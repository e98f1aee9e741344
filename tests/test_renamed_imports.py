"""No module imports a name under another name because it defines that name itself.

Why: ``commands/export.py`` defined the handler ``run_export`` and imported the
operation ``run_export as export``; a traceback or a grep for ``run_export`` then
landed on two functions on one call path. Import the module and call
``module.name`` instead, so the two can no longer be mistaken for each other.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The front ends and the layers they call; ``store/files/library_file.py`` still renames
# ``backup_files.connect_read_only`` (left while the store's reader connection is reworked).
PACKAGES = ("commands", "operations", "export", "ingest", "core")


def renamed_clashes(paths: list[Path]) -> list[str]:
    """``path: name as other`` for each import renaming a name its module also defines."""
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = {node.name for node in tree.body
                   if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                found += [f"{path.name}: {alias.name} as {alias.asname}" for alias in node.names
                          if alias.asname and alias.name in defined]
    return found


def test_no_module_renames_an_import_to_dodge_its_own_name() -> None:
    package_paths = [sorted((ROOT / "workbench" / package).rglob("*.py")) for package in PACKAGES]
    paths = [ROOT / "workbench" / "cli.py", *(path for group in package_paths for path in group)]
    assert renamed_clashes(paths) == []


def test_the_finder_reports_a_renamed_clash_and_spares_plain_aliases(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text(
        "def run_export():\n    from x import run_export as export\n"
        "from y import shared as other\n")
    assert renamed_clashes([module]) == ["module.py: run_export as export"]
