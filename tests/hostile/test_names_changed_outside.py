"""A name changed by another program: ``check`` finds its stale key and ``--repair`` rewrites it.

Attack run 13: a tag renamed "transport" -> "subject" in an SQLite browser kept its old
``path_key``: ``tag 2 transport`` tagged with "subject" without a word, ``tag 2 subject``
stopped on "library error: UNIQUE constraint failed: tags.path", and ``check`` said ok;
an entity renamed the same way was found by its old name only.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.models import Article
from workbench.store import Store

TEXT = "The council closed the bridge on Tuesday."


@pytest.fixture
def renamed(library_path: Path) -> Path:
    store = Store(library_path)
    for number in (1, 2):
        store.documents.add_article(Article(f"Bridge report {number}", f"{TEXT} {number}"),
                                    analyze=False)
    store.tags.tag_document(1, "transport")
    store.close()
    assert run_cli(library_path, "entity", "create", "1", "--quote", "council", "--type", "org",
                   "--name", "Town Council", "--quiet") == 0
    with closing(sqlite3.connect(library_path)) as conn:
        conn.executescript("UPDATE tags SET path = 'subject' WHERE path = 'transport';"
                           " UPDATE entities SET name = 'City Board';"
                           " UPDATE documents SET title = 'Zebra crossing' WHERE id = 2;")
    return library_path


def test_check_lists_the_stale_keys(renamed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run_cli(renamed, "check") == 1
    out = capsys.readouterr().out
    for found in ("tags row 1: path_key is not the key of its path",
                  "entities row 1: name_key is not the key of its name",
                  "documents row 2: title_order is not the key of its title"):
        assert found in out, out


def test_repair_makes_the_new_names_the_ones_found(
        renamed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(renamed, "check", "--repair") == 0
    assert run_cli(renamed, "check") == 0
    assert run_cli(renamed, "tag", "2", "subject", "--quiet") == 0
    assert run_cli(renamed, "tag", "2", "transport", "--quiet") == 0  # a new tag now
    assert run_cli(renamed, "entity", "show", "City Board") == 0
    capsys.readouterr()
    assert run_cli(renamed, "tags") == 0
    listed = capsys.readouterr().out
    assert "subject" in listed and "transport" in listed
    assert run_cli(renamed, "list", "--sort", "title") == 0
    titles = [line.split()[-1] for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert titles[-1] == "crossing", titles


def test_a_key_another_row_holds_is_left_and_named(
        renamed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two tags now spelt alike ('ſubject' folds to 'subject'): a unique key is written once."""
    store = Store(renamed)
    store.tags.tag_document(2, "other")
    store.close()
    with closing(sqlite3.connect(renamed)) as conn:
        conn.execute("UPDATE tags SET path = 'ſubject' WHERE path = 'other'")
        conn.commit()
    capsys.readouterr()
    assert run_cli(renamed, "check", "--repair") == 1
    out = capsys.readouterr().out
    assert "not repaired, row 1 has the same path_key" in out or \
        "not repaired, row 2 has the same path_key" in out, out
