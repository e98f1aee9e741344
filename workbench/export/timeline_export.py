"""``timeline.md`` and ``timeline.csv``: the timeline's items in date order, then the undated.

Records in (``TimelineItem``s gathered by ``operations.timeline``), text
out. In Markdown each item links to its claim's anchor or to its document's
note; item text is imported text and goes through ``escaping``. The CSV is
made safe against formulas like every other table.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.time_spans import span_label
from workbench.core.timeline_records import TimelineItem
from workbench.export.csv_export import csv_text
from workbench.export.escaping import escape_text, shorten
from workbench.export.markdown_notes import NoteLinks

TIMELINE_MD = "timeline.md"
TIMELINE_CSV = "timeline.csv"
TEXT_LIMIT = 160
CSV_HEADER = ("date", "until", "precision", "value", "dated_by", "kind", "text", "document_id",
              "document_title", "start", "end", "claim_id", "status", "linked_claim_ids",
              "tags", "reason")


def render_timeline(items: Sequence[TimelineItem], undated: Sequence[TimelineItem],
                    links: NoteLinks) -> str:
    """The Markdown timeline: a heading per year, one line per item, then the undated list."""
    documents = len({i.document_id for i in (*items, *undated)})
    parts = ["# Timeline",
             f"*{len(items)} dated item(s) from {documents} document(s) · {len(undated)} undated*"]
    year = None
    lines: list[str] = []
    for item in items:
        assert item.when is not None
        if item.when.start.year != year:
            if lines:
                parts.append("\n".join(lines))
            year, lines = item.when.start.year, []
            parts.append(f"## {year}")
        lines.append(_line(item, links))
    if lines:
        parts.append("\n".join(lines))
    if undated:
        parts.append("## Undated")
        parts.append("\n".join(_undated_line(item, links) for item in undated))
    return "\n\n".join(parts) + "\n"


def _line(item: TimelineItem, links: NoteLinks) -> str:
    assert item.when is not None
    when = escape_text(span_label(item.when))
    fallback = " *(document date)*" if item.dated_by != "sentence" else ""
    return (f"- **{when}**{fallback} · {item.kind.capitalize()}: {_link(item, links)}"
            f" — {escape_text(item.document_title)}")


def _undated_line(item: TimelineItem, links: NoteLinks) -> str:
    return (f"- {item.kind.capitalize()}: {_link(item, links)} — "
            f"{escape_text(item.document_title)} — *{escape_text(item.reason)}*")


def _link(item: TimelineItem, links: NoteLinks) -> str:
    """The item's words linked to its claim's anchor, else to its document's note."""
    text = shorten(item.text, TEXT_LIMIT) or item.kind
    if item.claim_id is not None:
        link = links.to_claim(item.document_id, item.claim_id, text)
    else:
        link = links.to_note(item.document_id, text)
    return link if link is not None else escape_text(text)


def timeline_csv(items: Sequence[TimelineItem], undated: Sequence[TimelineItem]) -> str:
    """One row per item, dated ones first in date order (undated ones with an empty date)."""
    rows = []
    for item in (*items, *undated):
        when = item.when
        rows.append((
            when.iso if when else "", when.end.date().isoformat() if when else "",
            when.precision if when else "", item.date_value, item.dated_by, item.kind,
            item.text, item.document_id, item.document_title, item.start, item.end,
            item.claim_id, item.status, "; ".join(str(i) for i in item.linked_claim_ids),
            "; ".join(item.tags), item.reason,
        ))
    return csv_text(CSV_HEADER, rows)
