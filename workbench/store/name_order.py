"""Names in the order a reader expects: case and accents set aside, "Ábel" beside "Abel".

Why: the lists sorted by name (the library by title or source, entities, tags,
sources) ordered with SQLite's ``NOCASE``, which folds ASCII letters only, so
"Ábel", "Émile" and "Zoë"'s neighbours sorted after "zebra" and "é" after "z".
``name_sort_key`` folds case (``str.casefold``: "ß" is "ss") and strips the
accents a letter's compatibility decomposition carries; the folded name itself
breaks ties, so "Abel" and "Ábel" sit together, the bare one first, in the same
order whatever the locale. SQL sorts by it through the ``name_order``
function every library connection registers (``register_name_order``); the
documents' titles and sources keep theirs in a column of their own, indexed
(``key_document_names``, migration 0021).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata

from sqlite_utils import Database

NAME_ORDER_SQL = "name_order"  # ``ORDER BY name_order(d.title)``


class _BareLetters(dict[int, str]):
    """A ``str.translate`` table built as it is read: each character without its accents."""

    def __missing__(self, code_point: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code_point))
        bare = "".join(part for part in decomposed if not unicodedata.combining(part))
        self[code_point] = bare
        return bare


_BARE = _BareLetters()
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")  # only these runs need a look-up: 2x faster on titles


def name_sort_key(name: str | None) -> str | None:
    """The key that sorts ``name`` by its bare letters, then by its case-folded spelling."""
    if name is None:
        return None
    if name.isascii():
        folded = name.lower()
        return f"{folded}\x00{folded}"
    folded = name.casefold()
    bare = _NOT_ASCII.sub(lambda run: run.group().translate(_BARE), folded)
    return f"{bare}\x00{folded}"


def register_name_order(connection: sqlite3.Connection) -> None:
    """Let SQL on ``connection`` sort by ``name_order(column)``."""
    connection.create_function(NAME_ORDER_SQL, 1, _text_sort_key, deterministic=True)


def _text_sort_key(value: object) -> str | None:
    """``name_sort_key`` of a text; a value that is not text sorts as a missing name.

    Why: a library file another program edited can hold a BLOB or a number as a tag's
    path or a title (the reads take it as missing, ``files.value_checks``); the sort
    key cased it, and bytes that are not ASCII have no ``casefold``: every command
    listing tags stopped on "user-defined function raised exception" (attack run 12).
    """
    return name_sort_key(value) if isinstance(value, str) else None


#: The documents' columns the library sorts by name, each with the column holding its
#: ``name_sort_key`` (written by ``rows.with_derived``; indexed by migration 0021).
SORTED_COLUMNS: dict[str, str] = {"title": "title_order", "source": "source_order"}


def key_document_names(db: Database) -> None:
    """Migration 0021: each document's title and source keyed in ``name_order`` beside it,
    and the keys indexed.

    Why: SQL cannot index a Python function, so ``ORDER BY name_order(d.title)``
    computed the key of every title and sorted them all on each sort: 333 ms at
    10,000 documents with accented titles, where the indexed key takes 24 ms (a NOCASE
    index on plain ASCII titles stood in before, and one accented title lost it). A
    newer ``name_sort_key`` needs a migration that keys them again, as 0020 did for
    the names.
    """
    for column, key in SORTED_COLUMNS.items():
        db.execute(f"ALTER TABLE documents ADD COLUMN {key} TEXT")
        rows = db.execute(f"SELECT id, {column} FROM documents").fetchall()
        db.conn.executemany(
            f"UPDATE documents SET {key} = ? WHERE id = ?",
            [(name_sort_key(value) if isinstance(value, str) else None, doc_id)
             for doc_id, value in rows])
        db.execute(f"CREATE INDEX idx_documents_{key} ON documents({key})")
