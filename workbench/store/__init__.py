"""The one door to a library: ``Store``, its errors, its small records, and file care.

Everything outside ``workbench.store`` imports from here, never from a
submodule (an import-linter contract and ``tests/test_store_door.py`` hold
that); only the store's own tests, under ``tests/store/``, may open its
internals. ``Store`` owns one connection and one undo history and exposes one
part per topic (``store.documents``, ``store.claims``, ``store.tags`` ...);
the functions below care for the library *file* (open safely, back up,
restore, lock, check) and work without an open Store. The domain's words
(statuses, relations, labels) live in ``workbench.core.vocabulary``.
"""

from __future__ import annotations

from workbench.core.claim_matching import Suggestion
from workbench.store.analysis_claims import AnalysisRun
from workbench.store.claim_inserts import CLAIMANT_MAX_CHARS
from workbench.store.claim_spans import ClaimOverlap
from workbench.store.documents import DocumentNotFound, read_document_text
from workbench.store.exchange import ExchangeResult
from workbench.store.files.backup import (
    BackupError,
    BackupInfo,
    backup_library,
    backups_folder,
    list_backups,
    maybe_backup,
    newest_backup,
)
from workbench.store.files.check_report import CheckReport, CheckResult
from workbench.store.files.integrity import check_library
from workbench.store.files.library_file import belongs_to_library, starts_as_sqlite
from workbench.store.files.locking import LibraryInUse, LibraryLock
from workbench.store.files.opening import keep_aside, probe_library, restore_backup
from workbench.store.files.refusals import (
    LibraryDamaged,
    LibraryReadOnly,
    LibraryRefused,
    library_error_text,
)
from workbench.store.files.value_checks import BadValue
from workbench.store.files.value_checks import warning_line as bad_values_warning
from workbench.store.grades import UnknownSource
from workbench.store.history import UndoConflict
from workbench.store.library import (
    SNIPPET_TOKENS,
    CurationCounts,
    Library,
    LibraryFilter,
)
from workbench.store.library_reader import LibraryReader, open_library_reader
from workbench.store.merge_source import MergeRefused
from workbench.store.name_order import name_sort_key
from workbench.store.search import (
    SNIPPET_CLOSE,
    SNIPPET_OPEN,
    SearchHit,
    SearchQueryTooLarge,
    SearchSyntaxError,
    check_search_query,
    is_interruption,
)
from workbench.store.search_matches import matched_spans
from workbench.store.store import (
    DB_ENV,
    SchemaTooNew,
    Store,
    default_library_path,
    library_path,
    open_library,
)
from workbench.store.versions import ReanchorReport

__all__ = [
    "BadValue",
    "bad_values_warning",
    "CLAIMANT_MAX_CHARS",
    "DB_ENV",
    "SNIPPET_CLOSE",
    "SNIPPET_OPEN",
    "SNIPPET_TOKENS",
    "AnalysisRun",
    "BackupError",
    "BackupInfo",
    "CheckReport",
    "CheckResult",
    "ClaimOverlap",
    "CurationCounts",
    "DocumentNotFound",
    "Library",
    "LibraryDamaged",
    "LibraryFilter",
    "LibraryInUse",
    "LibraryLock",
    "LibraryReader",
    "LibraryReadOnly",
    "LibraryRefused",
    "MergeRefused",
    "ReanchorReport",
    "ExchangeResult",
    "SchemaTooNew",
    "SearchHit",
    "SearchQueryTooLarge",
    "SearchSyntaxError",
    "Store",
    "Suggestion",
    "UndoConflict",
    "UnknownSource",
    "backup_library",
    "backups_folder",
    "belongs_to_library",
    "check_library",
    "check_search_query",
    "default_library_path",
    "is_interruption",
    "keep_aside",
    "library_path",
    "list_backups",
    "matched_spans",
    "maybe_backup",
    "name_sort_key",
    "newest_backup",
    "open_library",
    "open_library_reader",
    "probe_library",
    "read_document_text",
    "restore_backup",
    "starts_as_sqlite",
    "library_error_text",
]
