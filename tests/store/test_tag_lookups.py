"""Tagging looks each level of a tag path up once."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.json_imports import import_workbench_export
from tests.support import run_cli
from workbench.core.models import Article
from workbench.core.vocabulary import TAG_COLORS
from workbench.store import Store


def _path_lookups(store: Store, path: str) -> int:
    """How many times tagging a document with ``path`` asked the tags table for a path."""
    doc_id = store.documents.add_article(Article(title="T", text="Some text.")).documents_added[0]
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        store.tags.tag_document(doc_id, path)
    finally:
        store.db.conn.set_trace_callback(None)
    return sum(1 for sql in statements if sql.startswith("SELECT id, path FROM tags WHERE"))


@pytest.mark.parametrize(
    ("existing", "path", "lookups"),
    [
        (None, "topic/asia/japan", 3),  # three new levels, each looked up once
        ("topic/asia/japan", "topic/asia/japan", 1),  # the whole path is there
        ("topic", "TOPIC/asia", 2),  # the new leaf, then its stored parent
    ],
)
def test_each_level_is_looked_up_once(
    store: Store, existing: str | None, path: str, lookups: int
) -> None:
    if existing is not None:
        first = store.documents.add_article(Article(title="E", text="Other text."))
        store.tags.tag_document(first.documents_added[0], existing)
    assert _path_lookups(store, path) == lookups
    assert "topic" in [tag.path for tag in store.tags.list_tags()]


def test_a_json_import_looks_each_tag_level_up_once(tmp_path: Path) -> None:
    """The importer found a tag as tagging did: each level, then the whole path again."""
    theirs = tmp_path / "theirs.sqlite"
    with Store(theirs) as store:
        added = store.documents.add_article(Article(title="T", text="Some text."))
        store.tags.tag_document(added.documents_added[0], "topic/asia")
    export = tmp_path / "theirs.json"
    assert run_cli(theirs, "export", "--format", "json", "--out", str(export)) == 0
    with Store(tmp_path / "ours.sqlite") as ours:
        statements: list[str] = []
        ours.db.conn.set_trace_callback(statements.append)
        import_workbench_export(ours, export)
        ours.db.conn.set_trace_callback(None)
        assert [tag.path for tag in ours.tags.list_tags()] == ["topic", "topic/asia"]
    # "topic" 1, "topic/asia" 2 (itself, its parent), the parent pass 1, the tagging 1
    assert sum("FROM tags WHERE path" in sql for sql in statements) == 5


def test_new_levels_take_the_next_palette_colours_counting_the_tags_once(store: Store) -> None:
    """Each new level takes the palette's next colour, the leaf a typed one; the tags are
    counted once for the whole path, not again for every level it creates."""
    doc_id = store.documents.add_article(Article(title="T", text="Some text.")).documents_added[0]
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        store.tags.tag_document(doc_id, "topic/asia/japan")
    finally:
        store.db.conn.set_trace_callback(None)
    assert sum(sql == "SELECT count(*) FROM tags" for sql in statements) == 1
    colors = {tag.path: tag.color for tag in store.tags.list_tags()}
    assert [colors[p] for p in ("topic", "topic/asia", "topic/asia/japan")] == list(TAG_COLORS[:3])
