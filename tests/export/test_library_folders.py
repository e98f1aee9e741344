"""One library's Markdown export never silently replaces another library's export folder.

Why: notes name their library (``workbench_library``) but ``index.md``,
``claims.md``, ``timeline.md`` and the ACH notes did not, so a second library
exporting into the first one's folder replaced them without a word. The
folder's manifest now names the library that last exported into it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.export.manifests import manifest_library
from tests.support import run_cli
from workbench.core.models import Article
from workbench.export.csv_export import write_csv_tables
from workbench.export.export_folder import (
    MANIFEST_NAME,
    ExportFolder,
    OtherLibrarysFolder,
)
from workbench.store import Store


def _library(path: Path, title: str, *, analysis: str | None = None) -> Path:
    with Store(path) as store:
        store.documents.add_article(
            Article(title=title, text="The council voted on Monday to close the bridge."),
            analyze=False,
        )
        if analysis is not None:
            store.ach.create_analysis(analysis, ["Yes", "No"])
    return path


def _export(db: Path, out: Path, *extra: str, form: str = "markdown") -> int:
    return run_cli(db, "export", "--format", form, "--out", str(out), *extra)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _library_id(db: Path) -> str | None:
    with Store(db) as store:
        return store.library.library_id()


def test_the_manifest_names_the_exporting_library(tmp_path: Path) -> None:
    db = _library(tmp_path / "first.sqlite", "First story")
    out = tmp_path / "notes"
    assert _export(db, out) == 0
    record = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert record["library"] == _library_id(db)
    assert manifest_library(out) == _library_id(db)


def test_another_librarys_export_folder_is_refused_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _library(tmp_path / "first.sqlite", "First story", analysis="Will it reopen?")
    second = _library(tmp_path / "second.sqlite", "Second story", analysis="Will it reopen?")
    out = tmp_path / "notes"
    assert _export(first, out) == 0
    before = _snapshot(out)
    assert {"index.md", "claims.md", "timeline.md", "ACH 1 - Will it reopen.md"} <= set(before)
    capsys.readouterr()
    assert _export(second, out) == 1
    err = capsys.readouterr().err
    assert str(out) in err and "another library" in err
    assert "--overwrite" in err and "another folder" in err
    assert _snapshot(out) == before  # no note, no overview, no ACH note, the same manifest
    assert _export(first, out) == 0  # its own folder: re-exported as before


def test_a_folder_exported_before_library_ids_is_taken_as_before(tmp_path: Path) -> None:
    first = _library(tmp_path / "first.sqlite", "First story")
    second = _library(tmp_path / "second.sqlite", "Second story")
    out = tmp_path / "notes"
    assert _export(first, out) == 0
    record = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    del record["library"]  # as an export before manifests named their library wrote it
    (out / MANIFEST_NAME).write_text(json.dumps(record), encoding="utf-8")
    assert _export(second, out) == 0
    assert "Second story" in (out / "index.md").read_text(encoding="utf-8")
    assert "First story.md" in {p.name for p in out.iterdir()}  # the other's note stays
    assert manifest_library(out) == _library_id(second)


def test_the_folder_check_comes_before_any_claim(tmp_path: Path) -> None:
    ExportFolder(tmp_path, "Markdown export", library_id="aa").write("index.md", "A")
    before = _snapshot(tmp_path)
    with pytest.raises(OtherLibrarysFolder, match=str(tmp_path)):
        ExportFolder(tmp_path, "Markdown export", library_id="bb")
    assert _snapshot(tmp_path) == before
    ExportFolder(tmp_path, "Markdown export", library_id="bb", overwrite=True).write("index.md",
                                                                                     "B")
    assert manifest_library(tmp_path) == "bb"


def test_an_export_that_names_no_library_keeps_the_folders(tmp_path: Path) -> None:
    """A CSV export names no library; into a Markdown folder it must not erase the folder's."""
    ExportFolder(tmp_path, "Markdown export", library_id="aa").write("index.md", "A")
    write_csv_tables({"documents": [], "entities": [], "links": []}, tmp_path)
    assert manifest_library(tmp_path) == "aa"


def test_in_a_folder_whose_manifest_names_no_library_a_same_titled_note_still_stops_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Notes named their library before manifests did: that note-by-note check still holds."""
    first = _library(tmp_path / "first.sqlite", "Shared story")
    second = _library(tmp_path / "second.sqlite", "Shared story")
    out = tmp_path / "notes"
    assert _export(first, out) == 0
    record = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    del record["library"]
    (out / MANIFEST_NAME).write_text(json.dumps(record), encoding="utf-8")
    before = _snapshot(out)
    capsys.readouterr()
    assert _export(second, out) == 1
    assert "workbench_library differs" in capsys.readouterr().err
    assert _snapshot(out) == before


@pytest.mark.parametrize("form", ["markdown", "csv"])
def test_another_librarys_folder_is_refused_until_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    """CSV tables carry no library id, so for them the folder's manifest is the only owner mark."""
    first = _library(tmp_path / "first.sqlite", "First story")
    second = _library(tmp_path / "second.sqlite", "Second story")
    out = tmp_path / form
    assert _export(first, out, form=form) == 0
    assert manifest_library(out) == _library_id(first)
    before = _snapshot(out)
    capsys.readouterr()
    assert _export(second, out, form=form) == 1
    err = capsys.readouterr().err
    assert str(out) in err and "another library" in err and "--overwrite" in err
    assert _snapshot(out) == before  # the first library's files, untouched
    assert _export(first, out, form=form) == 0  # its own folder: re-exported as before
    assert _export(second, out, "--overwrite", form=form) == 0
    assert manifest_library(out) == _library_id(second)
    assert form == "csv" or "Second story" in (out / "index.md").read_text(encoding="utf-8")
    assert _export(second, out, form=form) == 0  # now the second library's folder
    assert _export(first, out, form=form) == 1


def test_a_csv_export_into_another_librarys_markdown_folder_is_refused(tmp_path: Path) -> None:
    first = _library(tmp_path / "first.sqlite", "First story")
    second = _library(tmp_path / "second.sqlite", "Second story")
    out = tmp_path / "shared"
    assert _export(first, out) == 0
    before = _snapshot(out)
    assert _export(second, out, form="csv") == 1
    assert _snapshot(out) == before
