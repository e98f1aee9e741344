"""The Store facade: one connection, one undo history, and one part per topic.

Every read and write of a library goes through a part (``store.documents``,
``store.claims``, ``store.tags`` ...), each a plain class over the connection
and the history; the GUI and the CLI call their verb-first methods and none of
them writes SQL. Each mutation runs in one transaction and returns a
``Changes`` record so that views can refresh lazily. A Store (like its sqlite3
connection) belongs to the thread that created it; the UI gives its writer
thread its own Store.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from platformdirs import user_data_dir
from sqlite_utils import Database

from workbench.core.authorship import Author
from workbench.store.ach import Ach
from workbench.store.analysis import Analyses
from workbench.store.annotations import Annotations
from workbench.store.authors import Authors
from workbench.store.claims import Claims
from workbench.store.documents import DocumentNotFound, Documents
from workbench.store.entities import Entities
from workbench.store.exchange import Exchange
from workbench.store.files.backup import BackupError, backup_before_migrations, maybe_backup
from workbench.store.files.library_file import open_database
from workbench.store.files.locking import refuse_writes
from workbench.store.files.new_library import configure_connection
from workbench.store.files.opening import refuse_damaged, settle_opened
from workbench.store.files.refusals import LibraryReadOnly
from workbench.store.files.value_checks import BadValue, find_bad_values, guard_reads
from workbench.store.grades import Grades
from workbench.store.history import History
from workbench.store.library import Library
from workbench.store.library_place import settle_library_place
from workbench.store.merge import Merge
from workbench.store.schema import apply_migrations, migrations, unknown_applied
from workbench.store.suggestions import Suggestions
from workbench.store.tags import Tags
from workbench.store.timeline import TimelineSources
from workbench.store.versions import Versions

_log = logging.getLogger(__name__)
APP_NAME = "AnalystWorkbench"
# A closing command backs up only when the newest backup is older than this, so a
# script of many small commands does not copy a large library after each one.
CLOSE_BACKUP_INTERVAL_S = 300.0
DB_ENV = "WORKBENCH_DB"
IN_MEMORY = ":memory:"
"""SQLite's name for a database kept in memory: a library with no file, as ``Store()``."""

__all__ = [
    "DocumentNotFound",
    "SchemaTooNew",
    "Store",
    "default_library_path",
    "library_path",
    "open_library",
]


class SchemaTooNew(RuntimeError):
    """The library was written by a newer version of the app; it is left unchanged."""


