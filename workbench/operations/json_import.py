"""Import a workbench JSON export into a library: documents, analysis and all analyst work.

A task function: it takes a ``Progress`` (one step per document, cancel
between documents) and never touches widgets. The whole file is checked
against its schema first (``workbench.ingest.workbench_json``): a file with
any problem writes nothing and reports each problem with its JSON path.
Documents already in the library (same text) keep their analysis and
receive the exported annotations, claims and tags they lack; ids are
remapped throughout, so links join the restored claims.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from workbench.core.progress import Cancelled, Progress
from workbench.core.vocabulary import (
    ANNOTATION_KINDS,
    ANNOTATION_STATUSES,
    CLAIM_STATUSES,
    DOCUMENT_STATUSES,
    RELATIONS,
    normalize_tag_path,
)
from workbench.ingest.decoding import read_limited_bytes
from workbench.ingest.errors import IngestError, one_line
from workbench.ingest.json_file import EXPORT_FORMAT, JSON_MAX_BYTES, parse_json
from workbench.ingest.workbench_json import InvalidExport, Vocabulary, check_header, validate_export

if TYPE_CHECKING:
    from workbench.store import Store

SUPPORTED_VERSION = 1
EXPORT_VOCABULARY = Vocabulary(
    document_statuses=DOCUMENT_STATUSES,
    annotation_kinds=ANNOTATION_KINDS,
    annotation_statuses=ANNOTATION_STATUSES,
    claim_statuses=CLAIM_STATUSES,
    relations=RELATIONS,
    tag_path=normalize_tag_path,
)


class BatchReport(Protocol):
    """The batch import's report that ``add_to`` fills (``importing.ImportReport``).

    A protocol, not an import: ``importing`` calls this module, so importing
    it back would close a circle.
    """

    imported: list[int]
    duplicates: list[tuple[str, str, int]]
    failed: list[tuple[str, str]]
    cancelled: bool


@dataclass
class ExportImportReport:
    """What importing one export file did, document by document."""

    path: str
    imported: list[int] = field(default_factory=list)
    merged: list[tuple[str, int]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    annotations: int = 0
    claims: int = 0
    links: int = 0
    links_skipped: int = 0
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when every document was restored."""
        return not self.failed

    def add_to(self, report: BatchReport) -> None:
        """Fold this into a batch ``ImportReport`` (merged documents count as already present)."""
        report.imported.extend(self.imported)
        report.duplicates.extend((self.path, title, doc_id) for title, doc_id in self.merged)
        report.failed.extend(self.failed)
        report.cancelled = report.cancelled or self.cancelled


def load_export(path: str | Path) -> dict[str, Any]:
    """Read an export and check all of it; raise ``IngestError`` (``InvalidExport``) if unsound.

    Why all of it before anything is written: an export restores rows that
    point to each other, so a file is imported whole or not at all, and every
    problem is named at once with its JSON path.
    """
    loaded = parse_json(read_limited_bytes(Path(path), JSON_MAX_BYTES, "JSON"))
    check_header(loaded, EXPORT_FORMAT, SUPPORTED_VERSION)
    problems = validate_export(loaded, EXPORT_VOCABULARY)
    if problems:
        raise InvalidExport(problems)
    return loaded


@dataclass
class LoadedExport:
    """An export read and checked (off the writer thread): its data, or the report of why not."""

    report: ExportImportReport
    data: dict[str, Any] | None


def read_workbench_export(path: str | Path) -> LoadedExport:
    """Parse and check the export at ``path`` without touching a library.

    Why apart from the restore: the import reads files on its own thread,
    and only the writing (``restore_workbench_export``) belongs on the writer.
    """
    report = ExportImportReport(path=str(path))
    try:
        return LoadedExport(report, load_export(path))
    except InvalidExport as error:
        report.failed.append((str(path), str(error)))
        report.failed.extend((str(path), one_line(problem)) for problem in error.problems)
        if error.count > len(error.problems):
            more = error.count - len(error.problems)
            report.failed.append((str(path), f"… and {more} more problem(s) not listed"))
    except IngestError as error:
        report.failed.append((str(path), str(error)))
    except OSError as error:
        report.failed.append((str(path), error.strerror or str(error)))
    return LoadedExport(report, None)


def import_workbench_export(
    store: Store, path: str | Path, progress: Progress | None = None
) -> ExportImportReport:
    """Restore every document of the export at ``path``, then the links between their claims."""
    return restore_workbench_export(store, read_workbench_export(path), progress)


def restore_workbench_export(
    store: Store, loaded: LoadedExport, progress: Progress | None = None
) -> ExportImportReport:
    """Write a read export into ``store``: entities, tags, each document, then the links."""
    report, data = loaded.report, loaded.data
    if data is None:
        return report
    entity_ids = store.exchange.write_entities(_dicts(data.get("entities")))
    store.exchange.write_tags(_dicts(data.get("tags")))
    documents = _dicts(data.get("documents"))
    progress = progress or Progress()
    progress.start(len(documents))
    annotation_ids: dict[int, int] = {}
    try:
        for number, record in enumerate(documents, start=1):
            _restore_one(store, record, entity_ids, annotation_ids, report, number)
            progress.step(str(record.get("title") or ""))
    except Cancelled:
        report.cancelled = True
    links = _dicts(data.get("links")) or _links_from_claims(documents)
    report.links, report.links_skipped = store.exchange.write_links(links, annotation_ids)
    return report


def _restore_one(
    store: Store,
    record: dict[str, Any],
    entity_ids: dict[int, int],
    annotation_ids: dict[int, int],
    report: ExportImportReport,
    number: int,
) -> None:
    """Restore one document, recording a failure (and going on) if its record is broken."""
    title = str(record.get("title") or "Untitled")
    try:
        restored = store.exchange.write_document(record, entity_ids)
    except (KeyError, TypeError, ValueError, IndexError, OverflowError, sqlite3.Error) as error:
        report.failed.append((report.path, one_line(f"document {number} ({title}): {error}")))
        return
    annotation_ids.update(restored.annotations)
    report.annotations += restored.added_annotations
    report.claims += restored.added_claims
    if restored.created:
        report.imported.append(restored.doc_id)
    else:
        report.merged.append((title, restored.doc_id))


def _links_from_claims(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Links as read from each claim, for exports that lack the top-level list."""
    links = []
    for document in documents:
        for claim in _dicts(document.get("claims")):
            for link in _dicts(claim.get("links")):
                if link.get("direction") == "outgoing":
                    links.append(
                        {
                            "from_annotation_id": claim.get("id"),
                            "to_annotation_id": link.get("other_claim_id"),
                            "relation": link.get("relation"),
                            "note": link.get("note"),
                        }
                    )
    return links


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The dict items of a list field (anything else in a hostile file is ignored)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []
