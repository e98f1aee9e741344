"""``workbench check``'s ``texts``: wrong-typed quote, speaker and mention texts.

Why: ``quotes`` and ``mentions`` are too big to scan at every open, so their text
columns are guarded where they are read (``value_checks.READ_TIME``: a BLOB reads as
missing) and listed here, where a full scan is expected. A repair writes each back
from the text its span covers, so a quote a claim cites keeps its id and its words;
only a span that lies outside its text gets what the value converts to (a UTF-8
BLOB's text, a number's digits) or the missing value, and the ``span_texts`` check
re-analyses that document at its next run.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlite_utils import Database

from workbench.store.files.check_report import CheckResult
from workbench.store.files.value_checks import READ_TIME, convert_text

#: {(table, column): (start column, end column, field expression)} of each read-time text.
_SPANS = {("quotes", "text"): ("start", '"end"', "'text'"),
          ("quotes", "speaker_text"): ("speaker_start", "speaker_end", "'text'"),
          ("mentions", "text"): ("start", '"end"', "field")}


def wrong_texts(db: Database) -> list[tuple[str, str, int, str, Any, Any, Any, int, str]]:
    """(table, column, rowid, SQLite's type name, held, start, end, document id, field) of
    every wrong-typed read-time text, table by table in row order."""
    raw = db.conn.cursor()  # the connection's own cursor reads the values as held
    found = []
    for table, columns in READ_TIME.items():
        for column, (_kinds, nullable, _missing) in columns.items():
            start, end, field = _SPANS[(table, column)]
            allowed = "'text', 'null'" if nullable else "'text'"
            found += [(table, column, *row) for row in raw.execute(
                f'SELECT rowid, typeof("{column}"), "{column}", {start}, {end}, document_id,'
                f' {field} FROM "{table}"'
                f' WHERE typeof("{column}") NOT IN ({allowed}) ORDER BY rowid')]
    return found


def check_texts(db: Database, result: CheckResult, repair: bool) -> None:
    """List each wrong-typed quote, speaker or mention text; repair re-derives it."""
    bad = wrong_texts(db)
    result.problems = len(bad)
    if not (repair and bad):
        for table, column, rowid, kind, *_held_and_span in bad:
            result.note(f"{table} row {rowid}: {column} holds a {kind} (read as missing)")
        return
    raw = db.conn.cursor()
    with db.atomic():
        for table, column, rowid, kind, held, *span in bad:
            new, how = _rederived(raw, table, column, held, span)
            raw.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', [new, rowid])
            result.note(f"{table} row {rowid}: {column} held a {kind}, {how}")
    result.repaired = len(bad) - len(wrong_texts(db))


def _rederived(raw: sqlite3.Cursor, table: str, column: str, held: Any,
               span: list[Any]) -> tuple[Any, str]:
    """The text the span (start, end, document id, field) covers; else the value
    converted; else the missing value."""
    start, end, doc_id, field = span
    row = raw.execute(f'SELECT "{"title" if field == "title" else "text"}" FROM documents'
                      " WHERE id = ?", [doc_id]).fetchone()
    body = row[0] if row is not None and isinstance(row[0], str) else None
    if body is not None and isinstance(start, int) and isinstance(end, int) \
            and 0 <= start < end <= len(body):
        return body[start:end], f"re-read from its span: {body[start:end][:40]!r}"
    converted = convert_text(held)
    if converted is not None:
        return converted, f"converted to {converted[:40]!r}"
    missing = READ_TIME[table][column][2]
    return missing, "cleared (its span lies outside its text)"
