"""One mention's curation: the span override that outlives re-analysis, the analyst's own
mention (and the selected text it is made of), and what is refused (a span marked twice, a
hidden entity).

Why apart from ``entities.py``: these write single mentions and their overrides, while the
rest of ``store.entities`` curates whole entities and reads the Entities table.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlite_utils import Database

from workbench.core.time_values import anchor_date
from workbench.store.history import Recorder
from workbench.store.text_windows import document_window


class AnalystSpan(NamedTuple):
    """Where the analyst marks an entity and as what."""

    document_id: int
    field: str
    start: int
    end: int
    label: str


def override_span(rec: Recorder, mention: dict[str, Any], *, entity_id: int | None,
                  hidden: int) -> None:
    """Remember by span what the analyst decided about a mention, so re-analysis keeps it."""
    row = rec.db.execute(
        "SELECT id FROM mention_overrides WHERE document_id = ? AND field = ? AND start = ?"
        ' AND "end" = ?',
        [mention["document_id"], mention["field"], mention["start"], mention["end"]],
    ).fetchone()
    values = {"entity_id": entity_id, "hidden": hidden}
    if row is None:
        rec.insert(
            "mention_overrides",
            {
                "document_id": mention["document_id"],
                "field": mention["field"],
                "start": mention["start"],
                "end": mention["end"],
                **values,
            },
        )
    else:
        rec.update("mention_overrides", {"id": row[0]}, values)


def insert_analyst_mention(rec: Recorder, span: AnalystSpan, entity_id: int, span_text: str,
                           published: str | None) -> int:
    """The analyst's mention of ``span``; a model mention overlapping it gives way now, as
    re-analysis would drop it."""
    document_id, field, start, end, label = span
    for (model_id,) in rec.db.execute(
        "SELECT id FROM mentions WHERE document_id = ? AND field = ?"
        ' AND source = \'model\' AND start < ? AND "end" > ?',
        [document_id, field, end, start],
    ).fetchall():
        rec.delete("mentions", {"id": model_id})
    return rec.insert(
        "mentions",
        {
            "document_id": document_id,
            "entity_id": entity_id,
            "start": start,
            "end": end,
            "text": span_text,
            "label": label,
            "field": field,
            "source": "analyst",
            "confidence": 1.0,
            "value": _time_value(label, span_text, published),
        },
    )


def refuse_marked_span(db: Database, document_id: int, field: str, start: int, end: int) -> None:
    """ValueError when the analyst already marked exactly this span: a second mention of
    one span counted twice everywhere (moving the mention is how to change its entity)."""
    marked = db.execute(
        "SELECT m.text, e.name, e.label FROM mentions m JOIN entities e ON e.id = m.entity_id"
        ' WHERE m.document_id = ? AND m.field = ? AND m.start = ? AND m."end" = ?'
        " AND m.source = 'analyst'",
        [document_id, field, start, end],
    ).fetchone()
    if marked is not None:
        raise ValueError(f"{marked[0]!r} is already marked as {marked[1]} ({marked[2]})")


def refuse_hidden(entity: dict[str, Any]) -> None:
    """ValueError for a hidden entity: a mention given to it vanished with it, said done."""
    if entity["hidden"]:
        raise ValueError(f"entity {entity['id']} ({entity['name']!r}, {entity['label']}) is "
                         "hidden as a false positive; show it again first")


def _time_value(label: str, written: str, published: str | None) -> str | None:
    """A date the analyst marks gets its value too (read on the publication date, no tense)."""
    if label not in ("DATE", "TIME"):
        return None
    from workbench.core.time_normalise import normalise_time  # large: loaded when a date is marked

    found = normalise_time(written, anchor_date(published))
    return found.value if found else None


def selected_text(db: Database, doc_id: int, field: str, start: int, end: int
                  ) -> tuple[str, str | None]:
    """The text of ``[start, end)`` and the document's publication date (for its value).

    Only the span's window of a body is read, never the whole text (a 50 MB
    document held the writer for as long as its text took to decode).
    """
    row = db.execute("SELECT title, published FROM documents WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        raise ValueError("the selection is outside the document")
    if field == "title":
        source, offset, length = str(row[0]), 0, len(str(row[0]))
    else:
        window = document_window(db, doc_id, start, end, context=0)
        source, offset, length = window.text, window.offset, window.text_length
    if not 0 <= start < end <= length:
        raise ValueError("the selection is outside the document")
    return source[start - offset : end - offset], row[1]
