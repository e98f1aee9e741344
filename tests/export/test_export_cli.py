"""``workbench export`` and ``workbench import export.json`` on the command line (in process)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.export.rendering import exported_files
from workbench.cli import main


def test_markdown_export(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "notes"
    assert main(["--db", str(db), "export", "--format", "markdown", "--out", str(out)]) == 0
    assert "wrote 9 notes, index.md, claims.md and timeline.md" in capsys.readouterr().err
    assert (out / "index.md").is_file() and len(exported_files(out)) == 12


def test_markdown_wikilinks_for_one_document(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes"
    args = ["--db", str(db), "export", "--format", "markdown", "--out", str(out)]
    assert main([*args, "--doc", "../../etc", "--wikilinks"]) == 0
    note = (out / "etc passwd.md").read_text(encoding="utf-8")
    assert note.count("(not exported)") == 3
    assert "[[etc passwd#^claim-1|" in (out / "claims.md").read_text(encoding="utf-8")


def test_json_to_stdout_and_back_into_another_library(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "export", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "workbench-export" and len(data["documents"]) == 9
    exported = tmp_path / "export.json"
    assert main(["--db", str(db), "export", "--format", "json", "--out", str(exported)]) == 0
    other = tmp_path / "other.sqlite"
    assert main(["--db", str(other), "import", str(exported), "--no-analyze"]) == 0
    assert "imported 9 documents" in capsys.readouterr().err
    assert main(["--db", str(other), "import", str(exported)]) == 0
    assert "imported 0 documents, 9 already in the library" in capsys.readouterr().err


def test_webannotation_and_csv(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "annotations.jsonld"
    assert main(["--db", str(db), "export", "--format", "webannotation", "--out", str(target)]) == 0
    assert json.loads(target.read_text())["type"] == "AnnotationCollection"
    folder = tmp_path / "tables"
    assert (
        main(["--db", str(db), "export", "--format", "csv", "--out", str(folder), "--tag", "topic"])
        == 0
    )
    claims = (folder / "claims.csv").read_text(encoding="utf-8").splitlines()
    assert len(claims) == 4  # header and the three claims of the two tagged documents


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--format", "csv"], "--format csv writes a folder: give --out FOLDER"),
        (["--format", "markdown", "--out", "-"], "--format markdown writes a folder"),
        (["--format", "markdown", "--out", " "], "--out needs a path ('-' for stdout)"),
        (["--format", "json", "--wikilinks"], "--wikilinks only applies to --format markdown"),
        (["--format", "csv", "--wikilinks"], "--format csv writes a folder"),  # the first problem
        (["--format", "json", "--since", "2026-01-01"], "--format bundle only"),
        (["--format", "bundle", "--tag", "topic", "--since", "someday"], "not by --doc or --tag"),
        (["--format", "bundle", "--author", "", "--since", "someday"], "--author needs a name"),
        (["--format", "bundle", "--since", "someday"], "--since takes a date"),
    ],
)
def test_usage_errors_exit_2(
    db: Path, extra: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "export", *extra]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("workbench: ") and words in err[0]


@pytest.mark.parametrize(
    "extra",
    [
        ["--format", "json", "--tag", "no such tag"],
        ["--format", "json", "--doc", "no such document"],
    ],
)
def test_what_is_not_there_is_failed_input(
    db: Path, extra: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "export", *extra]) == 1
    assert "workbench: no " in capsys.readouterr().err


def test_markdown_refuses_a_file_as_folder(db: Path, tmp_path: Path) -> None:
    file = tmp_path / "file.md"
    file.write_text("keep")
    assert main(["--db", str(db), "export", "--format", "markdown", "--out", str(file)]) == 1
    assert file.read_text() == "keep"


def test_a_folder_given_for_a_one_file_format_is_failed_input(tmp_path, capsys) -> None:
    from workbench.cli import main
    from workbench.store import Store

    Store(tmp_path / "lib.sqlite").close()  # export refuses a --db naming no library first
    assert main(["--db", str(tmp_path / "lib.sqlite"), "export", "--format", "json",
                 "--out", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err
