"""Importing an exported row: its id kept when free, its origin and author kept when sound
(the row's own, and its tag and alias marks).

One function (``exchange_insert.insert_exported``) does this for the document
writer and the ACH writer; these tests hold both to the same rules.
"""

from __future__ import annotations

import pytest

from workbench.store import Store
from workbench.store.exchange_authorship import alias_marks, tag_marks
from workbench.store.exchange_insert import insert_exported

ORIGIN = "a" * 32
AUTHOR = "b" * 32


def _tag(store: Store, path: str, wanted_id: object = None, record: dict | None = None) -> int:
    return insert_exported(store.db, "tags", {"path": path, "color": None}, wanted_id, record)


def test_a_free_exported_id_is_kept_and_a_taken_one_is_not(store: Store) -> None:
    assert _tag(store, "kept", 50) == 50
    taken = _tag(store, "moved", 50)
    assert taken != 50
    assert store.db.execute("SELECT path FROM tags WHERE id = 50").fetchone()[0] == "kept"
    assert store.db.execute("SELECT path FROM tags WHERE id = ?", [taken]).fetchone()[0] == "moved"


@pytest.mark.parametrize("wanted", [True, 0, -3, "7", 2.0, None])
def test_an_id_that_cannot_be_a_row_id_is_ignored(store: Store, wanted: object) -> None:
    new_id = _tag(store, f"tag {wanted!r}", wanted)
    assert new_id > 0 and new_id not in (7, 2)


def test_the_records_origin_and_author_sign_the_row_and_a_reused_origin_is_replaced(
        store: Store) -> None:
    first = _tag(store, "signed", record={"origin": ORIGIN, "author_id": AUTHOR})
    second = _tag(store, "again", record={"origin": ORIGIN, "author_id": "not an id"})
    rows = dict(store.db.execute("SELECT id, origin FROM tags WHERE id IN (?, ?)",
                                 [first, second]).fetchall())
    assert rows[first] == ORIGIN and rows[second] != ORIGIN and len(rows[second]) == 32
    authors = dict(store.db.execute("SELECT id, author_id FROM tags").fetchall())
    assert authors[first] == AUTHOR and authors[second] is None


def test_the_ach_writer_keeps_exported_ids_the_same_way(store: Store) -> None:
    from workbench.store.exchange_ach import write_analyses

    record = {"id": 40, "question": "Will it reopen?", "created_at": "2026-01-01T00:00:00",
              "origin": ORIGIN, "hypotheses": [{"id": 41, "text": "Yes"}]}
    assert write_analyses(store.db, [record], {}).analyses == 1
    assert store.db.execute("SELECT id, origin FROM ach_analyses").fetchall() == [(40, ORIGIN)]
    assert store.db.execute("SELECT id FROM ach_hypotheses").fetchall() == [(41,)]


def test_tag_and_alias_marks_keep_sound_marks_by_name_and_drop_the_rest() -> None:
    sound = {"origin": ORIGIN, "author_id": AUTHOR}
    odd = {"origin": "short", "author_id": "Ben"}
    marks = [{"path": "a", **sound}, {"path": "b", **odd}, {"alias": "a", **sound}, "x", {}]
    assert tag_marks({"tag_authorship": marks}) == {"a": (ORIGIN, AUTHOR), "b": (None, None)}
    assert alias_marks({"alias_authorship": marks}) == {"a": (ORIGIN, AUTHOR)}
    assert tag_marks({"tag_authorship": "not a list"}) == alias_marks({}) == {}
