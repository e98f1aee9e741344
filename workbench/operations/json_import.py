"""Import a workbench JSON export into a library: documents, analysis and all analyst work.

One operation over two steps: ``ingest.workbench_export`` reads the file and
checks all of it against its schema (a file with any problem writes nothing
and reports each problem with its JSON path), then ``store.exchange`` writes
its records in one transaction. A task function: it takes a ``Progress``
(one step per document, cancel between documents) and never touches widgets.
Documents already in the library (same text) keep their analysis and
receive the exported annotations, claims and tags they lack.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from workbench.core.progress import Progress
from workbench.core.records import ExportContents
from workbench.core.text import plural
from workbench.ingest.errors import IngestError, one_line
from workbench.ingest.workbench_export import load_export
from workbench.ingest.workbench_json import InvalidExport

if TYPE_CHECKING:
    from workbench.store import Store


class BatchReport(Protocol):
    """The batch import's report that ``add_to`` fills (``importing.ImportReport``).

    A protocol, not an import: ``importing`` calls this module, so importing
    it back would close a circle.
    """

    imported: list[int]
    analyses: int
    analysis_parts_skipped: int
    ratings_folded: int
    duplicates: list[tuple[str, str, int]]
    failed: list[tuple[str, str]]
    problems: dict[str, list[str]]
    cancelled: bool


@dataclass
class ExportImportReport:
    """What importing one export file did, document by document."""

    path: str
    imported: list[int] = field(default_factory=list)
    merged: list[tuple[str, int]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    # An invalid export's problems, one line each, listed under its one failure.
    problems: dict[str, list[str]] = field(default_factory=dict)
    annotations: int = 0
    claims: int = 0
    links: int = 0
    links_skipped: int = 0
    analyses: int = 0
    analysis_parts_skipped: int = 0  # evidence rows without their claim, broken ratings
    ratings_folded: int = 0  # ratings of a repeated hypothesis, folded into its first's
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when every document was imported."""
        return not self.failed

    def add_to(self, report: BatchReport) -> None:
        """Fold this into a batch ``ImportReport`` (merged documents count as already present)."""
        report.imported.extend(self.imported)
        report.analyses += self.analyses
        report.analysis_parts_skipped += self.analysis_parts_skipped
        report.ratings_folded += self.ratings_folded
        report.duplicates.extend((self.path, title, doc_id) for title, doc_id in self.merged)
        report.failed.extend(self.failed)
        report.problems.update(self.problems)
        report.cancelled = report.cancelled or self.cancelled


@dataclass
class LoadedExport:
    """An export read and checked (off the writer thread): its records, or why not."""

    report: ExportImportReport
    contents: ExportContents | None


def read_workbench_export(path: str | Path) -> LoadedExport:
    """Parse and check the export at ``path`` without touching a library.

    Why apart from the writing: the import reads files on its own thread, and
    only ``write_workbench_export`` belongs on the writer.
    """
    report = ExportImportReport(path=str(path))
    try:
        return LoadedExport(report, load_export(path))
    except InvalidExport as error:
        # One file is one failed input: its problems go under it, one line each.
        problems = [one_line(problem) for problem in error.problems]
        if error.count > len(error.problems):
            unlisted = plural(error.count - len(error.problems), "more problem", "more problems")
            problems.append(f"… and {unlisted} not listed")
        report.failed.append((str(path), one_line(str(error))))
        report.problems[str(path)] = problems
    except IngestError as error:
        report.failed.append((str(path), str(error)))
    except OSError as error:
        report.failed.append((str(path), error.strerror or str(error)))
    return LoadedExport(report, None)


def stored_title(store: Store, doc_id: int, fallback: str) -> str:
    """The title of the document the library already holds as ``doc_id``.

    Why: "already in the library as document 3 (TITLE)" names the stored document;
    the incoming file's title (same text, another headline) sent the reader looking
    for a document the library does not hold under that name.
    """
    head = store.documents.document_head(doc_id, 0)
    return str(head["title"]) if head is not None else fallback


def write_workbench_export(
    store: Store, loaded: LoadedExport, progress: Progress | None = None
) -> ExportImportReport:
    """Write a read export's records into ``store`` (one transaction, ``store.exchange``)."""
    report = loaded.report
    if loaded.contents is None:
        return report
    result = store.exchange.import_export(loaded.contents, progress)
    report.imported = result.imported
    report.merged = [
        (stored_title(store, doc_id, title), doc_id) for title, doc_id in result.merged
    ]
    report.failed = [
        (report.path, one_line(f"document {number} ({title}): {message}"))
        for number, title, message in result.failed
    ]
    report.annotations, report.claims = result.annotations, result.claims
    report.links, report.links_skipped = result.links, result.links_skipped
    report.analyses = result.analyses
    report.analysis_parts_skipped = result.analysis_parts_skipped
    report.ratings_folded = result.analysis_ratings_folded
    report.cancelled = result.cancelled
    return report
