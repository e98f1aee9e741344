"""An export folder imported back brings no notes, overviews or CSV tables in as articles.

Why: importing a Markdown or CSV export folder (the analyst's own, or a
colleague's) made a document of every note, of ``index.md``, ``claims.md``
and ``timeline.md``, and of every row of ``timeline.csv`` and ``claims.csv``
(they have a ``text`` column): 14 junk documents from a 7-document library
(attack run 19). An export's files are listed in its folder's manifest; they
are left out, named, and the JSON export is the way to bring work back.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.export_manifest import MANIFEST_NAME
from workbench.core.models import Article
from workbench.ingest import scan_input_files
from workbench.store import Store


@pytest.fixture()
def exported(tmp_path: Path) -> Path:
    db = tmp_path / "mine.sqlite"
    with Store(db) as store:
        for title in ("Harbour reopens", "Bridge closes"):
            store.documents.add_article(
                Article(title=title, text=f"{title}: the council voted on Monday."),
                analyze=False)
    for fmt in ("markdown", "csv"):
        assert run_cli(db, "export", "--format", fmt, "--out", str(tmp_path / fmt)) == 0
    return tmp_path


def _import(tmp_path: Path, *paths: Path, capsys: pytest.CaptureFixture[str]
            ) -> tuple[int, dict[str, object]]:
    capsys.readouterr()
    code = run_cli(tmp_path / "other.sqlite", "import", "--no-analyze", "--json",
                   *map(str, paths))
    return code, json.loads(capsys.readouterr().out)


def test_an_export_folder_imports_no_document(
    exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = _import(exported, exported / "markdown", exported / "csv", capsys=capsys)
    assert report["imported"] == []
    skipped = {Path(item["path"]).name: item["reason"] for item in report["skipped"]}
    assert {"index.md", "claims.md", "timeline.md", "Harbour reopens.md",
            "timeline.csv", "claims.csv", "mentions.csv"} <= set(skipped)
    assert all("export" in reason and "--format json" in reason for reason in skipped.values())
    assert code == 1  # nothing imported from the folders chosen: never an exit 0 that looks done


def test_an_export_file_named_alone_is_refused_with_the_reason(
    exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = _import(exported, exported / "csv" / "timeline.csv", capsys=capsys)
    assert code == 1 and report["imported"] == []
    [failure] = report["failed"]
    assert "export" in failure["reason"] and "--format json" in failure["reason"]


def test_an_article_beside_the_export_files_is_imported(exported: Path) -> None:
    """Only the files the manifest lists are an export's: the analyst's own stay importable."""
    own = exported / "markdown" / "My own article.md"
    own.write_text("# My own article\n\nThe mayor spoke on Tuesday.\n", encoding="utf-8")
    assert scan_input_files([exported / "markdown"]).files == [own]


def test_a_folder_with_a_foreign_manifest_is_walked_as_before(tmp_path: Path) -> None:
    (tmp_path / ".workbench-export.json").write_text('{"files": ["a.md"]}', encoding="utf-8")
    (tmp_path / "a.md").write_text("# A\n\nText.\n", encoding="utf-8")
    assert scan_input_files([tmp_path]).files == [tmp_path / "a.md"]


def _mixed_export_folder(tmp_path: Path) -> tuple[Path, list[Path]]:
    """A folder whose manifest lists one note, beside five articles; and every file in it."""
    from workbench.export.export_folder import manifest_text

    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / MANIFEST_NAME).write_text(manifest_text(["index.md"]), encoding="utf-8")
    (folder / "index.md").write_text("# Overview\n\nAn export's note.\n", encoding="utf-8")
    files = [folder / "index.md"]
    for number in range(5):
        files.append(folder / f"{number}.txt")
        files[-1].write_text(f"Story {number}\n\nThe council met {number} times.\n",
                             encoding="utf-8")
    return folder, files


def _count_manifest_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders whose manifest is read from now on, one entry per read."""
    from workbench.ingest import export_files, folders

    reads: list[Path] = []
    real = export_files.export_file_keys

    def counted(where: Path) -> frozenset[str]:
        reads.append(where)
        return real(where)

    monkeypatch.setattr(export_files, "export_file_keys", counted)
    monkeypatch.setattr(folders, "export_file_keys", counted)
    return reads


def test_a_folder_import_reads_its_manifest_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk reads the manifest (up to 16 MB) once; the readers do not read it again per file.

    Why: every file of a folder with a manifest re-read it to ask whether it was listed,
    though the walk had already left the listed files out.
    """
    from workbench.operations.importing import import_paths

    folder, _files = _mixed_export_folder(tmp_path)
    reads = _count_manifest_reads(monkeypatch)
    with Store() as store:
        report = import_paths(store, [folder], analyze=False)
    assert len(report.imported) == 5
    assert [Path(path).name for path, _ in report.skipped] == ["index.md"]
    assert reads == [folder]


def test_files_named_one_by_one_read_their_folders_manifest_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``import folder/*`` names every file: the manifest is still read once for the folder.

    Why: each named file asked its folder's manifest (up to 16 MB) again whether it was listed.
    """
    from workbench.operations.importing import import_paths

    folder, named = _mixed_export_folder(tmp_path)
    reads = _count_manifest_reads(monkeypatch)
    with Store() as store:
        report = import_paths(store, named, analyze=False)
    assert len(report.imported) == 5
    [(failed_path, reason)] = report.failed
    assert Path(failed_path).name == "index.md" and "--format json" in reason
    assert reads == [folder]
