"""The GUI never opens a connection or runs SQL: the store's door does it for the UI's threads."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "workbench" / "ui"
# What only code holding a connection calls: statements and connection hooks.
CONNECTION_CALLS = {"execute", "executemany", "executescript", "set_progress_handler",
                    "set_authorizer", "blobopen"}


def _offences(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            owner = node.func.value
            if name in CONNECTION_CALLS or (
                    name == "connect" and isinstance(owner, ast.Name) and owner.id == "sqlite3"):
                found.append(f"{path.name}:{node.lineno} .{name}(")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlite_utils"):
            found.append(f"{path.name}:{node.lineno} imports sqlite_utils")
    return found


@pytest.mark.parametrize("path", sorted(UI.rglob("*.py")), ids=lambda p: str(p.relative_to(UI)))
def test_no_ui_module_holds_a_connection(path: Path) -> None:
    """The search thread opened its own SQLite file with pragmas and a probe of an FTS table."""
    assert _offences(path) == []
