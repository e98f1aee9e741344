"""Every import line stays one line, whatever a file name holds; a link loop is named as such."""

from __future__ import annotations

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
