"""The span checks of ``workbench check``: every stored span lies in its text and quotes it.

Why apart from ``integrity``: the other checks ask SQLite (pages, keys, the
search index); these read every document's text in Python once and compare
each mention, quote and annotation span with what lies under it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from workbench.store.files.check_report import CheckResult
from workbench.store.files.value_checks import READ_TIME
from workbench.store.rows import now_iso


def redo_analysis(db: Database, doc_ids: list[int]) -> None:
    """Drop the model's output for these documents and mark them pending (caller's transaction).

    Here, not in ``integrity``, as a bad model span is repaired so; the other
    checks that find bad model rows repair them the same way.
    """
    for doc_id in sorted(set(doc_ids)):
        db.execute("DELETE FROM mentions WHERE document_id = ? AND source = 'model'", [doc_id])
        db.execute("DELETE FROM quotes WHERE document_id = ?", [doc_id])
        db.execute("UPDATE documents SET status = 'pending' WHERE id = ?", [doc_id])



@dataclass(frozen=True)
class _SpanSource:
    """Where one kind of stored span lives, and which of its document's fields it must quote."""

    label: str
    table: str
    start: str
    end: str
    text: str
    field: str = "'text'"  # an SQL expression: 'title' or 'text'
    where: str = "1"
    owner: str = "'model'"


_SPAN_SOURCES = (
    _SpanSource("mention", "mentions", "start", '"end"', "text", field="r.field",
                owner="r.source"),
    _SpanSource("quote", "quotes", "start", '"end"', "text"),
    _SpanSource(
        "quote speaker",
        "quotes",
        "speaker_start",
        "speaker_end",
        "speaker_text",
        where="r.speaker_start IS NOT NULL OR r.speaker_end IS NOT NULL",
    ),
    _SpanSource(
        "annotation",
        "annotations",
        "start",
        '"end"',
        "exact",
        where="r.status <> 'orphaned'",
        owner="'annotation'",
    ),
)


@dataclass(frozen=True)
class _BadSpan:
    source: _SpanSource
    row_id: int
    document_id: int
    owner: str
    kind: str  # "range" or "text"
    problem: str


def _bad_spans(db: Database) -> list[_BadSpan]:
    """Spans outside their text, or whose stored text differs from the text they cover.

    Why Python and one read of each text: SQL's ``length``/``substr`` on the joined
    text read the whole text again for every span, so one 600 KB document with
    15,000 mentions took 80 s to check (a 2 MB one a quarter of an hour). Every
    span comes in one pass in document order; each document's title and text are
    read once, and Python slices them by code point as the offsets count.
    """
    parts = [
        f"SELECT {index}, r.id, r.document_id, r.{source.start}, r.{source.end},"
        f" r.{source.text}, {source.owner}, {source.field} FROM {source.table} r"
        f" WHERE {source.where}"
        for index, source in enumerate(_SPAN_SOURCES)
    ]
    # Read as held (the connection's own cursor): a wrong-typed quote or mention text is
    # the ``texts`` check's, which re-reads it from its span; read as missing here it
    # differed from its span, and the repair re-analysed the document, dropping the
    # quote a claim cites.
    rows = db.conn.execute(" UNION ALL ".join(parts) + " ORDER BY 3")  # streamed: spans are many
    found: list[_BadSpan] = []
    fields: dict[str, str] | None = None
    current = None
    for index, row_id, doc_id, first, last, text, owner, quoted_field in rows:
        if doc_id != current:
            current, fields = doc_id, _document_fields(db, doc_id)
        if fields is None:  # a span of a missing document: the foreign-key check's to report
            continue
        body = fields["title"] if quoted_field == "title" else fields["text"]
        source = _SPAN_SOURCES[index]
        if source.table in READ_TIME and text is not None and not isinstance(text, str):
            continue
        kind, problem = _span_problem(body, first, last, text)
        if kind:
            found.append(_BadSpan(source, int(row_id), int(doc_id), str(owner), kind, problem))
    return found


def _document_fields(db: Database, doc_id: int) -> dict[str, str] | None:
    """A document's title and text, or None when no document has ``doc_id``."""
    row = db.execute("SELECT title, text FROM documents WHERE id = ?", [doc_id]).fetchone()
    return None if row is None else {"title": row[0] or "", "text": row[1] or ""}


def _span_problem(body: str, start: Any, end: Any, text: Any) -> tuple[str, str]:
    """The kind of problem ('range' or 'text') and why; ('', '') when the span is fine."""
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(body)):
        return "range", f"span {start}-{end} is outside its text (length {len(body)})"
    if body[start:end] != text:
        return "text", f"stored text {str(text)[:40]!r} differs from the text at {start}-{end}"
    return "", ""


def check_spans(db: Database, result: CheckResult, repair: bool) -> None:
    """Every mention, quote and annotation span lies within its text: 0 <= start < end <= len."""
    _check_span_kind(db, result, repair, "range")


def check_span_texts(db: Database, result: CheckResult, repair: bool) -> None:
    """Every stored quote (mention text, quote text, annotation exact) equals the text it spans."""
    _check_span_kind(db, result, repair, "text")


def _check_span_kind(db: Database, result: CheckResult, repair: bool, kind: str) -> None:
    bad = [span for span in _bad_spans(db) if span.kind == kind]
    result.problems = len(bad)
    for span in bad:
        where = f"{span.source.label} {span.row_id} in document {span.document_id}"
        result.note(f"{where}: {span.problem}")
    if not repair or not bad:
        return
    annotations = [span.row_id for span in bad if span.owner == "annotation"]
    redo = [span.document_id for span in bad if span.owner == "model"]
    with db.atomic():
        db.conn.executemany(
            "UPDATE annotations SET status = 'orphaned', updated_at = ? WHERE id = ?",
            [(now_iso(), annotation_id) for annotation_id in annotations],
        )
        redo_analysis(db, redo)
    result.repaired = len(annotations) + len(redo)
    for span in bad:
        if span.owner not in ("annotation", "model"):
            result.note(f"{span.source.label} {span.row_id} is the analyst's: fix it by hand")
