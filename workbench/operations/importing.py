"""Import files and folders into a library: read and parse on a thread, store in small steps.

Reading and parsing (``scan_input_files``, ``read_records``, checking a
workbench export) run on a reader thread that feeds a bounded queue; the
caller's thread only stores what arrived: duplicate check, version
matching, insert, each document in its own transaction. ``import_steps`` is
the stepped job the desktop writer interleaves with analyst actions;
``import_paths`` runs the same steps to the end (the command line).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.models import Changes
from workbench.core.progress import Cancelled, Progress
from workbench.core.text import plural
from workbench.ingest import (
    ArticleRead,
    IngestError,
    WorkbenchExportError,
    read_results,
    scan_input_files,
)
from workbench.operations.json_import import (
    LoadedExport,
    read_workbench_export,
    stored_title,
    write_workbench_export,
)
from workbench.operations.stepping import Feed, feed_steps, run_steps
from workbench.store import Store, library_error_text

READER_THREAD = "workbench-import-reader"
# An import that stored at least this many documents (new or new versions)
# merges the full-text index's segments at its end (``store.library.
# merge_search_index``); a smaller one leaves them to FTS5's automerge, as the
# few segments it adds cost queries less than a merge costs the writer.
MERGE_AFTER_DOCUMENTS = 500


@dataclass
class ImportReport:
    """What an import did, file by file, so the user sees every failure and duplicate."""

    imported: list[int] = field(default_factory=list)
    analyses: int = 0  # ACH analyses a workbench JSON export brought
    # Of those analyses: evidence rows whose claim is not in the file and ratings of unknown
    # hypotheses (skipped), and ratings of a repeated hypothesis its first had (folded).
    analysis_parts_skipped: int = 0
    ratings_folded: int = 0
    updated: list[int] = field(default_factory=list)
    # Marks a new version left without a place (as `update` reports them): never silent.
    orphaned: list[int] = field(default_factory=list)
    duplicates: list[tuple[str, str, int]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    # Under a failed file, the problems it holds, one line each (an invalid export's).
    problems: dict[str, list[str]] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # (path, document id, published value) of a document imported without its file's date,
    # since the value was no date ("1e+300", "2024-02-30"): dropped, but never silently.
    undated: list[tuple[str, int, str]] = field(default_factory=list)
    # (path, document id, warning) of what a reader left out of a file it still imported
    # (a Markdown file's front matter that is no YAML): the document is there, never silently.
    warnings: list[tuple[str, int, str]] = field(default_factory=list)
    files_seen: int = 0
    cancelled: bool = False
    stopped: str | None = None  # the error that ended the import early (a full disk)

    @property
    def ok(self) -> bool:
        """True when no file or row failed."""
        return not self.failed

    def ach_parts(self) -> list[str]:
        """What of the imported ACH analyses was not written as it stood, in words, for
        the CLI's line and the app's summary alike (empty when all was).

        Why: an evidence row whose claim is not in the file, or a rating of an unknown
        hypothesis, was skipped without a word, and a rating of a repeated hypothesis
        (folded into its first, which had its own) was counted as skipped though nothing
        broken was lost."""
        parts = []
        if self.analysis_parts_skipped:
            skipped = plural(self.analysis_parts_skipped, "evidence row or rating",
                             "evidence rows or ratings")
            parts.append(f"{skipped} skipped (a claim not in the file, an unknown hypothesis)")
        if self.ratings_folded:
            parts.append(f"{plural(self.ratings_folded, 'rating')} of a repeated hypothesis "
                         "folded into its first (which is rated already)")
        return parts


# Errors that end the whole import (not one file's): the library or the disk refuses.
# A ValueError or LookupError one article or file raises is that item's failure
# (``_ITEM_FAILURES``, ``_READ_FAILURES``); here they are only the last net, so an
# error outside any one item still ends with the report of what was stored.
_FATAL = (sqlite3.Error, OSError, ValueError, LookupError)
# What storing one article (or one workbench export) can raise that is its own:
# a value the store refuses, a row it cannot find, a constraint that one row breaks
# (rolled back with its transaction). Attack run 19: one such article stopped a
# bulk import of hundreds.
_ITEM_FAILURES = (ValueError, LookupError, sqlite3.IntegrityError)
# What a reader can raise on a crafted file beyond its own IngestError: a parser's
# unexpected ValueError or KeyError, a structure nested past the stack.
_READ_FAILURES = (ValueError, LookupError, RecursionError)


class ImportStopped(Exception):
    """An error ended the import early; ``report`` holds what it had done by then.

    Why: a full disk raised its error alone, so the command line printed one
    line and no report (nor ``--json``) of the documents already stored and
    kept, and the analyst could not tell what to import again.
    """

    def __init__(self, cause: Exception, report: ImportReport) -> None:
        reason = library_error_text(cause) if isinstance(cause, sqlite3.Error) else _said(cause)
        report.stopped = reason
        super().__init__(f"{reason} (import stopped after"
                         f" {plural(len(report.imported), 'document')} imported)")
        self.cause = cause
        self.report = report


def _said(error: Exception) -> str:
    """An error's own words (an OSError with its file), its class name when it has none."""
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename}: {error.strerror}" if error.filename else error.strerror
    return str(error).strip() or type(error).__name__


