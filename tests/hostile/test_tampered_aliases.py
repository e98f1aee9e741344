"""A wrong-typed value read under another name (``d.title AS document_title``) is missing too.

Attack run 13: the guard on a tampered library knows a column by the name a statement
reads it under, so a BLOB title read ``AS document_title`` (the ACH evidence rows, the
orphans list) or a BLOB highlight read through ``coalesce(c.statement, a.exact) AS
statement`` passed: ``ach show --json``, ``orphans`` and the JSON and Markdown exports
stopped on "bytes is not JSON serializable" or "expected str instance, bytes found".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hostile.tampering import read_through, tamper
from tests.support import run_cli
from workbench.core.models import Article
from workbench.store import Store

TEXT = "The council closed the bridge on Tuesday. \"It is not safe,\" the mayor said."
NEW_TEXT = "The council opened the bridge on Friday. \"It is safe now,\" the mayor said."


@pytest.fixture
def library(library_path: Path, tmp_path: Path) -> Path:
    """Two documents, a claim and a note weighed in an analysis; the note orphaned."""
    store = Store(library_path)
    for number in (1, 2):
        store.documents.add_article(Article(f"Bridge report {number}", f"{TEXT} {number}"),
                                    analyze=False)
    store.close()
    for argv in (["claim", "1", "--quote", "closed the bridge"],
                 ["annotate", "1", "--quote", "the mayor", "--note", "who?"],
                 ["ach", "new", "Is it safe?"], ["ach", "hypothesis", "1", "safe"],
                 ["ach", "hypothesis", "1", "unsafe"], ["ach", "evidence", "1", "1"],
                 ["ach", "evidence", "1", "2"]):
        assert run_cli(library_path, *argv, *(["--quiet"] if argv[0] != "ach" else [])) == 0
    new = tmp_path / "new.txt"
    new.write_text(NEW_TEXT, encoding="utf-8")
    assert run_cli(library_path, "update", "2", str(new), "--no-analyze", "--quiet") == 0
    return library_path


@pytest.mark.parametrize("argv", [
    ["ach", "show", "1", "--json"], ["ach", "show", "1"], ["orphans"], ["orphans", "--json"],
    ["export", "--format", "json", "--out", "-"],
    ["export", "--format", "markdown", "--out", "{tmp}/notes"],
])
@pytest.mark.parametrize("script", [
    "UPDATE documents SET title = x'00ff'",
    "UPDATE annotations SET exact = x'00ff' WHERE kind = 'note'",
    "UPDATE annotations SET exact = x'00ff', status = 'orphaned'",
])
def test_renamed_columns_read_as_missing(
        library: Path, argv: list[str], script: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    tamper(library, script)
    assert "`workbench check --repair`" in read_through(library, argv, tmp_path, capsys)


def test_the_evidence_row_reads_the_title_as_missing(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tamper(library, "UPDATE documents SET title = x'00ff' WHERE id = 1")
    capsys.readouterr()
    assert run_cli(library, "ach", "show", "1", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    titles = {row["document_title"] for row in shown["evidence"]}
    assert titles == {""}, titles
