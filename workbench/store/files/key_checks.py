"""``workbench check``'s ``keys``: each derived key says what its name says.

Why: the store writes a key beside each name it looks names up by (a tag's ``path_key``,
an entity's ``name_key``, an alias's ``alias_key``, a source's ``name_key``) and beside the
titles and sources it sorts by (``title_order``, ``source_order``). A library file whose
names another program changed (a tag renamed "place" -> "subject" in an SQLite browser)
kept the old keys: ``tag 2 place`` tagged with "subject" without a word, ``tag 2 subject``
stopped on "library error: UNIQUE constraint failed: tags.path", ``entity show "Golden
Gate"`` found nothing and the old name found it, and ``check`` said ok (attack run 13).
``check`` lists each stale key; ``--repair`` writes the key of the name. A key that another
row already holds (two tags now spelt alike) is left, and the report says which row holds it.

Not at every open: computing every entity's key in Python costs a pass over the table.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from workbench.store.files.check_report import CheckResult
from workbench.store.rows import derived_columns, with_derived


def check_keys(db: Database, result: CheckResult, repair: bool) -> None:
    """List every derived key that is not its name's; ``repair`` rewrites them."""
    stale = _stale_keys(db)
    result.problems = len(stale)
    for table, rowid, name, key, _expected in stale:
        result.note(f"{table} row {rowid}: {key} is not the key of its {name}"
                    " (the name was changed outside the app)")
    if not (repair and stale):
        return
    raw = db.conn.cursor()
    with db.atomic():
        for table, rowid, _name, key, expected in stale:
            try:
                raw.execute("SAVEPOINT key_repair")
                raw.execute(f'UPDATE "{table}" SET "{key}" = ? WHERE rowid = ?',
                            [expected, rowid])
                raw.execute("RELEASE key_repair")
                result.repaired += 1
            except sqlite3.IntegrityError:
                raw.execute("ROLLBACK TO key_repair")
                raw.execute("RELEASE key_repair")
                holder = raw.execute(f'SELECT rowid FROM "{table}" WHERE "{key}" = ?',
                                     [expected]).fetchone()
                result.note(f"{table} row {rowid}: not repaired, row {holder[0]} has the same"
                            f" {key}: rename one of them (or merge them)")


def _stale_keys(db: Database) -> list[tuple[str, int, str, str, str | None]]:
    """(table, rowid, name column, key column, the key the name has) for each stale key."""
    raw = db.conn.cursor()  # the values as held (a wrong-typed name keys as missing)
    present = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    stale = []
    for table, pairs in derived_columns().items():
        if table not in present:
            continue
        columns = {row[1] for row in raw.execute(f'PRAGMA table_info("{table}")')}
        for name, key in pairs:
            if not {name, key} <= columns:
                continue
            for rowid, value, held in raw.execute(
                    f'SELECT rowid, "{name}", "{key}" FROM "{table}" ORDER BY rowid'):
                expected = with_derived(table, {name: value})[key]
                if held != expected:
                    stale.append((table, int(rowid), name, key, expected))
    return stale
