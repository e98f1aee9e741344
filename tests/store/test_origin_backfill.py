"""Rows made before authorship get origins from their contents: copies of an old library agree."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from workbench.core.authorship import is_author_id
from workbench.store import Store, schema_first_wave, schema_second_wave
from workbench.store.schema import MIGRATION_SET, register_in_order


def _old_library(path: Path) -> None:
    """A library as the app before migration 0012 left it, with a highlight and a tag."""
    old = Migrations(MIGRATION_SET)
    register_in_order(old, (*schema_first_wave.STEPS, *schema_second_wave.STEPS))
    db = Database(path)
    old.apply(db)
    db.execute(
        "INSERT INTO documents (title, text, format, content_hash, imported_at, status) "
        "VALUES ('T', 'Ministers met.', 'text', 'h1', '2026-01-01', 'analyzed')"
    )
    db.execute(
        "INSERT INTO annotations (document_id, kind, start, \"end\", exact, prefix, suffix, "
        "note_md, status, created_at, updated_at) "
        "VALUES (1, 'highlight', 0, 9, 'Ministers', '', ' met.', '', 'anchored', 't', 't')"
    )
    db.execute("INSERT INTO tags (path, color) VALUES ('policy', '#123456')")
    db.conn.commit()
    db.close()


def _origins(path: Path) -> list[str]:
    with Store(path) as store:
        return [
            row[0]
            for table in ("annotations", "tags")
            for row in store.db.execute(f"SELECT origin FROM {table} ORDER BY rowid")
        ]


def test_two_copies_of_an_old_library_get_the_same_origins(tmp_path: Path) -> None:
    mine = tmp_path / "mine.sqlite"
    _old_library(mine)
    theirs = tmp_path / "theirs.sqlite"
    shutil.copy(mine, theirs)
    first, second = _origins(mine), _origins(theirs)
    assert first == second and len(first) == 2
    assert all(is_author_id(origin) for origin in first)
    assert first[0] != first[1]
