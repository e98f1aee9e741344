"""``timeline.md`` and ``timeline.csv``: the timeline's items in date order, then the undated.

Records in (``TimelineItem``s gathered by ``operations.timeline``), text
out. In Markdown each item links to its claim's anchor or to its document's
note; item text is imported text and goes through ``escaping``. The CSV is
made safe against formulas like every other table.

Who made each item is said where it helps a reader: an analyst's claim,
highlight or note names its author (given as annotation id -> name, the
timeline's records carry no authorship), and quotes and dated sentences the
extractor found are labelled ``MACHINE_LABEL``, so analyst work and
automatic output are never confused.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workbench.core.authorship import MACHINE_LABEL, display_name
from workbench.core.text import plural
from workbench.core.time_spans import TimeSpan, span_label
from workbench.core.timeline import DOCUMENT_KIND
from workbench.core.timeline_records import TimelineItem
from workbench.export.csv_export import csv_text
from workbench.export.escaping import escape_text, shorten
from workbench.export.markdown_links import NoteLinks

TIMELINE_MD = "timeline.md"
TIMELINE_CSV = "timeline.csv"
TEXT_LIMIT = 160
CSV_HEADER = ("date", "until", "precision", "value", "dated_by", "kind", "text", "document_id",
              "document_title", "start", "end", "claim_id", "status", "linked_claim_ids",
              "tags", "reason", "author")
#: Timeline kinds an analyst makes (their ``item_id`` is the annotation's id); the rest are found
ANALYST_KINDS = frozenset({"claim", "highlight", "note"})
Authors = Mapping[int, str]


def made_by(item: TimelineItem, authors: Authors) -> str:
    """Who made ``item``: its analyst's name ("unknown author"), or the machine label.

    An undated document is the imported article itself: no one, not the extractor.
    """
    if item.kind == DOCUMENT_KIND:
        return ""
    if item.kind not in ANALYST_KINDS:
        return MACHINE_LABEL
    return display_name(authors.get(item.item_id or -1))


def _byline(item: TimelineItem, authors: Authors) -> str:
    """`` · by Ana`` for an analyst's item (nothing when unattributed), ``automatic`` for
    what the extractor found, nothing for a document."""
    if item.kind == DOCUMENT_KIND:
        return ""
    if item.kind not in ANALYST_KINDS:
        return f" · *{MACHINE_LABEL}*"
    name = authors.get(item.item_id or -1)
    return f" · by {escape_text(name)}" if name else ""


def render_timeline(items: Sequence[TimelineItem], undated: Sequence[TimelineItem],
                    links: NoteLinks, authors: Authors | None = None) -> str:
    """The Markdown timeline: a heading per year, one line per item, then the undated list."""
    authors = authors or {}
    documents = len({i.document_id for i in (*items, *undated)})
    parts = ["# Timeline",
             f"*{plural(len(items), 'dated item')} from {plural(documents, 'document')}"
             f" · {len(undated)} undated*"]
    heading = None
    lines: list[str] = []
    for item in items:
        assert item.when is not None
        if _heading(item.when) != heading:
            if lines:
                parts.append("\n".join(lines))
            heading, lines = _heading(item.when), []
            parts.append(f"## {heading}")
        lines.append(_line(item, links, authors))
    if lines:
        parts.append("\n".join(lines))
    if undated:
        parts.append("## Undated")
        parts.append("\n".join(_undated_line(item, links, authors) for item in undated))
    return "\n\n".join(parts) + "\n"


def _heading(when: TimeSpan) -> str:
    """The year, or the whole period for a decade or century (not its first year alone)."""
    if when.precision in ("decade", "century"):
        return escape_text(span_label(when))
    return str(when.start.year)


def _line(item: TimelineItem, links: NoteLinks, authors: Authors) -> str:
    assert item.when is not None
    when = escape_text(span_label(item.when))
    fallback = " *(document date)*" if item.dated_by != "sentence" else ""
    return (f"- **{when}**{fallback} · {item.kind.capitalize()}: {_link(item, links)}"
            f" — {escape_text(item.document_title)}{_byline(item, authors)}")


def _undated_line(item: TimelineItem, links: NoteLinks, authors: Authors) -> str:
    # A document's text is its title: named once, not "[Title](…) — Title".
    title = "" if item.kind == DOCUMENT_KIND else f"{escape_text(item.document_title)} — "
    return (f"- {item.kind.capitalize()}: {_link(item, links)} — {title}"
            f"*{escape_text(item.reason)}*{_byline(item, authors)}")


def _link(item: TimelineItem, links: NoteLinks) -> str:
    """The item's words linked to its claim's anchor, else to its document's note."""
    text = shorten(item.text, TEXT_LIMIT) or item.kind
    if item.claim_id is not None:
        link = links.to_claim(item.document_id, item.claim_id, text)
    else:
        link = links.to_note(item.document_id, text)
    return link if link is not None else escape_text(text)


def timeline_csv(items: Sequence[TimelineItem], undated: Sequence[TimelineItem],
                 authors: Authors | None = None) -> str:
    """One row per item, dated ones first in date order (undated ones with an empty date)."""
    authors = authors or {}
    rows = []
    for item in (*items, *undated):
        when = item.when
        rows.append((
            when.iso if when else "", when.end.date().isoformat() if when else "",
            when.precision if when else "", item.date_value, item.dated_by, item.kind,
            item.text, item.document_id, item.document_title,
            *((item.start, item.end) if item.placed else ("", "")),
            item.claim_id, item.status, "; ".join(str(i) for i in item.linked_claim_ids),
            "; ".join(item.tags), item.reason, made_by(item, authors),
        ))
    return csv_text(CSV_HEADER, rows)
