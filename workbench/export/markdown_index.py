"""``index.md``: every exported note with its counts, the tags, and the most mentioned entities.

Built from one small ``NoteSummary`` per document (kept while the notes are
written) so that exporting a large library never holds every record at once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from workbench.core.text import plural, published_day
from workbench.core.vocabulary import (
    DATE_AND_NUMBER_LABELS,
    ENTITY_LABEL_PLURALS,
    entity_label_name,
)
from workbench.export.count_words import count_line
from workbench.export.escaping import escape_text
from workbench.export.json_export import orphaned_ids
from workbench.export.markdown_links import NoteLinks
from workbench.export.markdown_notes import document_counts
from workbench.export.markdown_passages import tag_list

TOP_ENTITIES = 20


@dataclass(frozen=True)
class NoteSummary:
    """What index.md and claims.md need to know about one exported document."""

    doc_id: int
    title: str
    source: str | None
    published: str | None
    counts: dict[str, int]
    link_ids: frozenset[int]
    entities: frozenset[tuple[str, str]]
    tags: tuple[str, ...]
    span_tags: tuple[str, ...]
    claims: tuple[dict[str, Any], ...] = field(default=())


def summarise_record(record: dict[str, Any]) -> NoteSummary:
    """Reduce a document's export record to what the overview files use."""
    link_ids = frozenset(link["id"] for c in record["claims"] for link in c["links"])
    entities = frozenset((m["entity"], m["label"]) for m in record["entities"])
    orphaned = orphaned_ids(record)  # claims.md says so, as the note does under the claim
    claims = tuple(
        {**claim, "document_id": record["id"], "document_title": record["title"]}
        | {"reliability": record.get("reliability"), "orphaned": claim["id"] in orphaned}
        for claim in record["claims"]
    )
    return NoteSummary(
        doc_id=record["id"],
        title=record["title"] or "Untitled",
        source=record.get("source"),
        published=record.get("published"),
        counts=document_counts(record),
        link_ids=link_ids,
        entities=entities,
        tags=tuple(record["tags"]),
        span_tags=tuple(t for a in record["annotations"] for t in a["tags"]),
        claims=claims,
    )


def render_index(summaries: list[NoteSummary], links: NoteLinks) -> str:
    """The export's front page: documents (by date), tags and the most mentioned entities."""
    totals: Counter[str] = Counter()
    for summary in summaries:
        totals.update(summary.counts)
    totals["links"] = len({i for s in summaries for i in s.link_ids})
    totals["entities"] = len({e for s in summaries for e in s.entities})
    parts = [
        "# Analyst Workbench export",
        f"*{plural(len(summaries), 'document')} · {count_line(dict(totals))}*",
        "See [all claims and how they connect](claims.md)."
        if not links.wikilinks
        else "See [[claims|all claims and how they connect]].",
        _documents_section(summaries, links),
        _tags_section(summaries, links),
        _entities_section(summaries),
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


def by_date(summaries: list[NoteSummary]) -> list[NoteSummary]:
    """Documents oldest first; undated ones last; ties by id."""
    return sorted(summaries, key=lambda s: (s.published is None, s.published or "", s.doc_id))


def _documents_section(summaries: list[NoteSummary], links: NoteLinks) -> str:
    if not summaries:
        return "## Documents\n\nNo documents were exported."
    lines = []
    for summary in by_date(summaries):
        details = [escape_text(v) for v in (summary.source, published_day(summary.published)) if v]
        line = f"- {links.to_note(summary.doc_id, summary.title)}"
        if details:
            line += " — " + " · ".join(details)
        line += f" — {count_line(summary.counts)}"
        lines.append(line)
    return "## Documents\n\n" + "\n".join(lines)


def _tags_section(summaries: list[NoteSummary], links: NoteLinks) -> str:
    """Each tag with the documents tagged whole and, apart, where its tagged passages are.

    Why one pass: sorting and scanning every document per tag was quadratic
    (thousands of documents times hundreds of tags took a second).
    """
    tagged: dict[str, list[NoteSummary]] = defaultdict(list)
    passages: dict[str, list[tuple[NoteSummary, int]]] = defaultdict(list)
    for summary in by_date(summaries):
        for path in dict.fromkeys(summary.tags):
            tagged[path].append(summary)
        for path, count in Counter(summary.span_tags).items():
            passages[path].append((summary, count))
    paths = sorted({*tagged, *passages}, key=lambda p: (p.casefold(), p))
    if not paths:
        return ""
    lines = []
    for path in paths:
        # "Tag" first: Python-Markdown reads "#word" opening a list item as a heading.
        parts = []
        if tagged[path]:
            parts.append(f"{plural(len(tagged[path]), 'document')}: "
                         + ", ".join(str(links.to_note(s.doc_id, s.title)) for s in tagged[path]))
        parts += [f"{plural(count, 'passage')} in {links.to_note(s.doc_id, s.title)}"
                  for s, count in passages[path]]
        lines.append(f"- Tag {tag_list([path])} — " + "; ".join(parts))
    return "## Tags\n\n" + "\n".join(lines)


def _entities_section(summaries: list[NoteSummary]) -> str:
    documents: Counter[tuple[str, str]] = Counter()
    for summary in summaries:
        documents.update(summary.entities)
    ranked = sorted(
        (
            key
            for key in documents
            if key[1] in ENTITY_LABEL_PLURALS and key[1] not in DATE_AND_NUMBER_LABELS
        ),
        key=lambda key: (-documents[key], key[0].casefold(), key),
    )[:TOP_ENTITIES]
    if not ranked:
        return ""
    lines = [
        f"- {escape_text(name)} ({escape_text(entity_label_name(label))})"
        f" — {plural(documents[key], 'document')}"
        for key in ranked
        for name, label in [key]
    ]
    return "## Most mentioned\n\n" + "\n".join(lines)

