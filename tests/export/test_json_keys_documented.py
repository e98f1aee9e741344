"""Every key a JSON export writes is documented in docs/json-export.md.

Why: the README sends users to that page for the format, and keys were once written that no
page described. The export of a library with every kind of record (the export tests' rich
library) is walked key by key; each key must appear in the page as `key`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.export.conftest import build_library
from workbench.cli import main
from workbench.store import Store

DOC = Path(__file__).resolve().parents[2] / "docs" / "json-export.md"


def _keys(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(key, JSON path) for every object key at any depth."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key, f"{path}.{key}" if path else key
            yield from _keys(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item, f"{path}[]")


def test_every_exported_key_is_documented(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        build_library(store)
    out = tmp_path / "library.json"
    assert main(["--db", str(path), "export", "--format", "json", "--out", str(out)]) == 0
    export = json.loads(out.read_text(encoding="utf-8"))
    documented = DOC.read_text(encoding="utf-8")
    seen = dict(_keys(export))
    assert {"documents", "annotations", "claims", "links", "tags"} <= {k for k in seen}
    missing = sorted(f"{key} (at {where})" for key, where in seen.items()
                     if f"`{key}`" not in documented)
    assert missing == [], f"JSON export keys missing from docs/json-export.md: {missing}"
