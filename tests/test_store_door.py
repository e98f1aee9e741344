"""The store is one door: a Store of plain parts, reached only through ``workbench.store``.

Tests of store internals (tests/store/) may import store submodules; every
other module, in workbench/ and in tests/, imports from ``workbench.store``.
"""

from __future__ import annotations

import ast
import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest

import workbench.store
from workbench.core import vocabulary
from workbench.store import Store

REPO = Path(__file__).resolve().parent.parent
LIFECYCLE = {"path", "db", "read_only", "applied_migrations", "close", "bad_values"}
PARTS = {
    "history",
    "documents",
    "analysis",
    "library",
    "tags",
    "annotations",
    "claims",
    "suggestions",
    "entities",
    "versions",
    "exchange",
    "grades",
    "timeline",
    "ach",
    "authors",
    "merge",
}
# Tests of the store's internals may open its submodules; nobody else may.
INTERNAL_TESTS = REPO / "tests" / "store"


def test_the_store_itself_has_only_its_lifecycle_and_its_parts(store: Store) -> None:
    public = {name for name in dir(store) if not name.startswith("_")}
    assert public == LIFECYCLE | PARTS
    methods = {name for name in public if inspect.ismethod(getattr(store, name))}
    assert methods == {"close"}


@pytest.mark.parametrize("part", sorted(PARTS))
def test_every_part_is_a_plain_class_over_the_connection(store: Store, part: str) -> None:
    obj = getattr(store, part)
    assert type(obj).__mro__ == (type(obj), object), "parts do not inherit"
    assert obj.db is store.db
    if part != "history":
        assert obj.history is store.history


def test_parts_share_no_method_names(store: Store) -> None:
    owners: dict[str, str] = {}
    for part in PARTS:
        for name in dir(getattr(store, part)):
            if not name.startswith("_") and name not in ("db", "history"):
                assert name not in owners, f"{name} on both {owners.get(name)} and {part}"
                owners[name] = part


def _store_submodule_imports(path: Path) -> list[str]:
    """``workbench.store.<sub>`` modules that the file at ``path`` imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("workbench.store.")]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith("workbench.store."):
                found.append(node.module)
            elif node.module == "workbench.store":
                found += [
                    f"workbench.store.{a.name}"
                    for a in node.names
                    if a.name not in workbench.store.__all__
                ]
    return found


def _outside_files() -> list[Path]:
    store_package = REPO / "workbench" / "store"
    files = [*sorted((REPO / "workbench").rglob("*.py")), *sorted((REPO / "tests").rglob("*.py"))]
    return [
        path
        for path in files
        if store_package not in path.parents and INTERNAL_TESTS not in path.parents
    ]


def test_nothing_outside_the_store_imports_a_store_submodule() -> None:
    offenders = {
        str(path.relative_to(REPO)): names
        for path in _outside_files()
        if (names := _store_submodule_imports(path))
    }
    assert offenders == {}


def test_the_door_scan_sees_a_submodule_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from workbench.store import Store, tags\n"
        "from workbench.store.files.backup import backup_library\n"
        "import workbench.store.claims\n"
    )
    assert _store_submodule_imports(sample) == [
        "workbench.store.tags",
        "workbench.store.files.backup",
        "workbench.store.claims",
    ]


def _vocabulary_literals() -> dict[str, str]:
    """Each vocabulary tuple written as code would restate it: '"a", "b", "c"'."""
    literals = {}
    for name in dir(vocabulary):
        value = getattr(vocabulary, name)
        if name.isupper() and isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            literals[name] = ", ".join(f'"{item}"' for item in value)
    return literals


def test_the_vocabulary_is_not_restated_elsewhere() -> None:
    literals = _vocabulary_literals()
    assert {"CLAIM_STATUSES", "RELATIONS", "ENTITY_LABELS", "TAG_COLORS"} <= set(literals)
    own = Path(vocabulary.__file__).resolve()
    restated = [
        f"{path.relative_to(REPO)}: {name}"
        for path in sorted((REPO / "workbench").rglob("*.py"))
        if path.resolve() != own
        for name, literal in literals.items()
        if literal in path.read_text(encoding="utf-8")
    ]
    assert restated == []


def test_import_contracts_hold() -> None:
    """Run import-linter's contracts (pyproject.toml) on this checkout."""
    pytest.importorskip("importlinter")
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()"],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
