"""Every import line stays one line, whatever a file name holds; a link loop is named as such."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from workbench.cli import main


def test_a_duplicate_whose_name_holds_a_newline_is_reported_on_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "library.sqlite")
    odd = tmp_path / "council\nvote.txt"
    odd.write_text("Council vote\n\nThe council voted on Monday.\n", "utf-8")
    assert main(["--db", db, "import", "--no-analyze", str(odd)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "import", "--no-analyze", str(odd)]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert any(line.endswith("vote.txt: already in the library as document 1 (Council vote)")
               and "council\\u000avote" in line for line in lines)


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_link_to_itself_is_not_called_missing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop.name)
    assert main(["--db", str(tmp_path / "l.sqlite"), "import", "--no-analyze", str(loop)]) == 1
    assert "symbolic link to a missing file, or a loop of links" in capsys.readouterr().err


def test_a_duplicate_is_named_by_the_stored_documents_title(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The line says which document the library already holds, not the incoming file's title."""
    db = str(tmp_path / "library.sqlite")
    body = "LONDON - The minister said the bridge would reopen in May.\n"
    first, second = tmp_path / "c.txt", tmp_path / "d.txt"
    first.write_text("Plain title two\n\n" + body, "utf-8")
    second.write_text("Title three\n\n" + body, "utf-8")
    assert main(["--db", db, "import", "--no-analyze", str(first)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "import", "--no-analyze", "--json", str(second)]) == 0
    captured = capsys.readouterr()
    assert "d.txt: already in the library as document 1 (Plain title two)" in captured.err
    assert json.loads(captured.out)["already_present"][0]["title"] == "Plain title two"


def test_a_merged_export_document_is_named_by_the_stored_title(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A workbench JSON export matched by its text names the library's document too."""
    body = "LONDON - The minister said the bridge would reopen in May.\n"
    first, second = tmp_path / "c.txt", tmp_path / "d.txt"
    first.write_text("Plain title two\n\n" + body, "utf-8")
    second.write_text("Title three\n\n" + body, "utf-8")
    theirs, mine = str(tmp_path / "theirs.sqlite"), str(tmp_path / "mine.sqlite")
    export = tmp_path / "theirs.json"
    assert main(["--db", theirs, "import", "--no-analyze", str(second)]) == 0
    assert main(["--db", theirs, "export", "--format", "json", "--out", str(export)]) == 0
    assert main(["--db", mine, "import", "--no-analyze", str(first)]) == 0
    capsys.readouterr()
    assert main(["--db", mine, "import", "--json", str(export)]) == 0
    present = json.loads(capsys.readouterr().out)["already_present"]
    assert [row["title"] for row in present] == ["Plain title two"]
