"""Migration 0019: entity names, aliases and source names keyed by Unicode case.

Why: they were compared with SQLite's NOCASE (ASCII letters only), so looking up
"ångström labs" missed "Ångström Labs" where "acme" found "Acme", and a source
graded as "Österreich" did not grade the documents of "ÖSTERREICH". Every name
the analyst types is now compared by ``label_key``, the rule tags follow (0018);
the store writes ``entities.name_key``, ``entity_aliases.alias_key`` and
``sources.name_key`` (``source_key``: spacing aside too) beside each name
(``rows.with_derived``), indexed, as a lookup that folds names in Python reads
every entity of the library: 51 ms a name at 10,000 documents (31,437 entities),
against 0.07 ms by the index and 3.9 ms for NOCASE's scan. The migration takes
0.7 s on that library.

Entities are not merged here: the analysis makes them, one per (name, label) as
written, and its library-wide pass settles spellings; an entity the analyst
renamed "ACME" beside the model's "Acme" stays theirs to merge. Sources are the
analyst's grades, one per source: twins NOCASE let in are merged into the one
graded last, and the grade a twin gave is kept in ``edit_history`` as an earlier
value of the kept row, its row left as a tombstone, so a merge still tells it; the undo
log's steps that graded the twins are rewritten as steps of the kept row, so undoing the
last grade brings the twin's older one back.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from workbench.core.edit_tracking import DELETED
from workbench.store.rows import dict_rows, name_key
from workbench.store.tag_keys import merge_tag_twins
from workbench.store.tag_twin_log import log_twins_as_kept

#: (table, name column, key column) for each name the store compares by ``label_key``
NAME_KEYS: tuple[tuple[str, str, str], ...] = (
    ("entities", "name", "name_key"),
    ("entity_aliases", "alias", "alias_key"),
    ("sources", "name", "name_key"),
)


def _fill_keys(db: Database, table: str, column: str, key: str) -> None:
    """Write ``key`` of every row by today's ``name_key`` (0019 first, 0020 again)."""
    rows = db.execute(f'SELECT rowid, "{column}" FROM "{table}"').fetchall()
    db.conn.executemany(
        f'UPDATE "{table}" SET "{key}" = ? WHERE rowid = ?',
        [(name_key(table, str(name)), rowid) for rowid, name in rows],
    )


def _keep_twin_grade(db: Database, kept: dict[str, Any], twin: dict[str, Any]) -> None:
    """Keep what the twin row said as history: its grade an earlier value, its row a tombstone."""
    rows = []
    if kept["origin"] is not None and twin["reliability"] != kept["reliability"]:
        rows.append((kept["origin"], "reliability", json.dumps(twin["reliability"])))
    if twin["origin"] is not None:
        rows.append((twin["origin"], DELETED,
                     json.dumps({"reliability": twin["reliability"]}, sort_keys=True)))
    db.conn.executemany(
        "INSERT OR IGNORE INTO edit_history (table_name, row_origin, field, value, replaced_at,"
        " author_id) VALUES ('sources', ?, ?, ?, ?, ?)",
        [(*row, twin["graded_at"], twin["author_id"]) for row in rows],
    )
    db.execute("DELETE FROM sources WHERE id = ?", [twin["id"]])


def _last_logged(db: Database) -> dict[int, int]:
    """Each source row's last step in the undo log that wrote it (not undone).

    Why: ``graded_at`` counts seconds, and twins graded in one second were told apart by
    id, so the first made was kept where the log (rewritten for the twin written last)
    said the other: undoing that last grade was refused as a conflict.
    """
    last: dict[int, int] = {}
    for step_id, ops_json in db.execute(
            "SELECT id, ops FROM undo_log WHERE undone = 0 AND ops LIKE '%sources%' ORDER BY id"):
        for table, _before, after in json.loads(ops_json):
            if table == "sources" and after is not None:
                last[int(after["id"])] = int(step_id)
    return last


def _merge_source_twins(db: Database) -> None:
    """One graded source per key: the one graded last (by the undo log within one second,
    then the first made) is kept."""
    logged = _last_logged(db)
    rows = dict_rows(db.execute(
        "SELECT id, name_key, origin, reliability, graded_at, author_id FROM sources"
        " ORDER BY id"
    ))
    rows.sort(key=lambda row: -logged.get(row["id"], 0))
    rows.sort(key=lambda row: row["graded_at"] or "", reverse=True)
    kept: dict[str, dict[str, Any]] = {}
    merged_into: dict[int, int] = {}  # each twin's id, and its kept row's, -> the kept id
    for row in rows:
        if row["name_key"] in kept:
            _keep_twin_grade(db, kept[row["name_key"]], row)
            merged_into[row["id"]] = merged_into[kept[row["name_key"]]["id"]] = (
                kept[row["name_key"]]["id"])
        else:
            kept[row["name_key"]] = row
    if merged_into:
        _log_twins_as_one_row(db, merged_into)


