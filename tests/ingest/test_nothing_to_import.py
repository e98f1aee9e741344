"""A folder holding no importable file is named as a failure, not passed over in silence."""

from __future__ import annotations

from pathlib import Path

from workbench.ingest import scan_input_files
from workbench.ingest.folders import NOTHING_TO_IMPORT
from workbench.ingest.readers import NAMED_ONLY


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


def test_json_and_xml_files_a_folder_leaves_out_are_named(tmp_path: Path) -> None:
    """Inside a folder a .json or .xml file is read only when named; saying nothing made a
    folder of 62 JSON articles look imported (none were)."""
    (tmp_path / "a.txt").write_text("Title\n\nBody.", encoding="utf-8")
    (tmp_path / "story.json").write_text('{"title": "T", "text": "Body."}', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "feed.XML").write_text("<rss/>", encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("x", encoding="utf-8")
    (tmp_path / ".cache.json").write_text("{}", encoding="utf-8")
    scan = scan_input_files([tmp_path])
    assert [path.name for path in scan.files] == ["a.txt"]
    assert scan.skipped == [
        (str(tmp_path / "story.json"), NAMED_ONLY.format(suffix=".json")),
        (str(tmp_path / "sub" / "feed.XML"), NAMED_ONLY.format(suffix=".xml")),
    ]
    assert scan.unreadable == []


def test_a_folder_of_json_files_only_is_still_nothing_to_import(tmp_path: Path) -> None:
    (tmp_path / "story.json").write_text('{"title": "T", "text": "Body."}', encoding="utf-8")
    scan = scan_input_files([tmp_path])
    assert scan.files == []
    assert scan.unreadable == [(str(tmp_path), NOTHING_TO_IMPORT)]
    assert [path for path, _ in scan.skipped] == [str(tmp_path / "story.json")]


def test_a_json_file_named_on_its_own_is_not_left_out(tmp_path: Path) -> None:
    story = tmp_path / "story.json"
    story.write_text("[]", encoding="utf-8")
    scan = scan_input_files([story])
    assert (scan.files, scan.skipped) == ([story], [])


def test_a_file_left_out_of_its_folder_but_also_named_is_not_skipped(tmp_path: Path) -> None:
    """``import folder folder/story.json`` read the file and still listed it as skipped."""
    (tmp_path / "a.txt").write_text("Title\n\nBody.", encoding="utf-8")
    story = tmp_path / "story.json"
    story.write_text("[]", encoding="utf-8")
    scan = scan_input_files([tmp_path, story])
    assert (scan.files, scan.skipped) == ([tmp_path / "a.txt", story], [])
