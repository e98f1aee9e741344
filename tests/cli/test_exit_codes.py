"""Every command's exit code agrees with the README: 1 failed input, 2 usage.

The table names, per command, bad input and what it must give: the code and
a fragment of the one error line. A missing document, claim, annotation, tag,
entity or file is failed input (1); an unknown option, a blank or malformed
value, or options that cannot go together is a usage error (2).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from tests.hostile.test_cli_input import make_library as make_base_library
from tests.support import run_cli
from workbench.cli import build_parser
from workbench.store import Store

# (argv, expected exit code, fragment of the error line); {missing} is a path that does not exist,
# {file} a one-article text file.
TABLE: list[tuple[tuple[str, ...], int, str]] = [
    (("import", "--no-analyze", "{missing}"), 1, "no such file or folder"),
    (("import",), 2, "required: PATH"),
    (("reanalyze", "99"), 1, "no document with id 99"),
    (("reanalyze", "--workers", "0"), 2, "argument --workers"),
    (("reanalyze", "1", "--outdated"), 2, "give documents or --outdated, not both"),
    (("list", "--sort", "colour"), 2, "invalid choice"),
    (("show", "99"), 1, "no document with id 99"),
    (("show", "Nonexistent title"), 1, "no document whose title starts with 'Nonexistent title'"),
    (("show", " "), 2, "empty DOC"),
    (("search", '"unclosed', "--advanced"), 2, "invalid search syntax"),
    (("search", "sky", "--limit", "0"), 2, "argument --limit"),
    (("tag", "99", "t"), 1, "no document with id 99"),
    (("tag", "1", "t", "--quote", "zzz"), 1, "text not found in the document: 'zzz'"),
    (("tag", "1", "t", "--quote", "   "), 2, "empty quote"),
    (("tag", "1", " / "), 2, "a tag needs a name"),
    (("tag", "1", "t", "--start", "3"), 2, "give both --start and --end"),
    (("tag", "1", "t", "--occurrence", "2"), 2, "--occurrence picks a match of --quote TEXT"),
    (("untag", "1", "zz"), 1, "no tag 'zz'"),
    (("untag", "a"), 2, "give a DOC or --annotation ID"),
    (("untag", "1", "a", "--annotation", "1"), 2, "not both"),
    (("tags", "delete", "zz"), 1, "no tag 'zz'"),
    (("tags", "merge", "a", "a"), 1, "cannot merge tag 'a' into itself"),
    (("tags", "color", "a", "red"), 2, "expected a colour as #rrggbb"),
    (("annotate", "1", "--quote", "zzz"), 1, "text not found"),
    (("annotate", "99", "--quote", "Alice"), 1, "no document with id 99"),
    (("annotate", "1"), 2, "give --quote TEXT"),
    (("annotate", "1", "--quote", "Alice", "--color", "#zzzzzz"), 2, "unknown colour"),
    (("annotate", "1", "--quote", "Alice", "--quiet", "--json"), 2, "not allowed with"),
    (("note", "99", "text"), 1, "no annotation with id 99"),
    (("note", "abc", "text"), 2, "expected an id"),
    (("delete-annotation", "99"), 1, "no annotation with id 99"),
    (("delete-annotation",), 2, "required: ANNOTATION"),
    (("claim", "1", "--quote", "zzz"), 1, "text not found"),
    (("claim", "--from-quote", "99"), 1, "no quote"),
    (("claim",), 2, "give a DOC with --quote TEXT"),
    (("claim", "1", "--from-quote", "1"), 2, "not both"),
    (("claim", "--from-quote", "1", "--occurrence", "2"), 2, "--from-quote names one"),
    (("claim", "1", "--quote", "\t \n"), 2, "empty quote"),
    (("claim-status", "99", "disputed"), 1, "no claim with id 99"),
    (("claim-status", "2", "maybe"), 2, "invalid choice"),
    (("claims", "--doc", "99"), 1, "no document with id 99"),
    (("claims", "--tag", "zz"), 1, "no tag 'zz'"),  # as timeline and export --tag say
    (("claims", "--status", "maybe"), 2, "invalid choice"),
    (("link", "2", "99", "--relation", "same"), 1, "no claim with id 99"),
    (("link", "1", "1", "--relation", "same"), 1, "no claim with id 1"),  # a highlight
    (("link", "2", "3"), 2, "required: --relation"),
    (("unlink", "99"), 1, "no link with id 99"),
    (("unlink", "x"), 2, "expected an id"),
    (("suggest", "99"), 1, "no claim with id 99"),
    (("suggest",), 2, "give a CLAIM id or --batch FILE"),
    (("redo",), 1, "nothing to redo"),
    (("undo", "now"), 2, "unrecognized arguments"),
    (("redo", "now"), 2, "unrecognized arguments"),
    (("entities", "--type", "bogus"), 2, "invalid choice"),
    (("entity", "show", "Nobody"), 1, "no entity named 'Nobody'"),
    (("entity", "show", "99"), 1, "no entity with id 99"),
    (("entity", "merge", "1", "99"), 1, "no entity with id 99"),
    (("entity", "rename", "1", " "), 2, "empty name"),
    (("entity", "rename", "2", "alice  SMITH"), 1,
     "'Alice Smith' (PERSON) is entity 1 already; to make entity 2 that one, merge it: "
     "workbench entity merge 1 2"),
    (("entity", "alias", "1", "Smyth", "--remove"), 1, "entity 1 has no alias 'Smyth'"),
    (("entity", "type", "1", "BOGUS"), 2, "invalid choice"),
    (("entity", "hide", "Nobody"), 1, "no entity named 'Nobody'"),
    (("quotes", "--kind", "said"), 2, "invalid choice"),
    (("screenshot", "--out", "{missing}.png", "--doc", "99"), 1, "no document with id 99"),
    (("screenshot",), 2, "required: --out"),
    (("update", "99", "{file}"), 1, "no document with id 99"),
    (("update", "1", "{missing}"), 1, "does not exist"),
    (("update", "1"), 2, "required: FILE"),
    (("versions", "99"), 1, "no document with id 99"),
    (("versions",), 2, "required: DOC"),
    (("diff", "1"), 1, "document 1 has no version before 1"),
    (("diff", "1", "--from", "x"), 2, "argument --from"),
    (("diff", "1", "--from", "0"), 2, "expected a whole number of 1 or more, got '0'"),
    (("diff", "1", "--to", "-1"), 2, "argument --to"),
    (("diff", "1", "--from", "9"), 1, "no version 9"),
    (("orphans", "now"), 2, "unrecognized arguments"),
    (("reattach", "99", "--quote", "Alice"), 1, "no annotation with id 99"),
    (("reattach", "1", "--quote", "zzz"), 1, "text not found"),
    (("reattach", "1"), 2, "give --quote TEXT"),
    (("check", "--fix"), 2, "unrecognized arguments"),
    (("backup", "--list", "--quiet"), 2, "--quiet does not apply to --list"),
    (("restore", "{missing}"), 1, "does not exist"),
    (("restore",), 2, "required: BACKUP"),
    (("export", "--format", "json", "--doc", "99"), 1, "no document with id 99"),
    (("export", "--format", "csv"), 2, "--out"),
    (("export", "--format", "bundle", "--since", "last week"), 2, "--since takes a date"),
    (("export", "--format", "bundle", "--since", "2026-02-30"), 2, "--since takes a date"),
    (("export", "--format", "json", "--author", "Ana"), 2, "--format bundle only"),
    (("export", "--format", "bundle", "--doc", "1"), 2, "not by --doc or --tag"),
    (("export", "--format", "bundle", "--author", " "), 2, "--author needs a name"),
    (("export", "--format", "bundle", "--author", "Nobody"), 1, "no author called 'Nobody'"),
    (("grade", "claim", "2", "9"), 2, "credibility must be one of 1-6"),
    (("grade", "source", "Nobody", "A"), 1, "no source named 'Nobody'"),
    (("grade", "document", "1"), 2, "give a GRADE"),
    (("timeline", "--from", "2023-13"), 2, "'2023-13' is not a date"),
    (("timeline", "--to", "soon"), 2, "'soon' is not a date"),
    (("timeline", "--entity", "Nobody Atall"), 1, "no entity named 'Nobody Atall'"),
    (("timeline", "--story", "99"), 1, "no claim with id 99"),
    (("timeline", "--status", "maybe"), 2, "invalid choice"),
    (("compare", "1", "99"), 1, "no document with id 99"),
    (("compare", "1", "1"), 1, "document 1 compared with itself"),
    (("compare", "1"), 2, "required: DOC_B"),
    (("ach", "show", "99"), 1, "no analysis with id 99"),
    (("ach", "rate", "1", "1", "1", "C"), 1, "no analysis with id 1"),
    (("ach", "new", "  "), 2, "empty question"),
    (("ach", "frobnicate"), 2, "invalid choice"),
    (("merge", "{missing}"), 1, "no such file"),
    (("merge", "{file}"), 1, "neither a library file nor a JSON export"),
    (("merge",), 2, "required: OTHER"),
    (("conflicts", "now"), 2, "unrecognized arguments"),
    (("resolve", "99", "mine"), 1, "no conflict with id 99"),
    (("resolve", "1", "maybe"), 2, "invalid choice"),
]


def make_library(path: Path) -> Path:
    """The hostile CLI tests' library (documents, highlight, linked claims, tag), two entities."""
    make_base_library(path)
    with Store(path) as store, store.db.conn:
        store.db.execute("INSERT INTO entities (name, name_key, label)"
                         " VALUES ('Alice Smith', 'alice smith', 'PERSON')")
        store.db.execute("INSERT INTO entities (name, name_key, label)"
                         " VALUES ('A. Smith', 'a. smith', 'PERSON')")
    return path


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One library for the whole table: no failing command may change it."""
    return make_library(tmp_path_factory.mktemp("exit-codes") / "library.sqlite")


def _name(case: tuple[tuple[str, ...], int, str]) -> str:
    return f"{' '.join(case[0])} -> {case[1]}"


@pytest.mark.parametrize("case", TABLE, ids=[_name(case) for case in TABLE])
def test_exit_code_and_message(
    library: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: tuple[tuple[str, ...], int, str],
) -> None:
    argv, code, fragment = case
    article = tmp_path / "article.txt"
    article.write_text("A new text.", encoding="utf-8")
    paths = {"missing": str(tmp_path / "gone" / "nothing.txt"), "file": str(article)}
    assert run_cli(library, *(part.format(**paths) for part in argv)) == code
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert "Traceback" not in captured.err
    assert lines and lines[0].startswith("workbench: "), captured.err
    assert fragment in captured.err
    assert captured.out == ""


def _commands() -> set[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(action.choices) - {"gui"}


def test_the_table_covers_every_command() -> None:
    covered = {argv[0] for argv, _, _ in TABLE}
    assert sorted(_commands() - covered) == []


# Commands that name nothing in the library: their failed input is the library file itself
# (a folder given as --db, below) or, for undo, an empty history.
NAME_NOTHING = [
    "backup", "check", "conflicts", "entities", "list", "orphans", "quotes", "search"
]  # fmt: skip


def test_the_table_tries_both_codes_for_every_command_that_can_fail_both_ways() -> None:
    failing = {argv[0] for argv, code, _ in TABLE if code == 1}
    misusing = {argv[0] for argv, code, _ in TABLE if code == 2}
    assert sorted(_commands() - misusing) == []
    assert sorted(_commands() - failing) == sorted([*NAME_NOTHING, "undo"])


def test_nothing_to_undo_is_failed_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Store(tmp_path / "empty.sqlite").close()  # a library with nothing done in it yet
    assert run_cli(tmp_path / "empty.sqlite", "undo") == 1
    assert capsys.readouterr().err == "workbench: nothing to undo\n"


@pytest.mark.parametrize("command", NAME_NOTHING)
def test_a_folder_as_library_is_failed_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    argv = [command, "sky"] if command == "search" else [command]
    assert run_cli(tmp_path, *argv) == 1
    assert "is a folder, not a library file" in capsys.readouterr().err


def test_importing_a_missing_file_counts_it_as_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Story\n\nA short story about nothing.", encoding="utf-8")
    missing = tmp_path / "nonexistent" / "file.txt"
    assert run_cli(tmp_path / "lib.sqlite", "import", "--no-analyze", str(story), str(missing)) == 1
    err = capsys.readouterr().err
    assert f"{missing}: no such file or folder" in err
    assert "imported 1 document," in err and "1 failed" in err


def test_a_long_missing_title_keeps_its_closing_quote(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = "Nonexistent title " * 12
    assert run_cli(library, "show", title) == 1
    line = capsys.readouterr().err.rstrip("\n")
    assert line.endswith("'") and line.count("'") == 2
