"""A library file whose claims or notes hold values of the wrong type are read as missing.

Attack run 11: a claim's statement or a note's Markdown written as a BLOB, a start as
a word, a credibility as 2.5 (by another program or by hand): ``claims`` and the JSON
export stopped on a TypeError traceback, ``timeline``, ``compare`` and the Markdown
export on "invalid literal for int()", and ``check --repair`` said ok and left them.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.hostile.tampering import read_through
from tests.support import run_cli
from workbench.core.models import Article
from workbench.store import Store

TEXT = "The council closed the bridge on Tuesday. \"It is not safe,\" the mayor said."
TAMPERING = ("UPDATE annotations SET start = 'abc' WHERE kind = 'claim';"
             " UPDATE annotations SET note_md = x'ff00' WHERE kind = 'note';"
             " UPDATE claims SET statement = x'41', credibility = 2.5")


@pytest.fixture
def tampered(library_path: Path) -> Path:
    store = Store(library_path)
    for number in (1, 2):
        store.documents.add_article(Article(f"Bridge report {number}", f"{TEXT} {number}",
                                            published="2024-03-0" + str(number)), analyze=False)
    store.close()
    assert run_cli(library_path, "claim", "1", "--quote", "closed the bridge", "--quiet") == 0
    assert run_cli(library_path, "annotate", "1", "--quote", "mayor", "--note", "*who*") == 0
    with closing(sqlite3.connect(library_path)) as conn:
        conn.executescript(TAMPERING)
    return library_path


@pytest.mark.parametrize("argv", [
    ["claims"], ["claims", "--json"], ["show", "1"], ["timeline"], ["timeline", "--json"],
    ["compare", "1", "2"], ["export", "--format", "json", "--out", "-"],
    ["export", "--format", "markdown", "--out", "{tmp}/notes"],
])
def test_reading_commands_read_them_as_missing(
        tampered: Path, argv: list[str], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert "`workbench check --repair`" in read_through(tampered, argv, tmp_path, capsys)


def test_check_lists_them_and_repair_leaves_a_library_every_command_reads(
        tampered: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(tampered, "check") == 1
    out = capsys.readouterr().out
    for found in ("annotations row 1: start holds a text", "note_md holds a blob",
                  "claims row 1: statement holds a blob", "credibility holds a real"):
        assert found in out
    assert run_cli(tampered, "check", "--repair") == 0
    assert "converted to 'A'" in capsys.readouterr().out
    assert run_cli(tampered, "check") == 0
    capsys.readouterr()
    assert run_cli(tampered, "claims", "--json") == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    claim = json.loads(captured.out)[0]
    assert claim["statement"] == "A" and claim["credibility"] is None


@pytest.mark.parametrize("argv", [["claims", "--json"], ["claims"],
                                  ["export", "--format", "json", "--out", "-"]])
def test_columns_the_claims_read_renames_are_read_as_missing_too(
        library_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Attack run 12: the claims read took ``exact AS text``, ``title AS document_title``
    and ``claimant_text`` inside a coalesce, so the guard (which knows a column by its
    name) let a BLOB through and `claims --json` stopped on a TypeError traceback."""
    store = Store(library_path)
    store.documents.add_article(Article("Bridge report", TEXT), analyze=False)
    store.close()
    assert run_cli(library_path, "claim", "1", "--quote", "closed the bridge", "--quiet") == 0
    with closing(sqlite3.connect(library_path)) as conn:
        conn.executescript("UPDATE annotations SET exact = x'00ff';"
                           " UPDATE claims SET claimant_text = x'00ff', claimant_entity_id = NULL;"
                           " UPDATE documents SET title = x'00ff'")
    capsys.readouterr()
    assert run_cli(library_path, *argv) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "`workbench check --repair`" in captured.err
    if argv == ["claims", "--json"]:
        claim = json.loads(captured.out)[0]
        assert (claim["text"], claim["claimant"]) == ("", None), claim


def test_a_merge_into_a_library_holding_a_wrong_type_is_refused_in_one_line(
        tampered: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Attack run 12: the merge compared and recorded our values as held, and a BLOB
    statement stopped it on "bytes is not JSON serializable" (a traceback)."""
    other = tmp_path / "other.sqlite"
    store = Store(other)
    store.documents.add_article(Article("Bridge report 1", f"{TEXT} 1"), analyze=False)
    store.close()
    assert run_cli(other, "claim", "1", "--quote", "the mayor", "--quiet") == 0
    before = _raw_rows(tampered)
    capsys.readouterr()
    assert run_cli(tampered, "merge", str(other)) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if "wrong type" not in line]
    assert errors == ["workbench: this library holds a text where annotations.start needs"
                      " integer (rowid 1); nothing was merged (`workbench check --repair`"
                      " repairs the values it knows)"]
    assert _raw_rows(tampered) == before
    assert run_cli(tampered, "check", "--repair") == 0
    assert run_cli(tampered, "merge", str(other)) == 0


def _raw_rows(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT id, start, note_md FROM annotations ORDER BY id").fetchall()
