"""Export: choose the documents, gather their records from the store, hand them to a writer.

The one place where export meets the store. Writers (``workbench.export``)
take records and return text or write files; which writer runs, and what it
needs, is the format table (``workbench.export.formats``). The command line
and the export dialog both call ``run_export``, so they export the same bytes.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.core.bundle_records import WorkSelection, since_timestamp
from workbench.core.labels import existing_tag_path, label_key, source_key
from workbench.core.progress import Progress
from workbench.core.records import DocumentBundle, Link, Tag
from workbench.core.text import ECHOED_CHARS, shorten
from workbench.export.filenames import assign_note_names
from workbench.export.files import takes_a_stream, write_file_atomically, write_into_stream
from workbench.export.formats import (
    FORMATS,
    ExportFormat,
    ExportJob,
    ExportOutput,
    Needs,
    export_format,
)
from workbench.export.json_export import document_record, library_record
from workbench.export.timeline_export import ANALYST_KINDS
from workbench.operations.ach import analyses_within, analysis_records
from workbench.operations.identity import author_named
from workbench.operations.timeline import gather_timeline
from workbench.store import LibraryFilter, belongs_to_library

if TYPE_CHECKING:
    from workbench.core.timeline import Timeline
    from workbench.store import Store


@dataclass(frozen=True)
class ExportRequest:
    """What to export where: no ``doc_ids``/``tag``: the whole library; no ``out``: stdout."""

    fmt: str
    out: Path | None
    doc_ids: tuple[int | str, ...] | None = None
    tag: str | None = None
    wikilinks: bool = False
    author: str | None = None  # bundle: only this author's work (a name the library knows)
    since: str | None = None  # bundle: only work made or changed since (ISO date or time)
    overwrite: bool = False  # folder formats: replace files in the folder that no export wrote
    # ``out`` was typed ending in a separator ("new.json/"): a folder, though ``Path`` drops it
    out_spelt_as_folder: bool = False


def run_export(
    store: Store, request: ExportRequest, progress: Progress | None = None
) -> ExportOutput:
    """Export the request's documents in its format; a one-file format with a path is written.

    Raises ``ExportUsage`` for options that do not fit the format or each
    other (``refuse_misused_options``), ``ValueError`` when a one-file format
    is given a folder, ``DocumentNotFound``/``LookupError`` for an unknown
    document, tag or author, and ``Cancelled`` when cancelled before writing.
    """
    row = export_format(request.fmt)
    refuse_misused_options(row, request)
    refuse_a_folder_for_one_file(row, request)
    if request.out is not None and store.path is not None and belongs_to_library(
            store.path, request.out):
        raise ValueError(f"{request.out} is a file of the open library; export to another file")
    job = ExportJob(out=request.out, progress=progress or Progress(), overwrite=request.overwrite,
                    library_id=store.library.library_id())
    if row.needs is Needs.WORK:
        return _written(row.write(work_job(store, request, job)), request.out)
    selected = request.doc_ids is not None or request.tag is not None
    doc_ids = select_documents(store, request.doc_ids, request.tag) if selected else None
    job.wikilinks = request.wikilinks
    if row.needs is Needs.NOTES:
        job.names = note_names(store, doc_ids)
        job.notes = _note_records(store, job.names)
        job.analyses = analyses_within(analysis_records(store), doc_ids)
        job.authors = store.authors.names()
    else:
        job.library = library_export(store, doc_ids, job.progress)
    if row.timeline:
        job.timeline = gather_timeline(store, doc_ids)
        job.timeline_authors = timeline_authors(store, job.timeline)
    return _written(row.write(job), request.out)


class ExportUsage(ValueError):
    """Options that do not fit the format or each other: the command line's usage error (exit 2).

    Why its own class: the operation decides what a request may hold (the
    command line and the dialog build requests alike), and the command line
    still tells a wrong command line (2) from input that failed (1).
    """


def refuse_misused_options(row: ExportFormat, request: ExportRequest) -> None:
    """Raise ``ExportUsage`` naming the first option that does not fit ``row`` or the others.

    A bundle is chosen by author and time, every other format by documents
    or a tag; a folder format needs a folder; wikilinks are Markdown's.
    """
    bundle = row.needs is Needs.WORK
    if row.folder and request.out is None:
        raise ExportUsage(f"--format {row.name} writes a folder: give --out FOLDER")
    if request.overwrite and not row.folder:
        folders = ", ".join(other.name for other in FORMATS if other.folder)
        raise ExportUsage(f"--overwrite only applies to --format {folders}")
    if request.wikilinks and not row.wikilinks:
        linked = ", ".join(other.name for other in FORMATS if other.wikilinks)
        raise ExportUsage(f"--wikilinks only applies to --format {linked}")
    if not bundle and (request.author is not None or request.since is not None):
        raise ExportUsage("--author and --since choose the work of --format bundle only")
    if bundle and (request.doc_ids is not None or request.tag is not None):
        raise ExportUsage("a bundle is chosen by --author and --since, not by --doc or --tag")
    if request.author is not None and not request.author.strip():
        raise ExportUsage("--author needs a name")
    problem = since_problem(request.since) if request.since is not None else None
    if problem is not None:
        raise ExportUsage(problem.message)


def refuse_a_folder_for_one_file(row: ExportFormat, request: ExportRequest) -> None:
    """Raise ``ValueError`` (failed input, not usage) when a one-file format is given a folder.

    A folder that exists, or a path spelt as one (``new.json/``): without this
    the export wrote a file called ``new.json`` where the analyst named a
    folder (attack run 14). Here, not in each front end, so every front end
    refuses alike.
    """
    if row.folder or request.out is None:
        return
    one_file = f"--format {row.name} writes one file"
    if request.out_spelt_as_folder:
        raise ValueError(f"{request.out}{os.sep} names a folder; {one_file}")
    if request.out.is_dir():
        raise ValueError(f"{request.out} is a folder; {one_file}")


def timeline_authors(store: Store, timeline: Timeline) -> dict[int, str]:
    """Annotation id -> its author's name, for the timeline's analyst items (claims, marks).

    Why gathered here: the timeline's records say what and when, not who, and
    a reader of timeline.md must still tell an analyst's claim (and whose)
    from a quote the extractor found. One query for all of them: the
    timeline may span the whole library.
    """
    return store.annotations.annotation_authors(
        item.item_id for item in (*timeline.items, *timeline.undated)
        if item.kind in ANALYST_KINDS and item.item_id is not None
    )


def _written(output: ExportOutput, out: Path | None) -> ExportOutput:
    """A one-file format's text written to ``out`` (when given): a file in one atomic step,
    a device or pipe (``/dev/null``, ``/dev/stdout``, a FIFO) written into."""
    if output.text is not None and out is not None:
        data = output.text.encode("utf-8")
        if takes_a_stream(out):
            write_into_stream(out, data)
        else:
            write_file_atomically(out, data)
        return ExportOutput(output.written, output.documents, files=(out,))
    return output


def work_job(store: Store, request: ExportRequest, job: ExportJob) -> ExportJob:
    """Fill ``job`` with the work a bundle hands over: by ``request.author``, since ``since``.

    The request's options are checked already (``refuse_misused_options``);
    raises ``LookupError`` for an author the library does not know.
    """
    since = since_timestamp(request.since) if request.since is not None else None
    names = store.authors.names()
    author_id = author_named(request.author, names) if request.author is not None else None
    job.progress.start(1)
    job.work = store.exchange.authored_work(WorkSelection(author_id, since))
    job.progress.step("work gathered")
    job.selection = {"author": request.author, "author_id": author_id, "since": since}
    job.generated = now_timestamp()
    return job


@dataclass(frozen=True)
class SinceProblem:
    """Why a ``--since`` cannot choose a bundle's work: the sentence, and whether it is to come.

    ``future`` lets the dialog say it in its own short words.
    """

    message: str
    future: bool = False


def since_problem(text: str) -> SinceProblem | None:
    """Why ``text`` cannot be a bundle's ``--since`` (garbage, off the calendar, future), or None.

    The one check the command line (through ``run_export``), the export
    dialog and the operation share. Why the future is refused: nothing can
    have been made or changed since then, so the bundle would be empty — a
    typo'd year (2062 for 2026) would hand a colleague an empty file without
    a word.
    """
    typed = shorten(text, ECHOED_CHARS)  # a long typed value is not repeated whole
    try:
        since = since_timestamp(text)
    except OverflowError:  # year 1 or 9999 moved to UTC leaves the calendar
        return SinceProblem(f"--since {typed} is outside the years a date can have")
    except ValueError as failure:
        return SinceProblem(str(failure))
    now = now_timestamp()
    if since > now:
        return SinceProblem(f"--since {typed} is in the future (it is now {now}); "
                            "nothing can have changed since then", future=True)
    return None


def now_timestamp() -> str:
    """The current UTC time, in the form the library stamps rows with."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def select_documents(
    store: Store, refs: Sequence[str | int] | None = None, tag: str | None = None
) -> list[int]:
    """Document ids in library order; a tag matches itself and the tags below it.

    A document carries a tag when the document is tagged or any of its passages
    is. Raises ``DocumentNotFound`` for a bad DOC and ``LookupError`` for an
    unknown tag, so a typo never exports an empty folder silently.
    """
    if refs:
        wanted = {store.documents.resolve_document(ref) for ref in refs}
        ids = [row["id"] for row in store.documents.list_documents(ids=sorted(wanted))]
    else:
        ids = [row["id"] for row in store.documents.list_documents()]
    if tag is None:
        return ids
    store.tags.require_tag(tag)
    tagged = set(store.library.library_ids(LibraryFilter(tag=existing_tag_path(tag))))
    return [doc_id for doc_id in ids if doc_id in tagged]


