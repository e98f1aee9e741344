"""Document rows: insert with dedup, fetch, list and resolve references."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

from sqlite_utils import Database

from workbench.core.models import Article
from workbench.core.text import content_hash, count_words

STATUS_PENDING = "pending"
STATUS_ANALYZED = "analyzed"
STATUS_UNANALYZED = "unanalyzed"

LIST_COLUMNS = (
    "id, title, source, author, published, url, dateline, format, word_count, "
    "imported_at, analysis_version, status"
)
SORTABLE = {
    "id",
    "title",
    "source",
    "published",
    "word_count",
    "imported_at",
    "status",
}


class DocumentNotFound(LookupError):
    """A DOC reference matched no document, or several (the message says which)."""


# The largest row id SQLite can store (a 64-bit signed integer).
MAX_ROW_ID = 2**63 - 1

# Every value documents.status can take (the analysis lifecycle).
DOCUMENT_STATUSES = ("pending", "analyzed", "unanalyzed", "failed")


def now_iso() -> str:
    """Current UTC time as an ISO string (seconds precision)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def find_duplicate(db: Database, text: str) -> int | None:
    """Return the id of a document with exactly this text, if any."""
    row = db.execute(
        "SELECT id FROM documents WHERE content_hash = ?", [content_hash(text)]
    ).fetchone()
    return int(row[0]) if row else None


def insert_article(db: Database, article: Article, status: str) -> int:
    """Insert ``article`` (caller holds the transaction); FTS follows by trigger."""
    record: dict[str, Any] = asdict(article)
    record.update(
        content_hash=content_hash(article.text),
        imported_at=now_iso(),
        word_count=count_words(article.text),
        analysis_version=0,
        status=status,
    )
    columns = ", ".join(f'"{k}"' for k in record)
    marks = ", ".join("?" for _ in record)
    cursor = db.execute(
        f"INSERT INTO documents ({columns}) VALUES ({marks})", list(record.values())
    )
    return int(cursor.lastrowid or 0)


def dict_rows(cursor: Any) -> list[dict[str, Any]]:
    """Every remaining row of ``cursor`` as a dict keyed by column name."""
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def get_document(db: Database, doc_id: int) -> dict[str, Any] | None:
    """Return the full document row as a dict, or None."""
    cursor = db.execute("SELECT * FROM documents WHERE id = ?", [doc_id])
    row = cursor.fetchone()
    if row is None:
        return None
    names = [d[0] for d in cursor.description]
    return dict(zip(names, row, strict=True))


def list_documents(
    db: Database,
    *,
    limit: int | None = None,
    offset: int = 0,
    order_by: str = "id",
    descending: bool = False,
    ids: list[int] | None = None,
) -> list[dict[str, Any]]:
    """Return document metadata rows (no text) in a stable order."""
    if order_by not in SORTABLE:
        raise ValueError(f"cannot sort by {order_by!r}")
    direction = "DESC" if descending else "ASC"
    where, params = "", []
    if ids is not None:
        where = f"WHERE id IN ({', '.join('?' for _ in ids)})" if ids else "WHERE 0"
        params = list(ids)
    sql = (
        f"SELECT {LIST_COLUMNS} FROM documents {where} "
        f'ORDER BY "{order_by}" {direction}, id {direction} LIMIT ? OFFSET ?'
    )
    return dict_rows(db.execute(sql, [*params, -1 if limit is None else limit, offset]))


def _document_exists(db: Database, doc_id: int) -> bool:
    return db.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None


def resolve_reference(db: Database, ref: str) -> int:
    """Resolve a DOC reference: an id, or an unambiguous case-insensitive title prefix.

    An id is ASCII digits (``"²".isdigit()`` is true too); one beyond SQLite's
    64-bit integers names no document rather than overflowing the query.
    """
    ref = ref.strip()
    if not ref:
        raise DocumentNotFound("no document named by an empty DOC; give an id or a title prefix")
    if ref.isascii() and ref.isdigit():
        doc_id = int(ref) if len(ref.lstrip("0")) <= 19 else None
        if doc_id is not None and doc_id <= MAX_ROW_ID and _document_exists(db, doc_id):
            return doc_id
        raise DocumentNotFound(f"no document with id {ref}")
    pattern = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = db.execute(
        "SELECT id, title FROM documents WHERE title LIKE ? ESCAPE '\\' ORDER BY id LIMIT 6",
        [pattern],
    ).fetchall()
    if len(rows) == 1:
        return int(rows[0][0])
    if not rows:
        raise DocumentNotFound(f"no document whose title starts with {ref!r}")
    choices = "; ".join(f"{r[0]}: {r[1]}" for r in rows[:5])
    raise DocumentNotFound(f"{ref!r} matches several documents ({choices}); use an id")
