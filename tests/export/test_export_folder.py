"""An export folder replaces only the files an export wrote; the analyst's own stay untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.export.manifests import read_manifest
from workbench.export.csv_export import write_csv_tables
from workbench.export.export_folder import (
    MANIFEST_NAME,
    ExportFolder,
    ForeignFileInTheWay,
)


def test_a_fresh_folder_gets_the_files_and_a_manifest_listing_them(tmp_path: Path) -> None:
    out = ExportFolder(tmp_path / "notes", "Markdown export")
    out.claim(["index.md", "a.md"])
    out.write("a.md", "A")
    out.write("index.md", "I")
    assert read_manifest(tmp_path / "notes") == ["a.md", "index.md"]


def test_the_analysts_own_file_is_refused_by_name_before_anything_is_written(
    tmp_path: Path,
) -> None:
    (tmp_path / "index.md").write_text("my own index", encoding="utf-8")
    out = ExportFolder(tmp_path, "Markdown export")
    with pytest.raises(ForeignFileInTheWay, match=r"index\.md already exists and was not written"):
        out.claim(["a.md", "index.md"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.md"]  # no note, no manifest
    assert (tmp_path / "index.md").read_text(encoding="utf-8") == "my own index"


def test_writing_an_unclaimed_name_is_checked_too(tmp_path: Path) -> None:
    (tmp_path / "Council vote.md").write_text("my note", encoding="utf-8")
    with pytest.raises(ForeignFileInTheWay, match="Council vote.md"):
        ExportFolder(tmp_path, "Markdown export").write("Council vote.md", "export")
    assert (tmp_path / "Council vote.md").read_text(encoding="utf-8") == "my note"


def test_a_re_export_replaces_its_own_files_and_leaves_others_alone(tmp_path: Path) -> None:
    first = ExportFolder(tmp_path, "Markdown export")
    first.claim(["index.md"])
    first.write("index.md", "old")
    (tmp_path / "my notes.md").write_text("mine", encoding="utf-8")
    again = ExportFolder(tmp_path, "Markdown export")
    again.claim(["index.md"])
    again.write("index.md", "new")
    assert (tmp_path / "index.md").read_text(encoding="utf-8") == "new"
    assert (tmp_path / "my notes.md").read_text(encoding="utf-8") == "mine"


def test_overwrite_replaces_a_file_no_export_wrote(tmp_path: Path) -> None:
    (tmp_path / "claims.md").write_text("mine", encoding="utf-8")
    out = ExportFolder(tmp_path, "Markdown export", overwrite=True)
    out.write("claims.md", "exported")
    assert (tmp_path / "claims.md").read_text(encoding="utf-8") == "exported"
    assert read_manifest(tmp_path) == ["claims.md"]  # from now on it is the export's own


def test_a_file_the_analyst_deleted_leaves_the_manifest(tmp_path: Path) -> None:
    out = ExportFolder(tmp_path, "Markdown export")
    out.write("a.md", "A")
    (tmp_path / "a.md").unlink()
    ExportFolder(tmp_path, "Markdown export").write("b.md", "B")
    assert read_manifest(tmp_path) == ["b.md"]


@pytest.mark.parametrize(
    "manifest", ["not json", '["index.md"]', '{"format": "other", "files": ["index.md"]}',
                 '{"format": "workbench-export-manifest", "files": "index.md"}'],
)
def test_an_unreadable_manifest_protects_every_existing_file(
    tmp_path: Path, manifest: str
) -> None:
    (tmp_path / MANIFEST_NAME).write_text(manifest, encoding="utf-8")
    (tmp_path / "index.md").write_text("mine", encoding="utf-8")
    with pytest.raises(ForeignFileInTheWay):
        ExportFolder(tmp_path, "Markdown export").claim(["index.md"])


def test_the_manifest_is_plain_json_naming_its_format(tmp_path: Path) -> None:
    ExportFolder(tmp_path, "CSV export").write("claims.csv", "id\n")
    record = json.loads((tmp_path / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert record == {"format": "workbench-export-manifest", "version": 1,
                      "files": ["claims.csv"]}


def test_csv_tables_follow_the_same_rule(tmp_path: Path) -> None:
    export = {"documents": [], "entities": [], "links": []}
    (tmp_path / "claims.csv").write_text("my spreadsheet", encoding="utf-8")
    with pytest.raises(ForeignFileInTheWay, match=r"claims\.csv"):
        write_csv_tables(export, tmp_path)
    assert (tmp_path / "claims.csv").read_text(encoding="utf-8") == "my spreadsheet"
    paths = write_csv_tables(export, tmp_path, overwrite=True)
    assert tmp_path / "claims.csv" in paths
    assert write_csv_tables(export, tmp_path) == paths  # its own files now: no refusal


def test_a_name_a_cancelled_export_claimed_but_never_wrote_stays_the_analysts(
    tmp_path: Path,
) -> None:
    out = ExportFolder(tmp_path, "Markdown export")
    out.claim(["a.md", "claims.md"])
    out.write("a.md", "A")
    out.settle()  # cancelled before claims.md
    assert read_manifest(tmp_path) == ["a.md"]
    (tmp_path / "claims.md").write_text("my claims", encoding="utf-8")
    with pytest.raises(ForeignFileInTheWay, match=r"claims\.md"):
        ExportFolder(tmp_path, "Markdown export").claim(["a.md", "claims.md"])
    assert (tmp_path / "claims.md").read_text(encoding="utf-8") == "my claims"


def test_a_file_renamed_only_in_case_is_still_the_exports(tmp_path: Path) -> None:
    out = ExportFolder(tmp_path, "Markdown export")
    out.write("budget.md", "old")
    out.settle()
    ExportFolder(tmp_path, "Markdown export").claim(["Budget.md"])  # not refused


def test_a_folder_exported_before_manifests_is_recognised_by_what_exports_write(
    tmp_path: Path,
) -> None:
    (tmp_path / "index.md").write_text("# Analyst Workbench export\n\n*2 documents*\n", "utf-8")
    (tmp_path / "Ferry.md").write_text('---\ntitle: "Ferry"\nworkbench_id: 2\n---\n', "utf-8")
    (tmp_path / "entities.csv").write_text("entity_id,name\n1,Kent\n", "utf-8")
    out = ExportFolder(tmp_path, "Markdown export")
    out.claim(["index.md", "Ferry.md"])
    out.claim(["entities.csv"], heads={"entities.csv": "entity_id,name"})
    (tmp_path / "claims.md").write_text("# Claims\n\nmy own list\n", "utf-8")
    (tmp_path / "people.csv").write_text("name,role\n", "utf-8")
    fresh = tmp_path / "again"
    fresh.mkdir()
    (fresh / "claims.md").write_text("# Claims\n\nmy own list\n", "utf-8")
    with pytest.raises(ForeignFileInTheWay, match="no export manifest"):
        ExportFolder(fresh, "Markdown export").claim(["claims.md"])
    (fresh / "people.csv").write_text("name,role\n", "utf-8")
    with pytest.raises(ForeignFileInTheWay, match="people.csv"):
        ExportFolder(fresh, "CSV export").claim(["people.csv"], heads={"people.csv": "id,x"})


def test_only_an_earlier_exports_file_can_be_removed(tmp_path: Path) -> None:
    first = ExportFolder(tmp_path, "Markdown export")
    first.write("Old title.md", "---\nworkbench_id: 1\n---\n")
    (tmp_path / "mine.md").write_text("---\nworkbench_id: 1\n---\n", encoding="utf-8")
    again = ExportFolder(tmp_path, "Markdown export")
    again.claim(["index.md"])
    assert again.earlier_files() == ["Old title.md"]
    with pytest.raises(ValueError, match="mine.md"):
        again.remove_earlier(["Old title.md", "mine.md"])
    assert (tmp_path / "Old title.md").is_file()  # nothing is removed when one name is refused
    again.remove_earlier(["Old title.md"])
    assert sorted(p.name for p in tmp_path.iterdir()) == [MANIFEST_NAME, "mine.md"]
    assert read_manifest(tmp_path) == ["index.md"]


def test_a_manifest_over_the_cap_is_not_read_and_protects_every_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A planted manifest of gigabytes must not be read whole into memory by the exporter."""
    monkeypatch.setattr("workbench.core.export_manifest.MANIFEST_MAX_BYTES", 200)
    record = {"format": "workbench-export-manifest", "version": 1, "files": ["index.md"]}
    (tmp_path / MANIFEST_NAME).write_text(json.dumps(record) + " " * 300, encoding="utf-8")
    (tmp_path / "index.md").write_text("mine", encoding="utf-8")
    with pytest.raises(ForeignFileInTheWay):
        ExportFolder(tmp_path, "Markdown export").claim(["index.md"])
    assert (tmp_path / "index.md").read_text(encoding="utf-8") == "mine"


def test_a_manifest_naming_a_file_outside_the_folder_neither_blocks_nor_stays(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (tmp_path / "notes.md").write_text("---\nworkbench_id: 1\n---\n", encoding="utf-8")
    record = {"format": "workbench-export-manifest", "version": 1,
              "files": ["../notes.md", str(tmp_path / "notes.md")]}
    (folder / MANIFEST_NAME).write_text(json.dumps(record), encoding="utf-8")
    out = ExportFolder(folder, "Markdown export")
    assert out.earlier_files() == []
    out.write("index.md", "I")
    out.settle()
    assert read_manifest(folder) == ["index.md"]
    assert (tmp_path / "notes.md").is_file()
