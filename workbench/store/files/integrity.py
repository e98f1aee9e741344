"""``workbench check``: find (and with ``repair`` fix) what would make a library lie.

Why each check: SQLite's own checks (pages, indexes, foreign keys) catch disk
damage; the others catch a library that is sound as a file but wrong as data,
such as a search index out of step with the documents, or a highlight whose
stored quote no longer matches the text under its span.

Repairs never delete analyst work: a bad annotation is marked ``orphaned`` (it
stays in the Orphans list with its quote and note), bad model output is
dropped and its document marked pending so analysis redoes it, and only model
rows are deleted when they point at nothing. A repair is preceded by a backup
and is idempotent: a second ``repair`` finds nothing.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workbench.core.text import plural
from workbench.core.vocabulary import DOCUMENT_STATUSES as KNOWN_STATUSES
from workbench.store.files.backup import (
    BackupError,
    LibraryLike,
    backup_library,
    snapshot_unverified,
)
from workbench.store.files.locking import is_read_only
from workbench.store.files.refusals import LibraryReadOnly
from workbench.store.rows import now_iso

MAX_DETAILS = 20
_MODEL_ROWS = {
    "mentions": "source = 'model'",
    "quotes": "1",
    "entity_aliases": "1",
}


# The full-text indexes kept by triggers, and what a report calls them.
SEARCH_INDEXES = {"documents_fts": "search index", "documents_symbols": "symbol search index"}


@dataclass
class CheckResult:
    """One check: how many problems it found, how many it repaired, and examples."""

    name: str
    problems: int = 0
    repaired: int = 0
    details: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def unresolved(self) -> int:
        """Problems still there after this run."""
        return max(0, self.problems - self.repaired)

    def note(self, message: str) -> None:
        """Keep an example for the report (the first MAX_DETAILS only)."""
        if len(self.details) < MAX_DETAILS:
            self.details.append(message)


@dataclass
class CheckReport:
    """Every check's result, plus the backup taken before a repair."""

    checks: list[CheckResult]
    repair: bool = False
    backup: Path | None = None
    backup_note: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when nothing is left to fix."""
        return all(check.unresolved == 0 for check in self.checks)

    @property
    def problems(self) -> int:
        """Problems found by all checks."""
        return sum(check.problems for check in self.checks)

    def result(self, name: str) -> CheckResult:
        """The result of the check called ``name``."""
        return next(check for check in self.checks if check.name == name)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (``workbench check --json``)."""
        return {
            "ok": self.ok,
            "repair": self.repair,
            "backup": str(self.backup) if self.backup else None,
            "backup_note": self.backup_note,
            "seconds": round(self.seconds, 3),
            "checks": [
                _check_dict(check)
                for check in self.checks
            ],
        }


def _check_dict(check: CheckResult) -> dict[str, Any]:
    return {**asdict(check), "unresolved": check.unresolved, "seconds": round(check.seconds, 4)}


def check_library(store: LibraryLike, repair: bool = False) -> CheckReport:
    """Run every check on ``store``; with ``repair`` back up first, then fix what is safe.

    A read-only library is checked but never repaired (``LibraryReadOnly``
    before anything runs).
    """
    if repair and is_read_only(store.db):
        raise LibraryReadOnly(store.path, "repairs")
    started = time.perf_counter()
    report = CheckReport(checks=[], repair=repair)
    if repair and store.path is not None:
        report.backup, report.backup_note = _backup_before_repair(store)
    for name, check in CHECKS:
        result = CheckResult(name)
        began = time.perf_counter()
        check(store.db, result, repair)
        result.seconds = time.perf_counter() - began
        report.checks.append(result)
    report.seconds = time.perf_counter() - started
    return report


def _backup_before_repair(store: LibraryLike) -> tuple[Path | None, str]:
    """A verified backup, or (for a library failing its integrity check) a raw copy."""
    try:
        return backup_library(store, "repair").path, ""
    except BackupError as error:
        copy = snapshot_unverified(store, "repair")
        return copy, f"{error}; kept an unverified copy instead"


def _check_integrity(db: Database, result: CheckResult, repair: bool) -> None:
    """Pages and indexes (``PRAGMA integrity_check``); indexes can be rebuilt."""
    remaining = _find_and_rebuild(db, result, repair, _integrity_messages, "REINDEX")
    if remaining:
        result.note("not repairable in place: restore a backup (workbench backup --list)")


def _find_and_rebuild(db: Database, result: CheckResult, repair: bool,
                      find: Callable[[Database], list[str]], *rebuild_sql: str) -> list[str]:
    """Record what ``find`` reports; when repairing, rebuild and look again.

    Returns the problems left (none when not repairing or nothing was found).
    """
    problems = find(db)
    result.problems = len(problems)
    for problem in problems:
        result.note(problem)
    if not (repair and problems):
        return []
    with db.atomic():
        for statement in rebuild_sql:
            db.execute(statement)
    remaining = find(db)
    result.repaired = len(problems) - len(remaining)
    return remaining