DocumentCallback = Callable[[Changes], None]
ImportSteps = Generator["Feed[object] | None", None, "ImportReport"]


@dataclass(frozen=True)
class _Scanned:
    """What the folder walk found: the files to read and what it left out."""

    files: int
    skipped: tuple[tuple[str, str], ...]
    unreadable: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class _Read:
    """One thing read from a file: an article, a failure, or a whole workbench export."""

    path: Path
    article: ArticleRead | None = None
    failure: str | None = None
    export: LoadedExport | None = None


@dataclass(frozen=True)
class _FileDone:
    """Everything of ``path`` was handed over (one progress step)."""

    path: Path


def import_paths(
    store: Store,
    paths: Iterable[str | Path],
    *,
    analyze: bool = True,
    progress: Progress | None = None,
    on_change: DocumentCallback | None = None,
    follow_links: bool = False,
) -> ImportReport:
    """Read every file under ``paths`` into ``store``; each document in its own transaction.

    The plain form of ``import_steps`` (every step run here, in order).
    """
    return run_steps(import_steps(store, paths, analyze=analyze, progress=progress,
                                  on_change=on_change, follow_links=follow_links))


def import_steps(
    store: Store,
    paths: Iterable[str | Path],
    *,
    analyze: bool = True,
    progress: Progress | None = None,
    on_change: DocumentCallback | None = None,
    follow_links: bool = False,
) -> ImportSteps:
    """The import as steps: files are read on a reader thread, each step stores a few documents.

    A file that cannot be read is recorded with its reason and the batch goes
    on. Inside folders, symbolic links are skipped unless ``follow_links`` (and
    never followed out of the folder), as are pipes, sockets and devices; each
    is listed in ``report.skipped``. A subfolder that cannot be read is a
    failure. Cancelling stops between documents: what was stored stays whole.
    An error no single file explains (a full disk) raises ``ImportStopped``
    carrying the report so far.
    """
    progress = progress or Progress()
    report = ImportReport()
    chosen = list(paths)
    writer = _DocumentWriter(store, analyze, report, progress, on_change)
    feed: Feed[object] = Feed(lambda: _read_all(chosen, follow_links), READER_THREAD)
    try:
        yield from feed_steps(feed, writer.apply, progress.check)
        yield from _merge_search_index(store, report, progress)
    except Cancelled:
        report.cancelled = True
    except _FATAL as fatal:  # what was stored stays, each document in its own transaction
        raise ImportStopped(fatal, report) from fatal
    return report


def _merge_search_index(store: Store, report: ImportReport,
                        progress: Progress) -> Iterator[None]:
    """After a large import, merge the search index in steps the writer interleaves.

    Why here: the CLI and the desktop run these same steps, so both leave a
    merged index (bm25 queries 20-25 % cheaper). Each step commits, so a
    cancel (or a crash) between steps keeps what was merged and every
    document; a cancelled import does not start the merge (``Cancelled``
    skips it), and a cancel during the merge ends it quietly: the documents
    are all stored.
    """
    if len(report.imported) + len(report.updated) < MERGE_AFTER_DOCUMENTS:
        return
    for _rows in store.library.merge_search_index():
        if progress.cancelled:
            return
        yield None


def _read_all(paths: list[str | Path], follow_links: bool) -> Iterator[object]:
    """The reader thread's work: walk the folders, then read every file, in order."""
    scan = scan_input_files(paths, follow_links=follow_links)
    yield _Scanned(len(scan.files), tuple(scan.skipped), tuple(scan.unreadable))
    for path in scan.files:
        yield from _read_file(path, scan.export_listed.get(path))
        yield _FileDone(path)


def _articles_or_export(path: Path, export_listed: bool | None) -> Iterator[_Read]:
    """A file's articles, or for a ``.json`` workbench export, the export.

    The export is found by the one parse the ``.json`` reader makes anyway,
    not by a sniffing read of its own before it.
    """
    try:
        # Raises when the file holds no article at all.
        for record in read_results(path, export_listed=export_listed):
            if isinstance(record, IngestError):
                yield _Read(path, failure=str(record))
            else:
                yield _Read(path, article=record)
    except WorkbenchExportError:
        yield _Read(path, export=read_workbench_export(path))


