"""A command starting a library in a folder that is not there says so; the app is one.

Why: ``import`` (or ``workbench --db typo/x.sqlite gui``) on a mistyped folder made the
library and every missing folder on its path without a word; the analyst then looked
for their work in the library they meant. Reading commands refuse such a path.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.support import run_cli as run
from workbench import cli
from workbench.ui.app import startup


def test_import_into_a_new_path_says_it_starts_a_library_and_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "rain.txt"
    article.write_text("Rain fell on Monday.\n", encoding="utf-8")
    library = tmp_path / "typo" / "deeper" / "library.sqlite"
    assert run(library, "import", "--no-analyze", "--json", str(article)) == 0
    err = capsys.readouterr().err
    assert f"no library at {library}: starting a new one" in err
    assert f"making the folder {tmp_path / 'typo'}" in err


def test_a_new_library_in_an_existing_folder_is_started_without_a_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "rain.txt"
    article.write_text("Rain fell on Monday.\n", encoding="utf-8")
    library = tmp_path / "library.sqlite"
    assert run(library, "import", "--no-analyze", str(article)) == 0
    assert "starting" not in capsys.readouterr().err  # how a new case starts: not remarked on
    assert library.is_file()


@pytest.mark.parametrize("argv", [["gui"], []])
def test_the_app_on_a_new_path_says_so_before_it_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    library = tmp_path / "typo" / "library.sqlite"
    opened: list[str | None] = []
    monkeypatch.setattr(cli, "missing_display", lambda: "")
    monkeypatch.setattr(startup, "run_app", lambda db, _author: opened.append(db) or 0)
    assert cli.main(["--db", str(library), *argv]) == 0
    assert opened == [str(library)]
    err = capsys.readouterr().err
    assert f"no library at {library}: starting a new one, making the folder {library.parent}" in err


def test_reading_commands_still_refuse_a_missing_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "typo" / "library.sqlite"
    assert run(library, "list") == 1
    assert "no library at" in capsys.readouterr().err
    assert not library.parent.exists()


def test_no_new_library_is_announced_when_the_app_cannot_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Why: without the desktop app nothing makes the library, so "starting a new one,
    making the folder …" before "the desktop app is not available" was untrue."""
    library = tmp_path / "typo" / "library.sqlite"
    monkeypatch.setattr(cli, "missing_display", lambda: "")
    monkeypatch.setitem(sys.modules, "workbench.ui.app.startup", None)  # import fails
    assert cli.main(["--db", str(library)]) == 1
    err = capsys.readouterr().err
    assert "desktop app is not available" in err
    assert "starting a new one" not in err