def gather_document(store: Store, doc_id: int) -> DocumentBundle:
    """One document with its tags, analysis, annotations, claims and their histories."""
    row = store.documents.get_document(doc_id)
    if row is None:
        raise LookupError(f"no document with id {doc_id}")
    claims = tuple(store.claims.document_claims(doc_id))
    row = {**row, "reliability": store.grades.document_reliability(doc_id)}
    return DocumentBundle(
        document=row,
        tags=tuple(store.tags.document_tags(doc_id)),
        mentions=tuple(store.analysis.document_entities(doc_id)),
        quotes=tuple(store.analysis.document_quotes(doc_id)),
        annotations=tuple(store.annotations.document_annotations(doc_id)),
        claims=claims,
        history={c.id: tuple(store.claims.claim_history(c.id)) for c in claims},
        tag_marks=tuple(store.tags.document_tag_marks(doc_id)),
    )


def document_export(store: Store, doc_id: int) -> dict[str, Any]:
    """One document's export record (as in the JSON export and ``show --json``)."""
    return document_record(gather_document(store, doc_id))


def library_export(
    store: Store, doc_ids: list[int] | None = None, progress: Progress | None = None
) -> dict[str, Any]:
    """The whole JSON export object for ``doc_ids`` (all documents when None).

    Entities are those the documents mention, quote or cite as claimants; links
    and tags are all of them for a whole-library export and, for a selection,
    the links touching its annotations and the tags it uses (with their parents).
    """
    selected = doc_ids is not None
    if doc_ids is None:
        doc_ids = [row["id"] for row in store.documents.list_documents()]
    progress = progress or Progress()
    progress.start(len(doc_ids))
    documents = []
    for doc_id in doc_ids:
        documents.append(document_export(store, doc_id))
        progress.step(documents[-1]["title"])
    tags, links = store.tags.list_tags(), store.claims.all_links()
    sources = store.grades.list_sources(graded_only=True)
    if selected:
        tags, links = _tags_used(tags, documents), _links_touching(links, documents)
        named = {source_key(str(d["source"])) for d in documents if d.get("source")}
        sources = [s for s in sources if source_key(s.name) in named]
    analyses = analyses_within(analysis_records(store), doc_ids if selected else None)
    return library_record(
        documents, _entities_used(store, documents), tags, links, sources, analyses,
        authors=store.authors.names(),
    )  # fmt: skip


