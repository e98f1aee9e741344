"""One reading of a folder export's manifest for the exporter and the importer."""

from __future__ import annotations

import json

from workbench.core.export_manifest import MANIFEST_FORMAT, listed_files, parse_manifest


def test_a_manifest_is_read_with_its_library_and_files() -> None:
    text = json.dumps({"format": MANIFEST_FORMAT, "version": 1, "files": ["a.md"],
                       "library": "ab12"})
    record = parse_manifest(text)
    assert record["library"] == "ab12"
    assert listed_files(record) == ["a.md"]


def test_damaged_foreign_or_deeply_nested_text_is_no_manifest() -> None:
    assert parse_manifest("{not json") == {}
    assert parse_manifest(json.dumps({"format": "other", "files": ["a.md"]})) == {}
    assert parse_manifest(json.dumps(["a.md"])) == {}
    assert parse_manifest("[" * 100_000 + "]" * 100_000) == {}
