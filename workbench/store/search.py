"""Turn what a user typed into a safe FTS5 query, and run searches.

Simple mode must never raise, whatever the input: every token is quoted, so
FTS5 operators (NOT, AND, OR, NEAR, ``-``, ``:``, ``*``, ``^``, parentheses)
become plain words. Advanced mode passes FTS5 syntax through and turns syntax
errors into a one-line ``SearchSyntaxError``.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from sqlite_utils import Database

SNIPPET_OPEN = "\x02"
SNIPPET_CLOSE = "\x03"
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


class SearchSyntaxError(ValueError):
    """An advanced-mode query that FTS5 could not parse; the message is one line."""


@dataclass(frozen=True)
class SearchHit:
    """One matching document with a snippet; matches are wrapped in the SNIPPET markers."""

    document_id: int
    title: str
    snippet: str
    rank: float

    def snippet_text(self, open_mark: str = "[", close_mark: str = "]") -> str:
        """Return the snippet with match markers replaced for display."""
        return self.snippet.replace(SNIPPET_OPEN, open_mark).replace(SNIPPET_CLOSE, close_mark)


def simple_query(text: str) -> str:
    """Return an FTS5 query matching documents that contain every word of ``text``.

    Repeated words are asked for once: FTS5 is quadratic in repeated terms, and
    a pasted paragraph must not stall the search. An empty string means "no
    searchable words"; callers return no results.
    """
    unique: dict[str, str] = {}
    for token in _TOKEN.findall(text or ""):
        # Fold case only where FTS5's tokenizer surely folds the same way (ASCII);
        # other scripts keep exact tokens so the AND stays exact.
        unique.setdefault(token.lower() if token.isascii() else token, token)
    tokens = list(unique.values())
    return " AND ".join('"' + token.replace('"', '""') + '"' for token in tokens)


def build_query(text: str, advanced: bool) -> str:
    """Return the FTS5 expression for ``text`` in the chosen mode."""
    if advanced:
        return (text or "").strip()
    return simple_query(text)


def search_documents(
    db: Database, text: str, *, advanced: bool = False, limit: int = 50, offset: int = 0
) -> list[SearchHit]:
    """Rank documents matching ``text`` by bm25 (title weighted above body)."""
    query = build_query(text, advanced)
    if not query:
        return []
    sql = f"""
        SELECT documents_fts.rowid, d.title,
               snippet(documents_fts, 1, '{SNIPPET_OPEN}', '{SNIPPET_CLOSE}', '…', 16),
               bm25(documents_fts, 4.0, 1.0) AS score
        FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
        WHERE documents_fts MATCH ? ORDER BY score LIMIT ? OFFSET ?
    """
    rows = _run(db, sql, [query, limit, offset])
    return [SearchHit(int(r[0]), r[1], r[2] or "", float(r[3])) for r in rows]


def count_matches(db: Database, text: str, *, advanced: bool = False) -> int:
    """Count documents matching ``text`` (for the status bar)."""
    query = build_query(text, advanced)
    if not query:
        return 0
    rows = _run(db, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", [query])
    return int(rows[0][0])


def matching_ids(db: Database, text: str, *, advanced: bool = False) -> list[int]:
    """Return ids of all matching documents in rank order (for filtered views)."""
    query = build_query(text, advanced)
    if not query:
        return []
    sql = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank"
    return [int(r[0]) for r in _run(db, sql, [query])]


def _run(db: Database, sql: str, params: list[object]) -> list[tuple[object, ...]]:
    """Execute a MATCH query, turning FTS5 parse errors into SearchSyntaxError."""
    try:
        return db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as error:
        message = " ".join(str(error).split())
        raise SearchSyntaxError(f"invalid search syntax: {message}") from None