def note_names(store: Store, doc_ids: list[int] | None = None) -> dict[int, str]:
    """File stems (without ``.md``) of the notes for ``doc_ids`` (all documents when None)."""
    rows = (
        store.documents.list_documents(ids=doc_ids)
        if doc_ids is not None
        else store.documents.list_documents()
    )
    return assign_note_names((row["id"], row["title"]) for row in rows)


def note_preview(store: Store, doc_id: int) -> str:
    """Sanitised HTML of one document's note, named as in a whole-library export."""
    from workbench.export.markdown import render_note_preview

    return render_note_preview(document_export(store, doc_id), note_names(store))


def note_markdown(store: Store, doc_id: int, *, wikilinks: bool = False) -> str:
    """One document's Markdown note, named as in a whole-library export."""
    from workbench.export.markdown import render_note_markdown

    names = note_names(store)
    return render_note_markdown(document_export(store, doc_id), names, wikilinks=wikilinks,
                                library_id=store.library.library_id())


def _note_records(store: Store, names: dict[int, str]) -> Iterator[dict[str, Any]]:
    """Document records in id order, read one at a time as the writer asks for them."""
    for doc_id in sorted(names):
        yield document_export(store, doc_id)


def _entities_used(store: Store, documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entities mentioned, quoted or cited as claimants by the documents, with aliases."""
    used = {m["entity_id"] for d in documents for m in d["entities"]}
    used |= {q["speaker_entity_id"] for d in documents for q in d["quotes"]}
    used |= {c["claimant_entity_id"] for d in documents for c in d["claims"]}
    used.discard(None)
    aliases = store.entities.entity_aliases(sorted(used))
    marks = store.entities.entity_alias_marks(sorted(used))
    return [
        {"id": e["id"], "name": e["name"], "label": e["label"], "aliases": aliases.get(e["id"], []),
         "alias_authorship": [
             {"alias": alias, "origin": origin, "author_id": author_id}
             for alias, origin, author_id in marks.get(e["id"], [])
         ]}
        for e in store.entities.all_entities()
        if e["id"] in used
    ]  # fmt: skip


def _tags_used(tags: list[Tag], documents: list[dict[str, Any]]) -> list[Tag]:
    """Tags on the documents or their annotations, with every parent tag."""
    paths = {t for d in documents for t in d["tags"]}
    paths |= {t for d in documents for a in d["annotations"] for t in a["tags"]}
    wanted = {label_key(p) for path in paths for p in _with_parents(path)}
    return [tag for tag in tags if label_key(tag.path) in wanted]


def _with_parents(path: str) -> list[str]:
    parts = path.split("/")
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


def _links_touching(links: list[Link], documents: list[dict[str, Any]]) -> list[Link]:
    annotation_ids = {a["id"] for d in documents for a in d["annotations"]}
    return [
        link
        for link in links
        if annotation_ids & {link.from_annotation_id, link.to_annotation_id}
    ]
