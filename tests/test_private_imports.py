"""Modules of the export, ingest, operations and command layers import no private name.

Why: a name with a leading underscore promises its module may change it
freely; a sibling importing it (bundle.py once took webannotation's
``_tag_body``) breaks that promise silently. A name shared is made public.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("commands", "export", "ingest", "operations")


def private_imports(paths: list[Path]) -> list[str]:
    """``path: module.name`` for every ``from workbench… import _name`` (dunders aside)."""
    found = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            module = node.module if isinstance(node, ast.ImportFrom) else None
            if not (module or "").startswith("workbench"):
                continue
            found += [f"{path.name}: {node.module}.{alias.name}" for alias in node.names
                      if alias.name.startswith("_") and not alias.name.endswith("__")]
    return found


def test_no_module_of_these_layers_imports_a_private_name() -> None:
    paths = [path for package in PACKAGES
             for path in sorted((ROOT / "workbench" / package).rglob("*.py"))]
    assert private_imports(paths) == []


def test_the_finder_reports_a_private_import_and_spares_dunders(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text(
        "from workbench import __version__\nfrom workbench.x import shared, _private\n")
    assert private_imports([module]) == ["module.py: workbench.x._private"]
