"""One Markdown note per document, rendered from its JSON export record.

Why from the JSON record: the note then shows exactly what the complete
export holds, and rendering is a pure function that tests can feed by hand.
Layout: YAML front matter, title, a one-line summary, then highlights, notes
and claims in reading order (claims with status, claimant, links and an
anchor ``claim-ID`` other notes link to), quotes grouped by speaker, and
entities grouped by type. Imported text goes through ``escaping``; analyst
notes through ``note_markdown``. This module is the note's frame (front matter, title,
counts, source line); the passages are ``markdown_passages``, what the extractor found
``markdown_extracted``, and the links between notes ``markdown_links``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from workbench.core.vocabulary import NAME_LABELS, RELIABILITY_WORDING
from workbench.export.count_words import count_line
from workbench.export.escaping import escape_text, front_matter, obsidian_tag, safe_web_url
from workbench.export.markdown_extracted import entities_section, listed_quotes, quotes_section
from workbench.export.markdown_links import NoteLinks
from workbench.export.markdown_passages import passages_section

Record = dict[str, Any]
KEY_ENTITY_COUNT = 10


def render_note(record: Record, links: NoteLinks) -> str:
    """The whole Markdown note of one document."""
    parts = [
        front_matter(_front_matter_fields(record, links.library_id)),
        f"# {escape_text(record['title'] or 'Untitled')}",
        f"*{count_line(document_counts(record))}*",
        _source_line(record),
        passages_section(record, links),
        quotes_section(listed_quotes(record["quotes"])),
        entities_section(record["entities"]),
    ]
    return "\n\n".join(part.strip("\n") for part in parts if part) + "\n"


def document_counts(record: Record) -> dict[str, int]:
    """What the analyst and the extraction found in a document, by kind.

    Why a note counts as a highlight too: a note is written on a highlighted
    passage (the store keeps it as kind "note"), and counted as a note only
    the line read "0 highlights · 1 note" under the passage the analyst had
    just highlighted; both words are true of it.
    """
    kinds = Counter(a["kind"] for a in record["annotations"])
    return {
        "highlights": kinds["highlight"] + kinds["note"],
        "notes": kinds["note"],
        "claims": len(record["claims"]),
        "links": len({link["id"] for claim in record["claims"] for link in claim["links"]}),
        "quotes": len(listed_quotes(record["quotes"])),
        "entities": len({m["entity_id"] for m in record["entities"]}),
    }


def key_entities(record: Record, limit: int = KEY_ENTITY_COUNT) -> list[str]:
    """The most mentioned people, organisations and places of a document."""
    counts = Counter(m["entity"] for m in record["entities"] if m["label"] in NAME_LABELS)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold(), item[0]))
    return [name for name, _ in ranked[:limit]]


def _front_matter_fields(record: Record, library_id: str | None) -> dict[str, Any]:
    tags = [obsidian_tag(path) for path in record["tags"]]
    return {
        "title": record["title"] or "Untitled",
        "workbench_id": record["id"],
        "workbench_library": library_id,
        "source": record.get("source") or None,
        "reliability": record.get("reliability") or None,
        "author": record.get("author") or None,
        "published": record.get("published") or None,
        "url": safe_web_url(record.get("url")) and record["url"].strip(),
        "tags": sorted({tag for tag in tags if tag}, key=str.casefold),
        "entities": key_entities(record),
    }


def _source_line(record: Record) -> str:
    parts = []
    for label, key in (("Source", "source"), ("Published", "published"), ("Author", "author")):
        if record.get(key):
            parts.append(f"{label}: {escape_text(str(record[key]))}")
    if record.get("reliability") in RELIABILITY_WORDING:
        grade = record["reliability"]
        parts.append(f"Reliability: {grade} ({RELIABILITY_WORDING[grade]})")
    url = safe_web_url(record.get("url"))
    if url:
        parts.append(f"[Original article]({url})")
    return " · ".join(parts)
