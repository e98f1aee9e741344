"""What must hold after every kill: a sound file and whole documents, and no lost annotation.

``fingerprint`` reduces a library to what an uninterrupted import determines
(documents by content hash, their metadata, status, mentions and quotes), so a
crashed-and-resumed library can be compared with one that never crashed.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.store import Store, check_library

DocPrint = tuple[Any, ...]
META = "title, source, author, published, url, dateline, format, external_id, word_count"


@dataclass
class StateCheck:
    """The outcome of checking one library state."""

    failures: list[str] = field(default_factory=list)
    documents: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    annotations_checked: int = 0
    sqlite_seconds: float = 0.0
    check_library_seconds: float = 0.0


def fingerprint(path: Path) -> dict[str, DocPrint]:
    """content_hash → (metadata, status, sorted mentions, sorted quotes)."""
    with closing(sqlite3.connect(path)) as conn:
        if not _migrated(conn):
            return {}
        docs = conn.execute(f"SELECT id, content_hash, status, {META} FROM documents").fetchall()
        mentions = _grouped(
            conn,
            'SELECT m.document_id, m.field, m.start, m."end", m.text, m.label, e.name, m.source'
            " FROM mentions m JOIN entities e ON e.id = m.entity_id",
        )
        quotes = _grouped(
            conn,
            'SELECT q.document_id, q.start, q."end", q.text, q.kind, e.name, q.speaker_text,'
            " q.speaker_start, q.speaker_end, q.cue FROM quotes q"
            " LEFT JOIN entities e ON e.id = q.speaker_entity_id",
        )
    return {
        row[1]: (row[3:], row[2], tuple(mentions.get(row[0], ())), tuple(quotes.get(row[0], ())))
        for row in docs
    }


def _grouped(conn: sqlite3.Connection, sql: str) -> dict[int, list[tuple[Any, ...]]]:
    grouped: dict[int, list[tuple[Any, ...]]] = {}
    for row in conn.execute(sql):
        grouped.setdefault(int(row[0]), []).append(tuple("" if v is None else v for v in row[1:]))
    return {key: sorted(rows, key=repr) for key, rows in grouped.items()}


def check_state(
    path: Path, reference: dict[str, DocPrint], annotations: list[dict[str, Any]]
) -> StateCheck:
    """Every invariant a kill must not break; failures are described, not raised."""
    state = StateCheck()
    started = time.perf_counter()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        if not _migrated(conn):  # killed while the first run created the schema
            state.failures += _unmigrated_checks(conn, annotations)
            state.sqlite_seconds = time.perf_counter() - started
            return state
        state.failures += _sqlite_checks(conn)
        state.failures += _whole_documents(conn, state)
        state.failures += _annotations_present(conn, annotations)
        state.annotations_checked = len(annotations)
    state.failures += _matches_reference(fingerprint(path), reference)
    state.sqlite_seconds = time.perf_counter() - started
    started = time.perf_counter()
    store = Store(path)
    try:
        report = check_library(store)
    finally:
        store.close()
    state.check_library_seconds = time.perf_counter() - started
    state.failures += [
        f"check_library {c.name}: {c.details[:3]}" for c in report.checks if c.problems
    ]
    return state


def _migrated(conn: sqlite3.Connection) -> bool:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return "documents" in tables


def _unmigrated_checks(conn: sqlite3.Connection, annotations: list[dict[str, Any]]) -> list[str]:
    """A library whose first migration never committed: sound, empty, nothing recorded."""
    failures = []
    integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        failures.append(f"integrity_check: {integrity[:3]}")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "_sqlite_migrations" in tables:
        applied = conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        if applied:
            failures.append(f"{applied} migration(s) recorded but no documents table")
    if annotations:
        failures.append(f"{len(annotations)} committed annotation(s) in a library without tables")
    return failures


def _sqlite_checks(conn: sqlite3.Connection) -> list[str]:
    failures = []
    integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        failures.append(f"integrity_check: {integrity[:3]}")
    foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
    if foreign:
        failures.append(f"foreign_key_check: {foreign[:3]}")
    try:
        conn.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        conn.commit()
    except sqlite3.DatabaseError as error:
        failures.append(f"FTS integrity-check: {error}")
    documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    indexed = conn.execute("SELECT count(*) FROM documents_fts_docsize").fetchone()[0]
    if documents != indexed:
        failures.append(f"FTS rows {indexed} != documents {documents}")
    return failures


def _whole_documents(conn: sqlite3.Connection, state: StateCheck) -> list[str]:
    """Text and hash agree, an FTS row exists, and the status matches the analysis rows."""
    failures = []
    model_rows = dict(
        conn.execute(
            "SELECT document_id, count(*) FROM (SELECT document_id FROM mentions"
            " WHERE source = 'model' UNION ALL SELECT document_id FROM quotes) GROUP BY 1"
        ).fetchall()
    )
    indexed = {r[0] for r in conn.execute("SELECT id FROM documents_fts_docsize")}
    rows = conn.execute("SELECT id, content_hash, text, status, analysis_version FROM documents")
    for doc_id, digest, text, status, version in rows:
        state.documents += 1
        state.statuses[status] = state.statuses.get(status, 0) + 1
        if not text or hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
            failures.append(f"document {doc_id}: text does not match its content hash")
        if doc_id not in indexed:
            failures.append(f"document {doc_id}: no FTS row")
        if status in ("pending", "unanalyzed") and model_rows.get(doc_id):
            failures.append(f"document {doc_id}: {status} but has analysis rows")
        elif status == "analyzed" and version < 1:
            failures.append(f"document {doc_id}: analyzed without an analysis version")
        elif status not in ("pending", "unanalyzed", "analyzed", "failed"):
            failures.append(f"document {doc_id}: unknown status {status!r}")
    return failures


def _annotations_present(conn: sqlite3.Connection, annotations: list[dict[str, Any]]) -> list[str]:
    present = {
        (row[0], row[1], row[2], row[3], row[4])
        for row in conn.execute(
            'SELECT d.content_hash, a.start, a."end", a.exact, a.note_md'
            " FROM annotations a JOIN documents d ON d.id = a.document_id"
        )
    }
    return [
        f"lost annotation {a['exact']!r} ({a['note']})"
        for a in annotations
        if (a["content_hash"], a["start"], a["end"], a["exact"], a["note"]) not in present
    ]


def _matches_reference(current: dict[str, DocPrint], reference: dict[str, DocPrint]) -> list[str]:
    """Each document present is the reference's document; analysed ones have its analysis."""
    failures = []
    for digest, (meta, status, mentions, quotes) in current.items():
        expected = reference.get(digest)
        if expected is None:
            failures.append(f"document {digest[:10]} is not in the uninterrupted import")
            continue
        if meta != expected[0]:
            failures.append(f"document {digest[:10]}: metadata differs {meta} != {expected[0]}")
        if status == "analyzed" and (mentions, quotes) != (expected[2], expected[3]):
            failures.append(f"document {digest[:10]}: analysis differs from the uninterrupted one")
    return failures


def compare_libraries(current: dict[str, DocPrint], reference: dict[str, DocPrint]) -> list[str]:
    """Differences between a resumed library and the uninterrupted one (empty when equal)."""
    failures = []
    missing = reference.keys() - current.keys()
    extra = current.keys() - reference.keys()
    if missing:
        failures.append(f"{len(missing)} document(s) missing after resuming")
    if extra:
        failures.append(f"{len(extra)} document(s) not in the uninterrupted import")
    for digest in current.keys() & reference.keys():
        if current[digest] != reference[digest]:
            status = (current[digest][1], reference[digest][1])
            failures.append(f"document {digest[:10]} differs (status {status[0]} vs {status[1]})")
    return failures[:20]