def _read_file(path: Path, export_listed: bool | None) -> Iterator[_Read]:
    """Every article of one file, or why the file or a row of it could not be read."""
    try:
        # No check of its own: every read refuses pipes and devices before
        # opening (ingest's check_file_size).
        yield from _articles_or_export(path, export_listed)
    except IngestError as error:
        yield _Read(path, failure=str(error))
    except OSError as error:
        yield _Read(path, failure=error.strerror or str(error))
    except _READ_FAILURES as error:  # that file's failure, never the whole import's
        yield _Read(path, failure=f"could not be read ({_said(error)})")


class _DocumentWriter:
    """The writer's half: store what the reader handed over, recording every outcome."""

    def __init__(self, store: Store, analyze: bool, report: ImportReport, progress: Progress,
                 on_change: DocumentCallback | None) -> None:
        self.store = store
        self.analyze = analyze
        self.report = report
        self.progress = progress
        self.on_change = on_change
        # The documents the current file's earlier items made or updated: never versions of its
        # later ones (a file's rows are so many articles, however alike title and text). The
        # reader sends a file's items together, then ``_FileDone``, which empties the set.
        self.made_by_file: set[int] = set()

    def apply(self, item: object) -> None:
        """Store one item from the reader (may raise ``Cancelled`` at the end of a file)."""
        if isinstance(item, _Scanned):
            self.report.skipped.extend(item.skipped)
            self.report.failed.extend(item.unreadable)
            self.progress.start(item.files)
        elif isinstance(item, _FileDone):
            self.report.files_seen += 1
            self.made_by_file.clear()
            self.progress.step(str(item.path))
        elif isinstance(item, _Read):
            self._store_read(item)

    def _store_read(self, item: _Read) -> None:
        """Store one read item; what it alone raises is its failure, and the import goes on.

        ``on_change`` is called only after the item is stored and outside the
        failure net: a failed item means "not stored", so a callback that
        raises must not list a stored article as failed. Its error is the
        caller's, not the item's: it ends the import (``ImportStopped``) with
        a report that counts the article as imported.
        """
        if item.failure is not None:
            self.report.failed.append((str(item.path), item.failure))
            return
        try:
            changes = self._store(item)
        except UnicodeError as error:  # one record's text, never the whole batch
            reason = getattr(error, "reason", error)
            self.report.failed.append((str(item.path), f"text cannot be stored ({reason})"))
            return
        except _ITEM_FAILURES as error:
            self.report.failed.append((str(item.path), f"not stored: {_said(error)}"))
            return
        if changes is not None and self.on_change is not None:
            self.on_change(changes)

    def _store(self, item: _Read) -> Changes | None:
        """Store an export or an article; the changes to announce, or None."""
        if item.export is not None:
            return self._write_export(item.export)
        if item.article is not None:
            changes = _store_article(self.store, item.article, str(item.path), self.analyze,
                                     self.report, self.made_by_file)
            self.made_by_file.update(changes.touched_documents if changes is not None else ())
            return changes
        return None

    def _write_export(self, loaded: LoadedExport) -> Changes | None:
        restored = write_workbench_export(self.store, loaded)
        restored.add_to(self.report)
        if not (restored.imported or restored.analyses):
            return None
        return Changes(documents_added=tuple(restored.imported), entities=True,
                       annotations=True, tags=True, claims=True, ach=bool(restored.analyses))


def _store_article(store: Store, read: ArticleRead, named: str, analyze: bool,
                   report: ImportReport, made_here: set[int]) -> Changes | None:
    """Store one article (a new version of a stored one, or new); the changes to announce.

    The report names the file as the user ``named`` it, not as stored: the
    article's origin is its resolved full path. A document ``made_here`` (made
    or updated by an earlier item of the same file) is never the one it is a new
    version of: 3,000 short rows of one CSV with one title and source were one
    document with 2,999 versions.
    """
    article = read.article
    previous = store.versions.find_previous_version(article, exclude=made_here)
    if previous is not None:
        update = store.versions.replace_document_text(previous, article)
        if not update.unchanged:
            report.updated.append(previous)
            report.orphaned.extend(update.orphan_ids)
            return update.changes
    changes = store.documents.add_article(article, analyze=analyze)
    if changes.duplicate_of is not None:
        stored = stored_title(store, changes.duplicate_of, article.title)
        report.duplicates.append((named, stored, changes.duplicate_of))
        return None
    report.imported.extend(changes.documents_added)
    if read.refused_published is not None:
        report.undated.extend((named, doc_id, read.refused_published)
                              for doc_id in changes.documents_added)
    report.warnings.extend((named, doc_id, warning) for warning in read.warnings
                           for doc_id in changes.documents_added)
    return changes
