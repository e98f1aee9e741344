"""The store's small shared row helpers."""

from __future__ import annotations

from pathlib import Path

from workbench.core.models import Article
from workbench.store import Store
from workbench.store.rows import (
    TAG_USES,
    grouped,
    insert_row,
    insert_rows,
    insert_rows_numbered,
    keep_id_taken,
    quoted,
)

ORIGIN = "a" * 32


def test_grouped_keeps_each_groups_order_and_drops_the_key_when_asked() -> None:
    rows = [{"doc": 2, "n": "a"}, {"doc": 1, "n": "b"}, {"doc": 2, "n": "c"}]
    assert grouped(rows, "doc") == {2: [rows[0], rows[2]], 1: [rows[1]]}
    assert list(grouped(rows, "doc")) == [2, 1]
    assert grouped([{"doc": 1, "n": "b"}], "doc", drop_key=True) == {1: [{"n": "b"}]}


def test_one_insert_writes_the_values_as_they_are_into_quoted_columns(store: Store) -> None:
    doc_id = store.documents.add_article(Article(title="t", text="ab")).documents_added[0]
    values = {"document_id": doc_id, "kind": "highlight", "start": 0, "end": 2, "exact": "ab",
              "created_at": "t", "updated_at": "t", "origin": ORIGIN,
              "author_id": "not an id"}  # fmt: skip
    annotation_id = insert_row(store.db, "annotations", values)
    row = store.db.execute('SELECT start, "end", origin, author_id FROM annotations WHERE id = ?',
                           [annotation_id]).fetchone()  # fmt: skip
    assert row == (0, 2, ORIGIN, "not an id")  # kept as given, not re-signed


def test_a_quoted_name_doubles_its_inner_quotes() -> None:
    assert quoted('odd"name') == '"odd""name"'


def test_the_tag_uses_list_names_every_table_that_points_at_a_tag(store: Store) -> None:
    tables = [name for (name,) in store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    pointing = {}
    for table in tables:
        for key in store.db.execute(f"PRAGMA foreign_key_list({quoted(table)})").fetchall():
            if key[2] == "tags" and table != "tags":  # the parent table, not a tag's own parent
                pointing[table] = key[3]
    assert {table: "tag_id" for table in TAG_USES} == pointing
    for table, owner in TAG_USES.items():
        columns = {row[1] for row in store.db.execute(f"PRAGMA table_info({quoted(table)})")}
        assert owner in columns


def _entity_rows(store: Store, names: list[str], *, floor: int | None, one_by_one: bool,
                 ignore: bool = False) -> list[tuple[int, str, str | None]]:
    """(id, name, name_key) of the entities made from ``names`` one way or the other."""
    if floor is not None:
        keep_id_taken(store.db, "entities", floor)
    rows = [{"name": name, "label": "PERSON"} for name in names]
    if one_by_one:
        for row in rows:
            insert_row(store.db, "entities", row, or_ignore=ignore)
    else:
        insert_rows(store.db, "entities", rows, or_ignore=ignore)
    return [(int(i), str(n), k) for i, n, k in store.db.execute(
        "SELECT id, name, name_key FROM entities ORDER BY id")]


def test_rows_inserted_together_get_the_ids_and_keys_one_by_one_inserts_get(
        tmp_path: Path) -> None:
    for floor, ignore, names in ((None, False, ["Ann", "ÉVA", "Bo"]),
                                 (40, False, ["Ann", "ÉVA", "Bo"]),
                                 (40, True, ["Ann", "Ann", "Bo"]),  # the second Ann ignored
                                 (None, True, ["Ann", "Ann", "Bo"])):
        together, apart = (
            _entity_rows(Store(tmp_path / f"{floor}-{ignore}-{way}.sqlite"), names,
                         floor=floor, one_by_one=way == "apart", ignore=ignore)
            for way in ("together", "apart"))
        assert together == apart
        assert together[0][0] == (floor or 0) + 1
        assert [name for _, name, _ in together] == list(dict.fromkeys(names))


def test_rows_inserted_together_are_told_the_ids_one_by_one_inserts_return(
        tmp_path: Path) -> None:
    for floor in (None, 40):
        stores = [Store(tmp_path / f"{floor}-{way}.sqlite") for way in ("together", "apart")]
        for store in stores:
            store.db.execute("INSERT INTO entities (name, label, name_key) VALUES"
                             " ('Old', 'ORG', 'old')")
            if floor is not None:
                keep_id_taken(store.db, "entities", floor)
        rows = [{"name": name, "label": "PERSON"} for name in ("Ann", "Bo", "Cy")]
        together = insert_rows_numbered(stores[0].db, "entities", rows)
        apart = [insert_row(stores[1].db, "entities", row) for row in rows]
        assert together == apart == [(floor or 1) + n for n in (1, 2, 3)]
        assert [list(s.db.execute("SELECT * FROM entities ORDER BY id")) for s in stores][0] == \
            list(stores[1].db.execute("SELECT * FROM entities ORDER BY id"))
    assert insert_rows_numbered(stores[0].db, "entities", []) == []