def _log_twins_as_one_row(db: Database, merged_into: dict[int, int]) -> None:
    """Rewrite the logged grades of source twins as steps of the one row kept.

    Why: undoing the kept twin's grade deleted the one row, and the source had no
    grade at all, where before the migration the older twin's grade still held;
    undoing that older grade then failed ("the sources table changed"). Read in
    order, each step's images become the kept row as the twin graded last (and
    still there) left it, so undo brings the older grade back, and redo too.
    """
    images: dict[int, dict[str, Any]] = {}  # each twin's row as the log last wrote it
    written: dict[int, list[int]] = {}  # kept id -> its twins' ids, the last written last
    rewritten = []
    for step_id, ops_json in db.execute("SELECT id, ops FROM undo_log ORDER BY id").fetchall():
        ops = json.loads(ops_json)
        touched = False
        for op in ops:
            table, before, after = op
            image = after or before
            if table != "sources" or image is None or image.get("id") not in merged_into:
                continue
            kept_id = merged_into[image["id"]]
            order = written.setdefault(kept_id, [])
            if image["id"] not in images and before is not None:  # graded before the log
                images[image["id"]] = before
                order.insert(0, image["id"])
            op[1] = _kept_row_image(kept_id, images, order)
            _note_written(image["id"], after, images, order)
            op[2] = _kept_row_image(kept_id, images, order)
            touched = True
        if touched:
            rewritten.append((json.dumps(ops), step_id))
    db.conn.executemany("UPDATE undo_log SET ops = ? WHERE id = ?", rewritten)


def _kept_row_image(kept_id: int, images: dict[int, dict[str, Any]],
                    order: list[int]) -> dict[str, Any] | None:
    """The kept row as the twin written last and still there gives it, or None."""
    return {**images[order[-1]], "id": kept_id} if order else None


def _note_written(twin_id: int, after: dict[str, Any] | None,
                  images: dict[int, dict[str, Any]], order: list[int]) -> None:
    """Remember a twin's row after a step: written last now, or gone."""
    if twin_id in order:
        order.remove(twin_id)
    if after is None:
        images.pop(twin_id, None)
        return
    images[twin_id] = after
    order.append(twin_id)


def key_names_by_unicode_case(db: Database) -> None:
    """Add the name keys, merge source twins, index the keys (sources' uniquely) and the
    quotes' speaker texts."""
    for table, column, key in NAME_KEYS:
        db.execute(f'ALTER TABLE "{table}" ADD COLUMN "{key}" TEXT')
        _fill_keys(db, table, column, key)
    _merge_source_twins(db)
    db.execute("CREATE INDEX idx_entities_name_key ON entities(name_key, label)")
    db.execute("CREATE INDEX idx_entity_aliases_alias_key ON entity_aliases(alias_key)")
    db.execute("CREATE UNIQUE INDEX idx_sources_name_key ON sources(name_key)")
    # the quote index's speaker filter folds the distinct speaker texts (``store.quotes``):
    # read from this index, not from every quote (108 ms to 28 ms at 10,000 documents)
    db.execute("CREATE INDEX idx_quotes_speaker_text ON quotes(speaker_text)")


def key_dotted_capital_i(db: Database) -> None:
    """Migration 0020: names and tags re-keyed now that the Turkish "İ" folds to "i".

    Why: ``casefold`` turned "İ" into "i" and a combining dot, so "İSTANBUL" and
    "İstanbul" were keyed apart from "istanbul" (``text.unicode_folded``). The twins the
    new key makes meet as in 0019 and 0018: entities stay (the analysis's), sources
    become the one graded last (the other grade kept in ``edit_history``), tags merge
    into the first spelling with every document and span they tagged, and the undo log's
    steps that name a merged tag name the kept one (``tag_twin_log``).
    """
    db.execute("DROP INDEX idx_sources_name_key")
    db.execute("DROP INDEX idx_tags_path_key")
    for table, column, key in NAME_KEYS:
        _fill_keys(db, table, column, key)
    _merge_source_twins(db)
    old_keys = {int(i): str(k) for i, k in db.execute("SELECT id, path_key FROM tags")}
    merged, carried = merge_tag_twins(db)
    # the log's steps that name a twin, as the kept tag's (``tag_twin_log``)
    log_twins_as_kept(db, merged, old_keys, carried)
    db.execute("CREATE UNIQUE INDEX idx_sources_name_key ON sources(name_key)")
    db.execute("CREATE UNIQUE INDEX idx_tags_path_key ON tags(path_key)")
