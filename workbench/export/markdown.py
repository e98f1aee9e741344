"""Export annotated notes as a folder of Markdown files (Obsidian-friendly), and preview one.

The folder gets one note per document, ``index.md``, ``claims.md`` and,
when given the timeline, ``timeline.md``. Every
file is written atomically, only inside the folder, with names that are safe
on every platform; nothing in them depends on the time of export, so the same
library always exports byte for byte the same files. This is a task function:
it takes a ``Progress`` (step per document, cancel between documents) and
never touches widgets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.core.progress import Cancelled, Progress
from workbench.export.ach_export import (
    analyses_index_section,
    analysis_note_names,
    render_analysis_note,
)
from workbench.export.export_folder import ExportFolder, note_owner
from workbench.export.markdown_claims import render_claims
from workbench.export.markdown_index import NoteSummary, render_index, summarise_record
from workbench.export.markdown_links import NoteLinks
from workbench.export.markdown_notes import render_note
from workbench.export.sanitize import markdown_to_safe_html
from workbench.export.timeline_export import TIMELINE_MD, render_timeline

if TYPE_CHECKING:
    from workbench.core.timeline import Timeline

INDEX_NAME = "index.md"
CLAIMS_NAME = "claims.md"
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_BLOCK_ID = re.compile(r" \^claim-\d+$", re.MULTILINE)


@dataclass
class MarkdownExport:
    """What an export wrote; ``cancelled`` when the analyst stopped it (notes so far are whole)."""

    folder: Path
    files: list[Path] = field(default_factory=list)
    documents: int = 0
    cancelled: bool = False


def export_markdown(  # noqa: PLR0913 - the records in, then one keyword per option
    notes: Iterable[dict[str, Any]],
    names: Mapping[int, str],
    folder: str | Path,
    *,
    wikilinks: bool = False,
    progress: Progress | None = None,
    timeline: Timeline | None = None,
    analyses: Sequence[dict[str, Any]] = (),
    authors: Mapping[str, str] | None = None,
    timeline_authors: Mapping[int, str] | None = None,
    overwrite: bool = False,
    library_id: str | None = None,
) -> MarkdownExport:
    """Write one note per document record, then ``index.md`` and ``claims.md``, into ``folder``.

    ``notes`` yields the document records (``json_export.document_record``)
    one at a time, so a large library is never held whole; ``names`` gives
    every exported document's file stem (``assign_note_names``); each scored
    ACH record in ``analyses`` gets a note of its own, listed in index.md;
    ``authors`` (id -> name) names who did what in those notes and
    ``timeline_authors`` (annotation id -> name) the analyst items of the timeline.
    A file in ``folder`` that an export did not write is never replaced
    (``ForeignFileInTheWay``, before anything is written) unless ``overwrite``.
    ``library_id`` (``store.library.library_id()``) goes into every note's front
    matter and the folder's manifest, so a re-export removes only its own library's
    renamed notes and a folder another library exported into is refused
    (``OtherLibrarysFolder``, before anything is written) unless ``overwrite``.
    """
    target = Path(folder)
    out = ExportFolder(target, "Markdown export", overwrite=overwrite, library_id=library_id)
    links = NoteLinks(dict(names), wikilinks, library_id)
    analysis_names = analysis_note_names(analyses, links.names.values()) if analyses else {}
    overview_names = [INDEX_NAME, CLAIMS_NAME] + ([TIMELINE_MD] if timeline is not None else [])
    out.claim([*(name + ".md" for name in names.values()),
               *(name + ".md" for name in analysis_names.values()), *overview_names])
    progress = progress or Progress()
    progress.start(len(names) + 1)
    result = MarkdownExport(folder=target)
    summaries: list[NoteSummary] = []
    try:
        for record in notes:
            name = names[record["id"]] + ".md"
            result.files.append(out.write(name, render_note(record, links)))
            summaries.append(summarise_record(record))
            result.documents += 1
            progress.step(name)
        _remove_renamed_notes(out, names, library_id)
        index = render_index(summaries, links)
        if analyses:
            section = _write_analyses(out, analyses, analysis_names, links, result, authors or {})
            index += "\n" + section + "\n"
        overviews = [
            (INDEX_NAME, index),
            (CLAIMS_NAME, render_claims(summaries, links)),
        ]
        if timeline is not None:
            overviews.append((TIMELINE_MD, render_timeline(timeline.items, timeline.undated,
                                                           links, timeline_authors)))
        for name, text in overviews:
            result.files.append(out.write(name, text))
        progress.step(CLAIMS_NAME)
    except Cancelled:
        result.cancelled = True
    finally:
        out.settle()
    return result


def _remove_renamed_notes(
    out: ExportFolder, names: Mapping[int, str], library_id: str | None
) -> None:
    """Remove an earlier export's note of a document this export wrote under another name.

    Why: a note is named after its document's title, so a retitled document's
    note got a new name and the old one, with its old claims and links, stayed
    beside it. Only files an export wrote (the manifest) are looked at, and only
    notes of documents exported now: the analyst's copies and the notes of
    documents a ``--doc`` export left out stay. A note is this library's only
    when its front matter names this library: another library exporting into
    the same folder numbers its documents from 1 too, and a note from before
    notes named their library cannot be told apart, so it stays.
    """
    if library_id is None:
        return
    out.remove_earlier([name for name in out.earlier_files()
                        if name.endswith(".md") and _is_note_of(out.folder / name, library_id,
                                                                 names)])


def _is_note_of(path: Path, library_id: str, names: Mapping[int, str]) -> bool:
    """Whether ``path`` is this library's note of a document exported now."""
    library, doc_id = note_owner(path)
    return library == library_id and doc_id in names


def _write_analyses(
    out: ExportFolder, analyses: Sequence[dict[str, Any]], names: Mapping[int, str],
    links: NoteLinks, result: MarkdownExport, authors: Mapping[str, str],
) -> str:
    """Write one note per analysis; return index.md's section listing them."""
    for analysis in analyses:
        note = render_analysis_note(analysis, links, authors)
        result.files.append(out.write(names[analysis["id"]] + ".md", note))
    return analyses_index_section(analyses, names, links)


def render_note_markdown(
    record: dict[str, Any], names: Mapping[int, str], *, wikilinks: bool = False,
    library_id: str | None = None,
) -> str:
    """The Markdown note of one document record, named as in an export with these ``names``."""
    return render_note(record, NoteLinks(dict(names), wikilinks, library_id))


def render_note_preview(record: dict[str, Any], names: Mapping[int, str]) -> str:
    """Sanitised HTML of the document's note, for the export dialog's preview (no I/O)."""
    return markdown_to_safe_html(preview_markdown(render_note_markdown(record, names)))


def preview_markdown(note: str) -> str:
    """The note as the preview shows it: front matter as a YAML block, no Obsidian block ids."""
    match = _FRONT_MATTER.match(note)
    if match:
        note = f"```yaml\n{match.group(1)}\n```\n" + note[match.end() :]
    return _BLOCK_ID.sub("", note)
