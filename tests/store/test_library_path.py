"""``library_path``: the one rule for which file ``--db`` (or its absence) names, used by
every command, ``check``/``restore`` and the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.store import DB_ENV, library_path


def test_a_given_path_is_used_with_the_home_folder_expanded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert library_path("~/work/lib.sqlite") == tmp_path / "work" / "lib.sqlite"
    assert library_path(str(tmp_path / "x.sqlite")) == tmp_path / "x.sqlite"


@pytest.mark.parametrize("db", [None, ""])
def test_no_path_is_the_environment_library_else_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db: str | None
) -> None:
    monkeypatch.setenv(DB_ENV, str(tmp_path / "env.sqlite"))
    assert library_path(db) == tmp_path / "env.sqlite"
    monkeypatch.delenv(DB_ENV)
    assert library_path(db).name == "library.sqlite"


def test_commands_and_check_open_the_library_the_rule_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert run_cli(Path("~/lib.sqlite"), "list") == 1  # a reading command makes no library
    assert f"no library at {tmp_path / 'lib.sqlite'}" in capsys.readouterr().err
    assert run_cli(Path("~/lib.sqlite"), "tags") == 1  # so does any command but a starting one
    assert not (tmp_path / "lib.sqlite").exists()
    assert run_cli(Path("~/lib.sqlite"), "ach", "new", "Who leaked it?", "--quiet") == 0
    assert (tmp_path / "lib.sqlite").exists()
    assert run_cli(Path("~/lib.sqlite"), "list") == 0
    assert run_cli(Path("~/lib.sqlite"), "backup", "--quiet") == 0
    assert run_cli(Path("~/lib.sqlite"), "backup", "--list", "--json") == 0
    assert "lib" in capsys.readouterr().out


@pytest.mark.parametrize("spelling", ["cases/", "new/cases/"])
def test_a_db_spelt_as_a_folder_is_refused_and_makes_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    spelling: str,
) -> None:
    """Attack run 15: ``--db cases/`` made a library file called ``cases``."""
    monkeypatch.chdir(tmp_path)
    assert run_cli(spelling, "list") == 1
    err = capsys.readouterr().err
    assert f"--db {spelling} names a folder" in err and "library.sqlite" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [("list",), ("ach", "new", "Who?")])
def test_a_db_naming_a_folder_exits_1_with_or_without_a_trailing_slash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    """Attack round 7: the same folder exited 1 as ``cases`` but 2 as ``cases/``; both are
    failed input (a path that is no library file), as ``export --out`` refuses a folder."""
    folder = tmp_path / "cases"
    folder.mkdir()
    assert run_cli(str(folder), *command) == 1
    assert run_cli(f"{folder}/", *command) == 1
    err = capsys.readouterr().err
    assert "is a folder, not a library file" in err and "names a folder" in err
    assert list(folder.iterdir()) == []


def test_a_usage_error_still_comes_before_a_db_spelt_as_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_cli("cases/", "import", "") == 2  # an empty PATH is usage, whatever the --db


def test_a_library_name_too_long_for_a_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In a folder still to be made it was "library error: unable to open database file"."""
    assert run_cli(tmp_path / "new" / ("y" * 300 + ".sqlite"), "ach", "new", "Who?") == 1
    err = capsys.readouterr().err
    assert "is too long (307 bytes; at most 255)" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("argv", [
    ("import", "--no-analyze", "{article}"), ("merge", "{other}"), ("ach", "new", "Who?"),
])
def test_the_starting_commands_make_a_library_a_db_names_in_a_new_folder(
    tmp_path: Path, argv: tuple[str, ...]
) -> None:
    """Only these bring content into a library from nothing; every other command refuses a
    ``--db`` naming no file (tests/cli/test_listing_attack.py)."""
    article = tmp_path / "article.txt"
    article.write_text("Rain fell on Tuesday.\n\nThe river rose by a metre overnight.\n")
    other = tmp_path / "other.sqlite"
    assert run_cli(other, "ach", "new", "Why?") == 0
    args = [part.format(article=article, other=other) for part in argv]
    assert run_cli(tmp_path / "new" / "lib.sqlite", *args) == 0
    assert (tmp_path / "new" / "lib.sqlite").is_file()


def test_without_db_a_first_listing_meets_an_empty_default_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A new user's first ``workbench list`` is not an error: the default library is theirs."""
    from workbench.cli import main

    monkeypatch.delenv(DB_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["list"]) == 0
    assert capsys.readouterr().out == "No documents.\n"
    assert (tmp_path / "AnalystWorkbench" / "library.sqlite").is_file()


def test_a_missing_library_the_environment_names_is_refused_as_a_db_path_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Attack run 19: a mistyped ``WORKBENCH_DB`` made an empty library and its folders on
    every command ("No documents."), and a tag or a note went into it, not the library meant.
    """
    from workbench.cli import main

    missing = tmp_path / "typo" / "library.sqlite"
    monkeypatch.setenv(DB_ENV, str(missing))
    assert main(["list"]) == 1
    assert main(["tag", "1", "budget"]) == 1
    err = capsys.readouterr().err
    assert f"no library at {missing}" in err and "check $WORKBENCH_DB" in err
    assert not missing.parent.exists()
    article = tmp_path / "rain.txt"
    article.write_text("Rain fell on Monday.\n", encoding="utf-8")
    assert main(["import", "--no-analyze", str(article)]) == 0  # a starting command starts it
    assert f"starting a new one, making the folder {missing.parent}" in capsys.readouterr().err
    assert main(["list"]) == 0