def default_library_path() -> Path:
    """The library used when no ``--db`` is given: $WORKBENCH_DB or the platform data folder."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "library.sqlite"


def library_path(db: str | None) -> Path:
    """The library file ``--db`` names (``~`` expanded), else ``default_library_path()``.

    Why one function: the command line, ``check`` / ``restore`` and the window each
    had their own copy of this rule, and a fourth front end would have made a fourth.
    """
    return Path(db).expanduser() if db else default_library_path()


class Store:
    """One open library file (or an in-memory library when ``path`` is None or ":memory:").

    Only its lifecycle lives here (open, migrate, close); everything else is
    a part: ``documents``, ``analysis``, ``library`` (search and browse),
    ``tags``, ``annotations``, ``claims``, ``suggestions``, ``entities``,
    ``versions``, ``exchange`` (an export's records written back), ``grades``
    (source reliability, claim credibility), ``timeline`` (what a timeline is built
    from), ``ach`` (Analyses of Competing Hypotheses), ``authors`` (who worked on
    it), ``merge`` (another analyst's library brought in; its conflicts) and
    ``history`` (undo and redo).

    The file is inspected before anything changes it (``open_database``): a
    folder, device, empty, foreign or newer-version file is refused unchanged.
    ``author`` signs every analyst action (``authors.act_as`` changes it later).
    ``bad_values``: what another Store of the same file found already
    (``files.value_checks``; the window hands its own to the writer thread's Store),
    so the tables are not scanned again.
    A library this process may not write opens ``read_only``: reads work, and
    every change raises ``LibraryReadOnly``.
    """

    def __init__(self, path: str | Path | None = None, author: Author | None = None,
                 bad_values: list[BadValue] | None = None) -> None:
        in_memory = path is None or str(path) == IN_MEMORY  # SQLite's own name for it
        self.path = None if in_memory else Path(path)
        self._closed = False
        self.read_only = False
        self.applied_migrations: list[str] = []
        made_here = self.path is not None and not self.path.exists()
        if self.path is None:
            self.db = Database(memory=True)
        else:
            self.db, self.read_only, self.applied_migrations = open_database(self.path)
        try:
            self._prepare()
            # Wrong-typed values (a file edited by another program) are read as missing:
            # `list` and the library table stopped on them (``files.value_checks``).
            # Another open of this file in this process hands its finding over: the
            # scan cost 0.6 s at 200,000 highlights, three times at each app start.
            self.bad_values: list[BadValue] = (find_bad_values(self.db) if bad_values is None
                                               else list(bad_values))
            self.db = guard_reads(self.db, self.bad_values)
        except BaseException:
            self.db.close()
            raise
        # A library this Store made and that nothing wrote into holds no work: its close makes
        # no backup (``workbench list`` on a fresh home left a backup of empty tables).
        self._changes_when_made = self.db.conn.total_changes if made_here else None
        self.history = History(self.db, author)
        self.documents = Documents(self.db, self.history)
        self.analysis = Analyses(self.db, self.history)
        self.library = Library(self.db, self.history)
        self.tags = Tags(self.db, self.history)
        self.annotations = Annotations(self.db, self.history)
        self.claims = Claims(self.db, self.history)
        self.suggestions = Suggestions(self.db, self.history)
        self.entities = Entities(self.db, self.history)
        self.versions = Versions(self.db, self.history)
        self.exchange = Exchange(self.db, self.history)
        self.grades = Grades(self.db, self.history)
        self.timeline = TimelineSources(self.db, self.history)
        self.ach = Ach(self.db, self.history)
        self.authors = Authors(self.db, self.history)
        self.merge = Merge(self.db, self.history)

    def _prepare(self) -> None:
        """Refuse a newer schema, then (unless read-only) turn on WAL and migrate."""
        configure_connection(self.db)
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
        backup_before_migrations(self.db, self.path)  # raises BackupError: then no migration
        # A new file came migrated (``open_database``); this upgrades an older library,
        # one migration per transaction, each chosen under the write lock.
        self.applied_migrations += apply_migrations(self.db)
        if self.path is not None:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            settle_library_place(self.db, self.path)  # a copied file gets an id of its own

    def close(self, backup_interval_s: float = CLOSE_BACKUP_INTERVAL_S) -> None:
        """Back up if the library changed (and the newest backup is older than the interval), close.

        The desktop app passes 0 so that closing it always leaves a backup of
        the latest work. A failed backup is logged, never raised: closing must
        always close. A library this Store made and nothing wrote into closes
        without one: there is no work to keep, and no backup yet to compare with.
        """
        if self._closed:
            return
        self._closed = True
        try:
            if self.db.conn.total_changes != self._changes_when_made:
                maybe_backup(self, backup_interval_s, reason="close")
        except (BackupError, sqlite3.Error, OSError) as exc:
            _log.warning("no backup when closing %s: %s", self.path, exc)
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_library(path: Path) -> Store:
    """Open ``path`` as a Store, refusing (and keeping aside) a damaged file.

    Raises ``LibraryDamaged`` when the file is not a sound database, or when
    it is missing because an earlier open kept it aside: the analyst must
    choose to restore or to start afresh, never get an empty library by
    surprise. A folder, device, empty or foreign file raises ``LibraryRefused``
    and ``SchemaTooNew`` passes through, the file unchanged in both cases. A
    library this process may not write opens read-only, with a warning.
    """
    path = Path(path)
    refuse_damaged(path)
    store = Store(path)
    settle_opened(path, store.read_only)
    return store
