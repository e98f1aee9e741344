"""``read_earlier`` decides once whether a row is a tombstone, and a deletion files one once."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.store.merge_fixtures import BOB, build_shared
from workbench.core.edit_tracking import DELETED
from workbench.store import Store
from workbench.store.edit_history import read_earlier, tombstone_origin


def _library_with_a_deleted_note(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    build_shared(path)
    with Store(path, author=BOB) as store:
        note = store.db.execute("SELECT id FROM annotations WHERE note_md = 'poison'").fetchone()
        store.annotations.delete_annotation(note[0])
    return path


def test_tombstones_read_whole_and_unread(tmp_path: Path) -> None:
    path = _library_with_a_deleted_note(tmp_path)
    with sqlite3.connect(path) as conn:
        whole, tombstones = read_earlier(conn)
        only_deleted, none = read_earlier(conn, tombstones=False)
    deleted_keys = {key for key in whole if key[2] == DELETED}
    assert deleted_keys and {key for key in only_deleted if key[2] == DELETED} == deleted_keys
    assert all(whole[key] for key in deleted_keys)  # what each tombstone kept
    assert not any(only_deleted[key] for key in deleted_keys)  # left unread
    assert none == {}
    kept = [value for rows in tombstones.values() for _, value in rows]
    assert sorted(kept) == sorted(value for key in deleted_keys for value in whole[key])
    edited = {key: values for key, values in whole.items() if key[2] != DELETED}
    assert edited == {key: v for key, v in only_deleted.items() if key[2] != DELETED}


def test_only_analyst_work_with_an_origin_leaves_a_tombstone(tmp_path: Path) -> None:
    assert tombstone_origin("annotations", {"id": 1, "origin": "abc"}) == "abc"
    assert tombstone_origin("annotations", {"id": 1, "origin": None}) is None
    assert tombstone_origin("mentions", {"id": 1, "origin": "abc"}) is None
    copy = tmp_path / "copy.sqlite"
    shutil.copy(_library_with_a_deleted_note(tmp_path), copy)
    with sqlite3.connect(copy) as conn:
        rows = conn.execute(
            "SELECT count(*) FROM edit_history WHERE field = ? AND table_name = 'annotations'",
            [DELETED],
        ).fetchone()[0]
    assert rows == 1
