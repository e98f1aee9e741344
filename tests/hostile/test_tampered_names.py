"""Entity names, aliases, hypotheses, link and history notes of the wrong type read as missing.

Attack run 13: the tampered-value scan looked at documents, tags, sources, annotations
and claims only. A BLOB entity name stopped ``entities``, ``entity show``, ``compare``
and the Markdown export ("normalize() argument 2 must be str, not bytes", "'bytes'
object has no attribute 'casefold'"), a BLOB hypothesis ``ach show``, a BLOB alias
``entities``, a BLOB link or status note ``show --json``, a BLOB version title
``versions --json``. They are scanned, read as missing, listed by ``check`` and repaired.
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

TEXT = "Anna Berg closed the bridge on Tuesday. \"It is not safe,\" Anna Berg said."
TAMPERING = ("UPDATE entities SET name = CAST(x'ff' || id AS BLOB);"
             " UPDATE entity_aliases SET alias = x'00ff';"
             " UPDATE ach_hypotheses SET text = x'00ff';"
             " UPDATE ach_analyses SET question = x'00ff';"
             " UPDATE links SET note = x'00ff';"
             " UPDATE claim_status_history SET note = x'00ff';"
             " UPDATE document_versions SET title = x'00ff';")


@pytest.fixture
def tampered(library_path: Path, tmp_path: Path) -> Path:
    store = Store(library_path)
    for number in (1, 2):
        store.documents.add_article(Article(f"Bridge report {number}", f"{TEXT} {number}"),
                                    analyze=False)
    store.close()
    new = tmp_path / "new.txt"
    new.write_text(TEXT + " Again.", encoding="utf-8")
    for argv in (["entity", "create", "1", "--quote", "Anna Berg", "--type", "person"],
                 ["entity", "create", "2", "--quote", "Anna Berg", "--type", "person"],
                 ["entity", "alias", "1", "Mayor Berg"],
                 ["claim", "1", "--quote", "closed the bridge", "--claimant", "Anna Berg"],
                 ["claim", "2", "--quote", "closed the bridge"],
                 ["link", "1", "2", "--relation", "same", "--note", "both"],
                 ["claim-status", "1", "disputed", "--note", "why"],
                 ["ach", "new", "Is it safe?"], ["ach", "hypothesis", "1", "safe"],
                 ["ach", "hypothesis", "1", "unsafe"], ["ach", "evidence", "1", "1"],
                 ["update", "2", str(new), "--no-analyze"]):
        assert run_cli(library_path, *argv, "--quiet") == 0, argv
    with closing(sqlite3.connect(library_path)) as conn:
        conn.executescript(TAMPERING)
    return library_path


@pytest.mark.parametrize("argv", [
    ["entities"], ["entities", "--json"], ["entity", "show", "1"], ["entity", "duplicates"],
    ["show", "1", "--json"], ["claims", "--json"], ["compare", "1", "2"], ["ach", "show", "1"],
    ["ach", "show", "1", "--json"], ["ach", "list"], ["versions", "2", "--json"],
    ["export", "--format", "json", "--out", "-"],
    ["export", "--format", "markdown", "--out", "{tmp}/notes"],
    ["export", "--format", "csv", "--out", "{tmp}/tables"],
    ["export", "--format", "bundle", "--out", "{tmp}/bundle.json"],
])
def test_reading_commands_read_them_as_missing(
        tampered: Path, argv: list[str], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert "`workbench check --repair`" in read_through(tampered, argv, tmp_path, capsys)


def test_check_lists_them_and_repair_names_the_entity(
        tampered: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(tampered, "check") == 1
    out = capsys.readouterr().out
    for found in ("entities row 1: name holds a blob", "entity_aliases row 1: alias holds",
                  "ach_hypotheses row 1: text holds", "links row 1: note holds",
                  "document_versions row 1: title holds"):
        assert found in out, out
    assert run_cli(tampered, "check", "--repair") == 0
    assert "renamed to 'entity 1'" in capsys.readouterr().out
    assert run_cli(tampered, "check") == 0
    capsys.readouterr()
    assert run_cli(tampered, "entity", "show", "entity 1", "--json") == 0
    captured = capsys.readouterr()
    assert captured.err == "" and json.loads(captured.out)["entity"]["name"] == "entity 1"


@pytest.mark.parametrize(("table_sql", "setup"), [
    ("UPDATE sources SET name = CAST('reuters ' AS BLOB) WHERE name = 'AP'",
     [["grade", "source", "Reuters", "A"], ["grade", "source", "AP", "B"]]),
    ("UPDATE tags SET path = CAST('Places' AS BLOB) WHERE path = 'people'",
     [["tag", "1", "places"], ["tag", "1", "people"]]),
])
def test_a_repair_never_gives_a_name_whose_key_another_row_holds(
        library_path: Path, table_sql: str, setup: list[list[str]]) -> None:
    """A BLOB name converted to text whose key another row holds ("reuters " beside
    "Reuters": one source key) is renamed instead: the repair used to stop on the key's
    UNIQUE index with nothing repaired."""
    store = Store(library_path)
    for source in ("Reuters", "AP"):
        store.documents.add_article(Article(f"Bridge report {source}", f"{TEXT} {source}",
                                            source=source),
                                    analyze=False)
    store.close()
    for argv in setup:
        assert run_cli(library_path, *argv, "--quiet") == 0, argv
    with closing(sqlite3.connect(library_path)) as conn:
        conn.executescript(table_sql)
    assert run_cli(library_path, "check", "--repair") == 0
    assert run_cli(library_path, "check") == 0
