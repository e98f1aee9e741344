"""The Store facade: every read and write of a library goes through here.

The GUI and the CLI call these verb-first methods; none of them writes SQL.
Each mutation runs in one transaction and returns a ``Changes`` record so that
views can refresh lazily. A Store (like its sqlite3 connection) belongs to the
thread that created it; the UI gives its writer thread its own Store.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlite_utils import Database

from workbench.core.models import Analysis, Article, Changes
from workbench.store import analysis as analysis_rows
from workbench.store import documents as doc_rows
from workbench.store import search as fts
from workbench.store.backup import BackupError, backup_before_migrations, maybe_backup
from workbench.store.browse import BrowseQueries
from workbench.store.documents import DocumentNotFound
from workbench.store.entity_queries import EntityQueries
from workbench.store.library_file import open_database
from workbench.store.locking import refuse_writes, use_immediate_transactions
from workbench.store.refusals import LibraryReadOnly
from workbench.store.restore import RestoreActions
from workbench.store.schema import apply_migrations, migrations, unknown_applied
from workbench.store.suggestions import SuggestionQueries
from workbench.store.versions import VersionActions

_log = logging.getLogger(__name__)
APP_NAME = "AnalystWorkbench"
# A closing command backs up only when the newest backup is older than this, so a
# script of many small commands does not copy a large library after each one.
CLOSE_BACKUP_INTERVAL_S = 300.0
DB_ENV = "WORKBENCH_DB"

__all__ = ["DocumentNotFound", "SchemaTooNew", "Store", "default_library_path"]


class SchemaTooNew(RuntimeError):
    """The library was written by a newer version of the app; it is left unchanged."""


def default_library_path() -> Path:
    """The library used when no ``--db`` is given: $WORKBENCH_DB or the platform data folder."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "library.sqlite"


