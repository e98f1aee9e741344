"""Import files and folders into a library: read, dedup, store, then analyse."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.models import Article, Changes
from workbench.core.progress import Cancelled, Progress
from workbench.ingest import (
    IngestError,
    check_regular_file,
    is_workbench_export,
    read_records,
    scan_input_files,
)
from workbench.operations.json_import import import_workbench_export
from workbench.store import Store


@dataclass
class ImportReport:
    """What an import did, file by file, so the user sees every failure and duplicate."""

    imported: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    duplicates: list[tuple[str, str, int]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    files_seen: int = 0
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when no file or row failed."""
        return not self.failed


DocumentCallback = Callable[[Changes], None]


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

    A file that cannot be read is recorded with its reason and the batch goes
    on. Inside folders, symbolic links are skipped unless ``follow_links`` (and
    never followed out of the folder), as are pipes, sockets and devices; each
    is listed in ``report.skipped``. A subfolder that cannot be read is a
    failure. Cancelling stops between documents: what was stored stays whole.
    """
    progress = progress or Progress()
    report = ImportReport()
    scan = scan_input_files(paths, follow_links=follow_links)
    report.skipped.extend(scan.skipped)
    report.failed.extend(scan.unreadable)
    progress.start(len(scan.files))
    try:
        for path in scan.files:
            _import_file(store, path, analyze, report, on_change)
            report.files_seen += 1
            progress.step(str(path))
    except Cancelled:
        report.cancelled = True
    return report


def _import_file(
    store: Store,
    path: Path,
    analyze: bool,
    report: ImportReport,
    on_change: DocumentCallback | None,
) -> None:
    """Store every article of one file, recording failures per file or per row."""
    try:
        check_regular_file(path)  # before any read: a named pipe would block forever
        if path.suffix.lower() == ".json" and is_workbench_export(path):
            restored = import_workbench_export(store, path)
            restored.add_to(report)
            if on_change is not None and restored.imported:
                on_change(Changes(documents_added=tuple(restored.imported), entities=True,
                                  annotations=True, tags=True, claims=True))
            return
        for record in read_records(path):
            if isinstance(record, IngestError):
                report.failed.append((str(path), str(record)))
                continue
            try:
                _store_article(store, record, analyze, report, on_change)
            except UnicodeError as error:  # one record's text, never the whole batch
                reason = getattr(error, "reason", error)
                report.failed.append((str(path), f"text cannot be stored ({reason})"))
    except IngestError as error:
        report.failed.append((str(path), str(error)))
    except OSError as error:
        report.failed.append((str(path), error.strerror or str(error)))


def _store_article(
    store: Store,
    article: Article,
    analyze: bool,
    report: ImportReport,
    on_change: DocumentCallback | None,
) -> None:
    previous = store.versions.find_previous_version(article)
    if previous is not None:
        update = store.versions.replace_document_text(previous, article)
        if not update.unchanged:
            report.updated.append(previous)
            if on_change is not None:
                on_change(update.changes)
            return
    changes = store.documents.add_article(article, analyze=analyze)
    if changes.duplicate_of is not None:
        report.duplicates.append((article.origin_path or "", article.title, changes.duplicate_of))
        return
    report.imported.extend(changes.documents_added)
    if on_change is not None:
        on_change(changes)
