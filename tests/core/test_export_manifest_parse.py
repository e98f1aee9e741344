"""One reading of a folder export's manifest for the exporter and the importer."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from workbench.core import export_manifest
from workbench.core.export_manifest import (
    MANIFEST_FORMAT,
    MANIFEST_NAME,
    listed_files,
    parse_manifest,
    read_manifest,
)


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


def test_read_manifest_reads_at_most_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_manifest, "MANIFEST_MAX_BYTES", 100)
    record = {"format": MANIFEST_FORMAT, "version": 1, "files": ["a.md"]}
    (tmp_path / MANIFEST_NAME).write_text(json.dumps(record), encoding="utf-8")
    assert listed_files(read_manifest(tmp_path)) == ["a.md"]
    (tmp_path / MANIFEST_NAME).write_text(json.dumps(record) + " " * 100, encoding="utf-8")
    assert read_manifest(tmp_path) == {}


def test_read_manifest_never_opens_a_pipe_and_skips_bad_bytes(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / MANIFEST_NAME)  # opening a FIFO for reading would block
    assert read_manifest(tmp_path) == {}
    other = tmp_path / "other"
    other.mkdir()
    (other / MANIFEST_NAME).write_bytes(b'{"format": "\xff"}')
    assert read_manifest(other) == {}
    assert read_manifest(tmp_path / "missing") == {}


@pytest.mark.parametrize("planted", ["../notes.md", "/home/me/x.md", "a/b.md", "..", ".", "",
                                     "a\\b.md", "a\x00.md"])
def test_a_listed_path_that_is_no_plain_file_name_is_left_out(planted: str) -> None:
    record = {"format": MANIFEST_FORMAT, "version": 1, "files": [planted, "index.md"]}
    assert listed_files(record) == ["index.md"]


def test_the_named_library_is_a_non_empty_string_or_none() -> None:
    from workbench.core.export_manifest import named_library

    assert named_library({"library": "ab12"}) == "ab12"
    for record in ({}, {"library": ""}, {"library": 7}, {"library": ["ab12"]}):
        assert named_library(record) is None
