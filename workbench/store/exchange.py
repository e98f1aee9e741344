"""Import a workbench JSON export into the library in one transaction (``store.exchange``).

The file is read and checked by ``workbench.ingest.workbench_export``; this
part writes its records. Why one transaction: the export's rows point to each
other (mentions to entities, claims to quotes, links to claims), so the
library never shows half an export; a broken document is rolled back alone
(a savepoint) and reported, and cancelling between documents keeps the
documents already written, whole, with the links between them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from sqlite_utils import Database

from workbench.core.bundle_records import Work, WorkSelection
from workbench.core.progress import Cancelled, Progress
from workbench.core.records import ExportContents
from workbench.store.exchange_ach import write_analyses
from workbench.store.exchange_authorship import register_authors
from workbench.store.exchange_bundle import read_work
from workbench.store.exchange_bundle_write import sign_unsigned, write_work
from workbench.store.exchange_grades import write_sources
from workbench.store.exchange_rows import Record
from workbench.store.exchange_writer import ExportWriter
from workbench.store.history import History

#: What a broken record raises while it is written (anything else aborts the whole import).
RECORD_ERRORS = (KeyError, TypeError, ValueError, IndexError, OverflowError, sqlite3.Error)


@dataclass
class ExchangeResult:
    """What importing an export did: documents created or merged, failures, counts."""

    imported: list[int] = field(default_factory=list)
    merged: list[tuple[str, int]] = field(default_factory=list)
    #: (document number in the file, its title, what was wrong)
    failed: list[tuple[int, str, str]] = field(default_factory=list)
    annotations: int = 0
    claims: int = 0
    links: int = 0
    links_skipped: int = 0
    analyses: int = 0
    #: evidence rows whose claim is not in the file, ratings of unknown hypotheses
    analysis_parts_skipped: int = 0
    #: ratings of a repeated hypothesis folded into its first's (which had its own)
    analysis_ratings_folded: int = 0
    cancelled: bool = False


class Exchange:
    """Bring a checked workbench export into the library."""

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history

    def import_export(
        self, export: ExportContents, progress: Progress | None = None
    ) -> ExchangeResult:
        """Write entities, tags, every document with its work, then links; one step per document.

        Not an undoable action: an import keeps what the export recorded
        (timestamps, status history, ids when free) and is undone by deleting
        the documents it added.
        """
        result = ExchangeResult()
        progress = progress or Progress()
        with self.db.atomic():
            writer = ExportWriter(self.db)
            register_authors(self.db, export.authors)
            writer.write_entities(export.entities)
            writer.write_tags(export.tags)
            write_sources(self.db, export.sources)
            progress.start(len(export.documents))
            try:
                for number, record in enumerate(export.documents, start=1):
                    _write_one(writer, record, number, result)
                    progress.step(str(record.get("title") or ""))
            except Cancelled:
                result.cancelled = True
            result.links, result.links_skipped = writer.write_links(export.links)
            written = write_analyses(self.db, export.analyses, writer.annotation_ids)
            result.analyses, result.analysis_parts_skipped = written.analyses, written.skipped
            result.analysis_ratings_folded = written.folded
        return result

    def authored_work(self, selection: WorkSelection) -> Work:
        """The work a bundle hands over: chosen by author and time, rows named by origin."""
        return read_work(self.db, selection)

    def import_work(self, work: Work) -> None:
        """Write a bundle's work into this (empty) library, keeping origins and authors."""
        write_work(self.db, work)

    def sign_unsigned(self) -> int:
        """Give analyst rows without an origin a fresh one (an export from before authorship)."""
        return sign_unsigned(self.db)


def _write_one(writer: ExportWriter, record: Record, number: int, result: ExchangeResult) -> None:
    """Write one document, recording a failure (and going on) if its record is broken."""
    title = str(record.get("title") or "Untitled")
    try:
        imported = writer.write_document(record)
    except RECORD_ERRORS as error:
        result.failed.append((number, title, str(error)))
        return
    result.annotations += imported.added_annotations
    result.claims += imported.added_claims
    if imported.created:
        result.imported.append(imported.doc_id)
    else:
        result.merged.append((title, imported.doc_id))
