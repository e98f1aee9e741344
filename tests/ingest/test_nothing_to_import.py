"""A folder holding no importable file is named as a failure, not passed over in silence."""

from __future__ import annotations

from pathlib import Path

from workbench.ingest import scan_input_files
from workbench.ingest.folders import NOTHING_TO_IMPORT


def test_an_empty_folder_is_reported(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    scan = scan_input_files([empty])
    assert scan.files == []
    assert scan.unreadable == [(str(empty), NOTHING_TO_IMPORT)]


def test_a_folder_of_unsupported_files_is_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.xyz").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Title\n\nBody.", encoding="utf-8")
    assert scan_input_files([tmp_path]).unreadable == [(str(tmp_path), NOTHING_TO_IMPORT)]


def test_a_folder_with_a_file_or_a_skipped_link_is_not(tmp_path: Path) -> None:
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "a.txt").write_text("Title\n\nBody.", encoding="utf-8")
    linked = tmp_path / "linked"
    linked.mkdir()
    (linked / "b.txt").symlink_to(kept / "a.txt")
    scan = scan_input_files([kept, linked])
    assert scan.unreadable == []
    assert [path.name for path in scan.files] == ["a.txt"]
    assert len(scan.skipped) == 1  # the link already says why nothing came from there