class Store(SuggestionQueries, EntityQueries, BrowseQueries, RestoreActions, VersionActions):
    """One open library file (or an in-memory library when ``path`` is None).

    The file is inspected before anything changes it (``open_database``): a
    folder, device, empty, foreign or newer-version file is refused unchanged.
    A library this process may not write opens ``read_only``: reads work, and
    every change raises ``LibraryReadOnly``.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self._closed = False
        self.read_only = False
        self.applied_migrations: list[str] = []
        if self.path is None:
            self.db = Database(memory=True)
        else:
            self.db, self.read_only = open_database(self.path)
        try:
            self._prepare()
        except BaseException:
            self.db.close()
            raise

    def _prepare(self) -> None:
        """Refuse a newer schema, then (unless read-only) turn on WAL and migrate."""
        self.db.execute("PRAGMA busy_timeout = 5000")  # wait, not fail, while another writes
        self.db.execute("PRAGMA foreign_keys = ON")
        use_immediate_transactions(self.db)
        newer = unknown_applied(self.db)
        if newer:
            raise SchemaTooNew(
                f"{self.path} was created by a newer Analyst Workbench "
                f"(unknown migrations: {', '.join(newer)}); it was not changed"
            )
        if self.read_only:
            refuse_writes(self.db, self.path)
            if migrations.pending(self.db):
                raise LibraryReadOnly(self.path, "the upgrade this version of the app needs")
            return
        if self.path is not None:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
        backup_before_migrations(self.db, self.path)  # raises BackupError: then no migration
        self.applied_migrations = apply_migrations(self.db)

    def close(self, backup_interval_s: float = CLOSE_BACKUP_INTERVAL_S) -> None:
        """Back up if the library changed (and the newest backup is older than the interval), close.

        The desktop app passes 0 so that closing it always leaves a backup of
        the latest work. A failed backup is logged, never raised: closing must
        always close.
        """
        if self._closed:
            return
        self._closed = True
        try:
            maybe_backup(self, backup_interval_s, reason="close")
        except (BackupError, sqlite3.Error, OSError) as exc:
            _log.warning("no backup when closing %s: %s", self.path, exc)
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents -----------------------------------------------------------

    def add_article(self, article: Article, *, analyze: bool = True) -> Changes:
        """Insert one article with its FTS row in one transaction, unless its text is already here.

        With ``analyze`` the document is marked pending so extraction (now or on
        the next run) completes it; otherwise it stays unanalysed on purpose.
        """
        with self.db.atomic():
            existing = doc_rows.find_duplicate(self.db, article.text)
            if existing is not None:
                return Changes(duplicate_of=existing, note="already in the library")
            status = doc_rows.STATUS_PENDING if analyze else doc_rows.STATUS_UNANALYZED
            doc_id = doc_rows.insert_article(self.db, article, status)
        return Changes(documents_added=(doc_id,))

    def get_document(self, doc_id: int) -> dict[str, Any] | None:
        """Return one document's row (metadata and text), or None."""
        return doc_rows.get_document(self.db, doc_id)

    def resolve_document(self, ref: str | int) -> int:
        """Turn a DOC reference (id or unambiguous title prefix) into an id."""
        return doc_rows.resolve_reference(self.db, str(ref))

    def list_documents(self, **options: Any) -> list[dict[str, Any]]:
        """Document metadata rows; see ``documents.list_documents`` for options."""
        return doc_rows.list_documents(self.db, **options)

    def count_documents(self) -> int:
        """Number of documents in the library."""
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

    # -- search --------------------------------------------------------------

    def search(
        self, text: str, *, advanced: bool = False, limit: int = 50, offset: int = 0
    ) -> list[fts.SearchHit]:
        """Full-text search; simple mode never raises, advanced may raise SearchSyntaxError."""
        return fts.search_documents(self.db, text, advanced=advanced, limit=limit, offset=offset)

    def count_search(self, text: str, *, advanced: bool = False) -> int:
        """Number of documents matching ``text``."""
        return fts.count_matches(self.db, text, advanced=advanced)

    # -- analysis ------------------------------------------------------------

    def documents_needing_analysis(self, limit: int | None = None) -> list[tuple[int, str, str]]:
        """(id, title, text) of documents marked pending, oldest first."""
        rows = self.db.execute(
            "SELECT id, title, text FROM documents WHERE status = 'pending' ORDER BY id LIMIT ?",
            [-1 if limit is None else limit],
        ).fetchall()
        return [(int(r[0]), r[1], r[2]) for r in rows]

    def mark_for_analysis(self, doc_ids: list[int] | None = None) -> Changes:
        """Mark documents (all when None) pending so the next analysis run redoes them."""
        with self.db.atomic():
            if doc_ids is None:
                self.db.execute("UPDATE documents SET status = 'pending'")
                ids = [int(r[0]) for r in self.db.execute("SELECT id FROM documents")]
            else:
                ids = list(doc_ids)
                self.db.conn.executemany(
                    "UPDATE documents SET status = 'pending' WHERE id = ?", [(i,) for i in ids]
                )
        return Changes(documents_changed=tuple(ids))

    def save_analysis(self, doc_id: int, analysis: Analysis) -> Changes:
        """Replace one document's extracted entities and quotes atomically."""
        with self.db.atomic():
            analysis_rows.replace_analysis(self.db, doc_id, analysis)
        return Changes(documents_changed=(doc_id,), entities=True)

    def mark_analysis_failed(self, doc_id: int) -> Changes:
        """Record that extraction failed for a document so it is not retried forever."""
        with self.db.atomic():
            self.db.execute("UPDATE documents SET status = 'failed' WHERE id = ?", [doc_id])
        return Changes(documents_changed=(doc_id,))

    def document_entities(self, doc_id: int) -> list[dict[str, Any]]:
        """Entity mentions of one document (hidden entities left out)."""
        return analysis_rows.document_mentions(self.db, doc_id)

    def document_quotes(self, doc_id: int) -> list[dict[str, Any]]:
        """Direct and indirect quotes of one document with their speakers."""
        return analysis_rows.document_quotes(self.db, doc_id)

    def entity_aliases(self, entity_ids: list[int]) -> dict[int, list[str]]:
        """Aliases of the given entities."""
        return analysis_rows.entity_aliases(self.db, entity_ids)

    def find_entity_id(self, name: str, *, include_hidden: bool = False) -> int | None:
        """The entity whose canonical name (or else alias) is ``name``, people first."""
        order = "CASE e.label WHEN 'PERSON' THEN 0 WHEN 'ORG' THEN 1 ELSE 2 END, e.id"
        visible = "" if include_hidden else " AND e.hidden = 0"
        row = self.db.execute(
            f"SELECT e.id FROM entities e WHERE e.name = ? COLLATE NOCASE{visible}"
            f" ORDER BY {order} LIMIT 1",
            [name.strip()],
        ).fetchone()
        if row is None:
            row = self.db.execute(
                "SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
                f" WHERE a.alias = ? COLLATE NOCASE{visible} ORDER BY {order} LIMIT 1",
                [name.strip()],
            ).fetchone()
        return int(row[0]) if row else None

    def all_entities(self) -> list[dict[str, Any]]:
        """Every visible entity (id, name, label), by name."""
        cursor = self.db.execute(
            "SELECT id, name, label FROM entities WHERE hidden = 0 ORDER BY name, label"
        )
        return [dict(zip(("id", "name", "label"), row, strict=True)) for row in cursor]
