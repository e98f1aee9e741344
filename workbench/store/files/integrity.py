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
from pathlib import Path

from sqlite_utils import Database

from workbench.core.text import plural
from workbench.core.vocabulary import DOCUMENT_STATUSES as KNOWN_STATUSES
from workbench.store.files.backup import (
    BackupError,
    LibraryLike,
    backup_library,
    snapshot_unverified,
)
from workbench.store.files.check_report import CheckReport, CheckResult
from workbench.store.files.key_checks import check_keys
from workbench.store.files.locking import is_read_only
from workbench.store.files.name_twin_checks import check_name_twins
from workbench.store.files.refusals import LibraryReadOnly
from workbench.store.files.schema_checks import check_schema
from workbench.store.files.span_checks import check_span_texts, check_spans, redo_analysis
from workbench.store.files.tag_path_checks import check_tag_paths
from workbench.store.files.text_checks import check_texts
from workbench.store.files.value_checks import check_values

_MODEL_ROWS = {
    "mentions": "source = 'model'",
    "quotes": "1",
    "entity_aliases": "1",
}


# The full-text indexes kept by triggers, and what a report calls them.
SEARCH_INDEXES = {"documents_fts": "search index", "documents_symbols": "symbol search index"}


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
        redo_analysis(db, [int(row[0]) for row in documents])
    return db.execute(f"DELETE FROM {table} WHERE {condition}", rowids).rowcount


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
            redo_analysis(db, [int(row[0]) for row in rows])
        result.repaired = len(rows)


CHECKS: tuple[tuple[str, Callable[[Database, CheckResult, bool], None]], ...] = (
    ("integrity", _check_integrity),
    ("schema", check_schema),  # before the repairs a foreign trigger could block
    ("foreign_keys", _check_foreign_keys),
    ("search_index", _check_search_index),
    ("statuses", _check_statuses),
    ("spans", check_spans),
    ("span_texts", check_span_texts),
    ("values", check_values),
    ("texts", check_texts),  # wrong-typed quote and mention texts, re-read from their spans
    ("tag_paths", check_tag_paths),  # after values: a BLOB path is made text first
    ("keys", check_keys),  # after values: a repaired name is keyed as it now reads
    ("name_twins", check_name_twins),  # names told apart only by invisible characters
)
