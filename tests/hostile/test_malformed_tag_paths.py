"""Tag paths another program wrote malformed ('', '/', 'a//b', a newline inside).

Attack run 13 (part two): the CLI canonicalises a typed tag ('a//b' is 'a/b'), so a
stored malformed path could not be renamed or deleted, ``check`` said ok, and ``tags``
printed a newline inside a path as a line break. ``check`` lists them under
``tag_paths``; ``--repair`` writes each one's canonical path (a blank one a name of its
own), merging it into a tag that path already names without losing a document's tag.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.models import Article
from workbench.store import Store


@pytest.fixture
def library(library_path: Path) -> Path:
    """Three documents: 1 tagged 'a/b', 2 and 3 tagged with tags whose paths get tampered."""
    store = Store(library_path)
    for number in (1, 2, 3):
        store.documents.add_article(Article(f"Report {number}", f"Text {number}."),
                                    analyze=False)
    store.close()
    for doc, tag in (("1", "a/b"), ("2", "twin"), ("3", "blank"), ("3", "nl"), ("2", "slash")):
        assert run_cli(library_path, "tag", doc, tag, "--quiet") == 0
    return library_path


def _tamper(path: Path, *steps: tuple[str, str]) -> None:
    with closing(sqlite3.connect(path)) as conn, conn:
        for old, new in steps:
            conn.execute("UPDATE tags SET path = ? WHERE path = ?", [new, old])


def _tags(path: Path) -> dict[str, set[int]]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT t.path, dt.document_id FROM tags t LEFT JOIN document_tags dt"
                            " ON dt.tag_id = t.id").fetchall()
    found: dict[str, set[int]] = {}
    for tag, doc in rows:
        found.setdefault(tag, set()).update({doc} if doc is not None else set())
    return found


TAMPERED = (("twin", "a//b"), ("blank", ""), ("nl", "x\ny"), ("slash", "/"))


def test_tags_prints_a_newline_in_a_path_escaped(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _tamper(library, ("nl", "x\ny"))
    capsys.readouterr()
    assert run_cli(library, "tags") == 0
    out = capsys.readouterr().out
    assert "x\\u000ay" in out and "x\ny" not in out


def test_check_lists_each_malformed_path(library: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    _tamper(library, *TAMPERED)
    capsys.readouterr()
    assert run_cli(library, "check") != 0
    out = capsys.readouterr().out
    assert "tag_paths" in out
    for shown in ("'a//b'", "''", "'x\\ny'", "'/'"):
        assert shown in out, (shown, out)


def test_repair_normalises_and_merges_without_losing_a_document(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _tamper(library, *TAMPERED)
    assert run_cli(library, "check", "--repair") == 0
    capsys.readouterr()
    assert run_cli(library, "check") == 0
    tags = _tags(library)
    assert tags["a/b"] == {1, 2}  # 'a//b' merged into 'a/b', both documents kept
    assert tags["x y"] == {3}
    untitled = sorted(path for path in tags if path.startswith("untitled-"))
    assert len(untitled) == 2 and set().union(*(tags[p] for p in untitled)) == {2, 3}
    assert all(path and "\n" not in path and "//" not in path for path in tags)
    # and the CLI reaches every one of them again
    assert run_cli(library, "tags", "rename", "x y", "xy", "--quiet") == 0
    assert run_cli(library, "tags", "delete", untitled[0], "--quiet") == 0
