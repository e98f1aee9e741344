"""``workbench export`` never replaces the analyst's own files in the folder without --overwrite."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main


def export(db: Path, out: Path, *extra: str, fmt: str = "markdown") -> int:
    return main(["--db", str(db), "export", "--format", fmt, "--out", str(out), *extra])


def test_the_analysts_index_stops_the_export_naming_it(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "notes"
    out.mkdir()
    (out / "index.md").write_text("my own index", encoding="utf-8")
    assert export(db, out) == 1
    err = capsys.readouterr().err
    assert f"{out / 'index.md'} already exists and was not written by a workbench export" in err
    assert "--overwrite" in err
    assert [p.name for p in out.iterdir()] == ["index.md"]
    assert (out / "index.md").read_text(encoding="utf-8") == "my own index"


def test_overwrite_replaces_it_and_re_exports_then_need_no_flag(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes"
    out.mkdir()
    (out / "claims.md").write_text("my own claims", encoding="utf-8")
    (out / "reading list.md").write_text("mine, not in the way", encoding="utf-8")
    assert export(db, out, "--overwrite") == 0
    assert (out / "claims.md").read_text(encoding="utf-8") != "my own claims"
    assert export(db, out) == 0  # its own folder: re-exported as before
    assert (out / "reading list.md").read_text(encoding="utf-8") == "mine, not in the way"


def test_csv_export_follows_the_same_rule(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    out.mkdir()
    (out / "entities.csv").write_text("my spreadsheet", encoding="utf-8")
    assert export(db, out, fmt="csv") == 1
    assert (out / "entities.csv").read_text(encoding="utf-8") == "my spreadsheet"
    assert export(db, out, "--overwrite", fmt="csv") == 0


def test_overwrite_is_a_usage_error_for_one_file_formats(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(db, tmp_path / "export.json", "--overwrite", fmt="json") == 2
    assert "--overwrite only applies to --format" in capsys.readouterr().err
