"""Highlighting or tagging a span that is highlighted already changes nothing twice.

Attack run 13 (part two): ``annotate 1 --quote X`` run twice made two identical
highlights stacked on one span (the reader's Highlight did too), and ``tag 1 t --quote X``
made a new highlight beside the one already there. The store's rule
(``Annotations.add_annotation``): a highlight without a note on a span that has a live
highlight of that colour (for a tag: of any colour) is that highlight; a tag it lacks
is added to it, and otherwise nothing is written (no undo step either).
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.models import Article
from workbench.store import Store

TEXT = "The council closed the bridge on Tuesday after the inspection."


@pytest.fixture
def library(library_path: Path) -> Path:
    store = Store(library_path)
    store.documents.add_article(Article("Bridge report", TEXT), analyze=False)
    store.close()
    return library_path


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def test_annotate_twice_keeps_one_highlight(library: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(library, "annotate", "1", "--quote", "the bridge") == 0
    capsys.readouterr()
    assert run_cli(library, "annotate", "1", "--quote", "the bridge") == 0
    assert "already; nothing changed" in capsys.readouterr().out
    assert run_cli(library, "annotate", "1", "--quote", "the bridge", "--json") == 0
    assert json.loads(capsys.readouterr().out)["id"] == 1
    assert _rows(library, "SELECT count(*) FROM annotations") == [(1,)]
    assert _rows(library, "SELECT count(*) FROM undo_log") == [(1,)]


def test_another_colour_or_a_note_is_a_mark_of_its_own(library: Path) -> None:
    assert run_cli(library, "annotate", "1", "--quote", "the bridge", "--quiet") == 0
    assert run_cli(library, "annotate", "1", "--quote", "the bridge", "--color", "green",
                   "--quiet") == 0
    assert run_cli(library, "annotate", "1", "--quote", "the bridge", "--note", "why?",
                   "--quiet") == 0
    assert _rows(library, "SELECT count(*) FROM annotations") == [(3,)]


def test_tagging_a_highlighted_span_tags_that_highlight(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(library, "annotate", "1", "--quote", "the bridge", "--quiet") == 0
    capsys.readouterr()
    assert run_cli(library, "tag", "1", "infra", "--quote", "the bridge") == 0
    assert "Tagged highlight 1 with infra" in capsys.readouterr().out
    assert run_cli(library, "tag", "1", "infra", "--quote", "the bridge") == 0
    assert "already; nothing changed" in capsys.readouterr().out
    assert run_cli(library, "tag", "1", "infra", "--quote", "the bridge", "--json") == 0
    assert json.loads(capsys.readouterr().out)["id"] == 1
    assert _rows(library, "SELECT count(*) FROM annotations") == [(1,)]
    assert _rows(library, "SELECT annotation_id FROM span_tags") == [(1,)]


def test_the_store_rule_is_the_readers_too(library_path: Path) -> None:
    """The reader's Highlight and Tag span call ``add_annotation`` as the CLI does."""
    store = Store(library_path)
    store.documents.add_article(Article("Bridge report", TEXT), analyze=False)
    doc = 1
    first, _ = store.annotations.add_annotation(doc, 4, 11, color="yellow")
    again, changes = store.annotations.add_annotation(doc, 4, 11, color="yellow")
    tagged, tag_changes = store.annotations.add_annotation(doc, 4, 11, color="blue",
                                                           tags=("place",))
    assert first == again == tagged
    assert not changes.annotations and tag_changes.tags
    assert len(store.annotations.document_annotations(doc)) == 1
    store.close()


def test_annotate_with_a_new_tag_tags_the_highlight_there(
        library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(library, "annotate", "1", "--quote", "the bridge", "--quiet") == 0
    capsys.readouterr()
    assert run_cli(library, "annotate", "1", "--quote", "the bridge", "--tag", "infra") == 0
    assert "Tagged highlight 1" in capsys.readouterr().out
    assert _rows(library, "SELECT annotation_id FROM span_tags") == [(1,)]