def _integrity_messages(db: Database) -> list[str]:
    rows = [str(row[0]) for row in db.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def _check_foreign_keys(db: Database, result: CheckResult, repair: bool) -> None:
    """Rows pointing at missing rows; only model output is deleted, analyst rows are reported."""
    rows = db.execute("PRAGMA foreign_key_check").fetchall()
    result.problems = len(rows)
    model: dict[str, list[int]] = {}
    for table, rowid, parent, _ in rows:
        result.note(f"{table} row {rowid} refers to a missing {parent} row")
        if table in _MODEL_ROWS:
            model.setdefault(table, []).append(int(rowid))
    if not repair or not model:
        return
    with db.atomic():
        for table, rowids in model.items():
            result.repaired += _delete_model_rows(db, table, rowids)


def _delete_model_rows(db: Database, table: str, rowids: list[int]) -> int:
    """Delete model rows by rowid (never analyst ones); their documents are analysed again."""
    marks = ",".join("?" * len(rowids))
    condition = f"rowid IN ({marks}) AND {_MODEL_ROWS[table]}"
    if table in ("mentions", "quotes"):
        documents = db.execute(
            f"SELECT DISTINCT document_id FROM {table} WHERE {condition}", rowids
        ).fetchall()
        _redo_analysis(db, [int(row[0]) for row in documents])
    return db.execute(f"DELETE FROM {table} WHERE {condition}", rowids).rowcount


def _redo_analysis(db: Database, doc_ids: list[int]) -> None:
    """Drop the model's output for these documents and mark them pending (caller's transaction)."""
    for doc_id in sorted(set(doc_ids)):
        db.execute("DELETE FROM mentions WHERE document_id = ? AND source = 'model'", [doc_id])
        db.execute("DELETE FROM quotes WHERE document_id = ?", [doc_id])
        db.execute("UPDATE documents SET status = 'pending' WHERE id = ?", [doc_id])


def _check_search_index(db: Database, result: CheckResult, repair: bool) -> None:
    """The FTS index matches the documents (FTS5 'integrity-check'), row for row.

    FTS5's own check is an INSERT, which a read-only library cannot run (it
    used to be reported as a mismatch); there only the rows are compared.
    """
    _find_and_rebuild(db, result, repair, _search_index_problems, *(
        f"INSERT INTO {index}({index}) VALUES ('rebuild')" for index in SEARCH_INDEXES))
    if is_read_only(db):
        result.note("read-only library: only the index's rows were compared with the documents")


def _search_index_problems(db: Database) -> list[str]:
    return [problem for index, name in SEARCH_INDEXES.items()
            for problem in _index_problems(db, index, name)]


def _index_problems(db: Database, index: str, name: str) -> list[str]:
    problems = []
    if not is_read_only(db):
        try:
            with db.atomic():
                db.execute(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as error:
            problems.append(f"the {name} does not match the documents ({error})")
    missing = db.execute(
        f"SELECT count(*) FROM documents WHERE id NOT IN (SELECT id FROM {index}_docsize)"
    ).fetchone()[0]
    extra = db.execute(
        f"SELECT count(*) FROM {index}_docsize WHERE id NOT IN (SELECT id FROM documents)"
    ).fetchone()[0]
    if missing:
        problems.append(f"{plural(missing, 'document')} missing from the {name}")
    if extra:
        problems.append(f"{plural(extra, name + ' row')} without a document")
    return problems


def _check_statuses(db: Database, result: CheckResult, repair: bool) -> None:
    """Documents in a status no code path finishes; repair queues them for analysis."""
    marks = ",".join("?" * len(KNOWN_STATUSES))
    rows = db.execute(
        f"SELECT id, status FROM documents WHERE status NOT IN ({marks})", list(KNOWN_STATUSES)
    ).fetchall()
    result.problems = len(rows)
    for doc_id, status in rows:
        result.note(f"document {doc_id} has unknown status {status!r}")
    if repair and rows:
        with db.atomic():
            _redo_analysis(db, [int(row[0]) for row in rows])
        result.repaired = len(rows)


@dataclass(frozen=True)
class _SpanSource:
    """Where one kind of stored span lives, and which of its document's fields it must quote."""

    label: str
    table: str
    start: str
    end: str
    text: str
    field: str = "'text'"  # an SQL expression: 'title' or 'text'
    where: str = "1"
    owner: str = "'model'"


_SPAN_SOURCES = (
    _SpanSource("mention", "mentions", "start", '"end"', "text", field="r.field",
                owner="r.source"),
    _SpanSource("quote", "quotes", "start", '"end"', "text"),
    _SpanSource(
        "quote speaker",
        "quotes",
        "speaker_start",
        "speaker_end",
        "speaker_text",
        where="r.speaker_start IS NOT NULL OR r.speaker_end IS NOT NULL",
    ),
    _SpanSource(
        "annotation",
        "annotations",
        "start",
        '"end"',
        "exact",
        where="r.status <> 'orphaned'",
        owner="'annotation'",
    ),
)


@dataclass(frozen=True)
class _BadSpan:
    source: _SpanSource
    row_id: int
    document_id: int
    owner: str
    kind: str  # "range" or "text"
    problem: str


def _bad_spans(db: Database) -> list[_BadSpan]:
    """Spans outside their text, or whose stored text differs from the text they cover.

    Why Python and one read of each text: SQL's ``length``/``substr`` on the joined
    text read the whole text again for every span, so one 600 KB document with
    15,000 mentions took 80 s to check (a 2 MB one a quarter of an hour). Every
    span comes in one pass in document order; each document's title and text are
    read once, and Python slices them by code point as the offsets count.
    """
    parts = [
        f"SELECT {index}, r.id, r.document_id, r.{source.start}, r.{source.end},"
        f" r.{source.text}, {source.owner}, {source.field} FROM {source.table} r"
        f" WHERE {source.where}"
        for index, source in enumerate(_SPAN_SOURCES)
    ]
    rows = db.execute(" UNION ALL ".join(parts) + " ORDER BY 3")  # streamed: spans are many
    found: list[_BadSpan] = []
    fields: dict[str, str] | None = None
    current = None
    for index, row_id, doc_id, first, last, text, owner, quoted_field in rows:
        if doc_id != current:
            current, fields = doc_id, _document_fields(db, doc_id)
        if fields is None:  # a span of a missing document: the foreign-key check's to report
            continue
        body = fields["title"] if quoted_field == "title" else fields["text"]
        kind, problem = _span_problem(body, first, last, text)
        if kind:
            source = _SPAN_SOURCES[index]
            found.append(_BadSpan(source, int(row_id), int(doc_id), str(owner), kind, problem))
    return found


def _document_fields(db: Database, doc_id: int) -> dict[str, str] | None:
    """A document's title and text, or None when no document has ``doc_id``."""
    row = db.execute("SELECT title, text FROM documents WHERE id = ?", [doc_id]).fetchone()
    return None if row is None else {"title": row[0] or "", "text": row[1] or ""}


def _span_problem(body: str, start: Any, end: Any, text: Any) -> tuple[str, str]:
    """The kind of problem ('range' or 'text') and why; ('', '') when the span is fine."""
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(body)):
        return "range", f"span {start}-{end} is outside its text (length {len(body)})"
    if body[start:end] != text:
        return "text", f"stored text {str(text)[:40]!r} differs from the text at {start}-{end}"
    return "", ""


def _check_spans(db: Database, result: CheckResult, repair: bool) -> None:
    """Every mention, quote and annotation span lies within its text: 0 <= start < end <= len."""
    _check_span_kind(db, result, repair, "range")


def _check_span_texts(db: Database, result: CheckResult, repair: bool) -> None:
    """Every stored quote (mention text, quote text, annotation exact) equals the text it spans."""
    _check_span_kind(db, result, repair, "text")


def _check_span_kind(db: Database, result: CheckResult, repair: bool, kind: str) -> None:
    bad = [span for span in _bad_spans(db) if span.kind == kind]
    result.problems = len(bad)
    for span in bad:
        where = f"{span.source.label} {span.row_id} in document {span.document_id}"
        result.note(f"{where}: {span.problem}")
    if not repair or not bad:
        return
    annotations = [span.row_id for span in bad if span.owner == "annotation"]
    redo = [span.document_id for span in bad if span.owner == "model"]
    with db.atomic():
        db.conn.executemany(
            "UPDATE annotations SET status = 'orphaned', updated_at = ? WHERE id = ?",
            [(now_iso(), annotation_id) for annotation_id in annotations],
        )
        _redo_analysis(db, redo)
    result.repaired = len(annotations) + len(redo)
    for span in bad:
        if span.owner not in ("annotation", "model"):
            result.note(f"{span.source.label} {span.row_id} is the analyst's: fix it by hand")


CHECKS: tuple[tuple[str, Callable[[Database, CheckResult, bool], None]], ...] = (
    ("integrity", _check_integrity),
    ("foreign_keys", _check_foreign_keys),
    ("search_index", _check_search_index),
    ("statuses", _check_statuses),
    ("spans", _check_spans),
    ("span_texts", _check_span_texts),
)
