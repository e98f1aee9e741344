"""The export formats: one row each, read by ``workbench export`` and the export dialog alike.

Why one table: the command line's choices, the dialog's list, the file
suffix, whether a format writes a folder, and which writer runs were once
written twice and drifted. Adding a format is one row here plus one writer
module (and its tests); ``operations.exporting`` gathers what the row
``needs`` from the store and hands it to the row's writer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.core.bundle_records import Work
from workbench.core.progress import Progress
from workbench.core.text import plural

if TYPE_CHECKING:  # an annotation only: the timeline (and its time normaliser) loads on use
    from workbench.core.timeline import Timeline

class Needs(Enum):
    """What a writer reads: the whole export object, or document records one at a time."""

    LIBRARY = "library"
    NOTES = "notes"
    WORK = "work"  # one analyst's work for a colleague (a bundle)


@dataclass
class ExportJob:
    """The input of one writer: only the field its format ``needs`` is filled.

    ``library`` is the JSON export object (``json_export.library_record``);
    ``notes`` yields document records in id order and ``names`` gives each
    document's note file stem; ``timeline`` is filled for a format whose row
    asks for it. ``out`` is None for a file written to stdout.
    """

    out: Path | None
    progress: Progress = field(default_factory=Progress)
    library: dict[str, Any] | None = None
    notes: Iterable[dict[str, Any]] = ()
    names: Mapping[int, str] = field(default_factory=dict)
    wikilinks: bool = False
    overwrite: bool = False  # a folder format may replace files no export wrote
    timeline: Timeline | None = None
    analyses: Sequence[dict[str, Any]] = ()  # scored ACH records, for the Markdown notes
    authors: Mapping[str, str] = field(default_factory=dict)  # author id -> name (ACH notes)
    #: annotation id -> who made it, for the timeline's analyst items (claims, highlights, notes)
    timeline_authors: Mapping[int, str] = field(default_factory=dict)
    work: Work | None = None  # the bundle's rows, chosen by author and time
    selection: Mapping[str, Any] = field(default_factory=dict)  # whose work, since when
    generated: str = ""  # when the bundle was made (UTC, the library's timestamp form)
    #: the exporting library's own id (Markdown front matter, a folder export's manifest)
    library_id: str | None = None


@dataclass(frozen=True)
class ExportOutput:
    """What a writer produced: ``text`` for a one-file format, else the files it wrote.

    ``written`` says what in words ("9 notes, index.md and claims.md"), for
    the command line's and the dialog's summary line.
    """

    written: str
    documents: int = 0
    text: str | None = None
    files: tuple[Path, ...] = ()
    cancelled: bool = False


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its name (``--format``), label, output kind, suffix and writer.

    ``timeline``: the writer also writes the timeline (``timeline.md``, ``timeline.csv``).
    """

    name: str
    label: str
    folder: bool
    suffix: str
    needs: Needs
    write: Callable[[ExportJob], ExportOutput]
    wikilinks: bool = False
    timeline: bool = False

    @property
    def menu_label(self) -> str:
        """The label as the dialog lists it, with what the format writes."""
        return f"{self.label} ({'folder' if self.folder else 'file'})"


def _markdown(job: ExportJob) -> ExportOutput:
    from workbench.export.markdown import export_markdown

    result = export_markdown(
        job.notes,
        job.names,
        _folder(job, "markdown"),
        wikilinks=job.wikilinks,
        progress=job.progress,
        timeline=job.timeline,
        analyses=job.analyses,
        authors=job.authors,
        timeline_authors=job.timeline_authors,
        overwrite=job.overwrite,
        library_id=job.library_id,
    )
    written = plural(result.documents, "note")
    if not result.cancelled:
        written += ", index.md, claims.md and timeline.md" if job.timeline else \
            ", index.md and claims.md"
        if job.analyses:
            written += f", {plural(len(job.analyses), 'analysis note')}"
    return ExportOutput(
        written, result.documents, files=tuple(result.files), cancelled=result.cancelled
    )


def _json(job: ExportJob) -> ExportOutput:
    from workbench.export.json_export import dumps

    library = _library(job, "json")
    return ExportOutput(*_documents(library), text=dumps(library))


def _webannotation(job: ExportJob) -> ExportOutput:
    from workbench.export.webannotation import annotation_collection, dumps_collection

    library = _library(job, "webannotation")
    text = dumps_collection(annotation_collection(library))
    return ExportOutput(*_documents(library), text=text)


def _bundle(job: ExportJob) -> ExportOutput:
    from workbench.export.bundle import bundle_record, dumps_bundle

    if job.work is None:
        raise ValueError("the bundle export needs the analyst's work (ExportJob.work)")
    work = job.work
    text = dumps_bundle(bundle_record(work, job.selection, job.generated))
    count = len(work.documents)
    return ExportOutput(
        f"{plural(work.size, 'piece')} of work on {plural(count, 'document')}", count,
        text=text,
    )


def _csv(job: ExportJob) -> ExportOutput:
    from workbench.export.ach_export import ACH_CSV, ach_csv
    from workbench.export.csv_export import write_csv_tables
    from workbench.export.timeline_export import TIMELINE_CSV, timeline_csv

    library, out = _library(job, "csv"), _folder(job, "csv")
    extra = {}
    if job.timeline is not None:
        extra[TIMELINE_CSV] = timeline_csv(job.timeline.items, job.timeline.undated,
                                           job.timeline_authors)
    if library.get("ach"):
        names = {author["id"]: author["name"] for author in library.get("authors", [])}
        extra[ACH_CSV] = ach_csv(library["ach"], names)
    paths = write_csv_tables(library, out, extra, overwrite=job.overwrite,
                             library_id=job.library_id)
    written = ", ".join(path.name for path in paths)
    return ExportOutput(written, len(library["documents"]), files=tuple(paths))


def _library(job: ExportJob, name: str) -> dict[str, Any]:
    """The job's export object; ValueError, not an assert, when the caller left it out.

    Why not ``assert``: under ``python -O`` the check vanished and the writer
    failed later with an AttributeError far from the cause.
    """
    if job.library is None:
        raise ValueError(f"the {name} export needs the library record (ExportJob.library)")
    return job.library


def _folder(job: ExportJob, name: str) -> Path:
    """The folder a folder format writes into (ValueError when the job has none)."""
    if job.out is None:
        raise ValueError(f"the {name} export writes a folder: give ExportJob.out")
    return job.out


def _documents(library: dict[str, Any]) -> tuple[str, int]:
    count = len(library["documents"])
    return plural(count, "document"), count


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("markdown", "Markdown notes", True, "", Needs.NOTES, _markdown, wikilinks=True,
                 timeline=True),
    ExportFormat("json", "JSON", False, ".json", Needs.LIBRARY, _json),
    ExportFormat("webannotation", "W3C Web Annotation", False, ".jsonld", Needs.LIBRARY,
                 _webannotation),
    ExportFormat("csv", "CSV tables", True, "", Needs.LIBRARY, _csv, timeline=True),
    ExportFormat("bundle", "Bundle for a colleague (merge)", False, ".json", Needs.WORK, _bundle),
)  # fmt: skip


def export_format(name: str) -> ExportFormat:
    """The row of the format called ``name`` (ValueError for an unknown one)."""
    for row in FORMATS:
        if row.name == name:
            return row
    raise ValueError(f"unknown export format {name!r}; use {', '.join(format_names())}")


def format_names() -> tuple[str, ...]:
    """Every format's name, in table order."""
    return tuple(row.name for row in FORMATS)
