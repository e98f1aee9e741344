"""Documents: insert with dedup, fetch, list and resolve references (``store.documents``)."""

from __future__ import annotations

import codecs
import sqlite3
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workbench.core.models import Article, Changes
from workbench.core.text import content_hash, count_words
from workbench.core.vocabulary import STATUS_PENDING, STATUS_UNANALYZED
from workbench.store.history import History
from workbench.store.library_reader import read_connection
from workbench.store.rows import dict_row, dict_rows, insert_row, now_iso
from workbench.store.text_windows import decoded_pieces

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
    return insert_row(db, "documents", record)


def get_document(db: Database, doc_id: int) -> dict[str, Any] | None:
    """Return the full document row as a dict, or None."""
    return dict_row(db.execute("SELECT * FROM documents WHERE id = ?", [doc_id]))


def document_head(db: Database, doc_id: int, max_chars: int) -> dict[str, Any] | None:
    """The document row with only the first ``max_chars`` characters of its text, or None.

    Why: turning a 50 MB text into a Python string costs hundreds of
    milliseconds (and even ``substr`` makes SQLite load all of it), while the
    reader's first page needs the first 150,000 characters. The head is read
    through an incremental BLOB handle, which touches only its first pages.
    """
    names = list(db["documents"].columns_dict)
    others = [name for name in names if name != "text"]
    row = dict_row(db.execute(f"SELECT {', '.join(others)} FROM documents WHERE id = ?",
                              [doc_id]))
    if row is None:
        return None
    with db.conn.blobopen("documents", "text", doc_id, readonly=True) as blob:
        head = codecs.getincrementaldecoder("utf-8")().decode(blob.read(4 * max_chars))
    row["text"] = head[:max_chars]
    return {name: row[name] for name in names}


def read_document_text(path: Path, doc_id: int, piece: int | None = None,
                       stop: Callable[[], bool] = lambda: False) -> str | None:
    """A document's whole text through a read-only connection opened (and closed) here.

    Why a connection of its own: it runs on a worker thread (the reader loads
    a book-length text while its first page is on screen), and a connection
    belongs to the thread that opened it. Why a megabyte at a time: one
    ``bytes.decode`` of 50 MB holds the interpreter lock for a few hundred
    milliseconds, and the UI thread would wait that long to paint. ``stop``
    is asked as each piece comes (``text_windows.decoded_pieces``, the span
    windows' reader too); when it says yes the read ends and returns None.
    """
    connection = read_connection(path)
    try:
        with connection.blobopen("documents", "text", doc_id, readonly=True) as blob:
            parts = []
            for text in decoded_pieces(blob, piece):
                if stop():
                    return None
                parts.append(text)
    except sqlite3.OperationalError as error:  # "no such rowid"
        raise LookupError(f"no document with id {doc_id}") from error
    finally:
        connection.close()
    return "".join(parts)


def document_text(db: Database, doc_id: int) -> str:
    """The stored text of a document (LookupError if there is none)."""
    row = db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        raise LookupError(f"no document with id {doc_id}")
    return str(row[0])


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


class Documents:
    """Add, fetch, list and resolve documents (``store.documents``)."""

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history

    def add_article(self, article: Article, *, analyze: bool = True) -> Changes:
        """Insert one article with its FTS row in one transaction, unless its text is already here.

        With ``analyze`` the document is marked pending so extraction (now or on
        the next run) completes it; otherwise it stays unanalysed on purpose.
        """
        with self.db.atomic():
            existing = find_duplicate(self.db, article.text)
            if existing is not None:
                return Changes(duplicate_of=existing, note="already in the library")
            status = STATUS_PENDING if analyze else STATUS_UNANALYZED
            doc_id = insert_article(self.db, article, status)
        return Changes(documents_added=(doc_id,))

    def get_document(self, doc_id: int) -> dict[str, Any] | None:
        """Return one document's row (metadata and text), or None."""
        return get_document(self.db, doc_id)

    def document_head(self, doc_id: int, max_chars: int) -> dict[str, Any] | None:
        """The document's row with at most ``max_chars`` characters of text (None if missing)."""
        return document_head(self.db, doc_id, max_chars)

    def resolve_document(self, ref: str | int) -> int:
        """Turn a DOC reference (id or unambiguous title prefix) into an id."""
        return resolve_reference(self.db, str(ref))

    def list_documents(self, **options: Any) -> list[dict[str, Any]]:
        """Document metadata rows; see ``documents.list_documents`` for options."""
        return list_documents(self.db, **options)

    def count_documents(self) -> int:
        """Number of documents in the library."""
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def document_text(self, doc_id: int) -> str:
        """The stored text of a document (LookupError if there is none)."""
        return document_text(self.db, doc_id)
