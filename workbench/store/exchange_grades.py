"""The grades of a workbench JSON export written back: sources, a document's own, a claim's.

Why apart from ``exchange_writer``: grades are a small concern of their own
with one rule — what the library already decided wins. A source the library
has graded keeps its grade; a document's exported ``reliability`` (the grade
that counted for it) becomes its own grade only when it differs from what it
would inherit, so a round trip gives back the same export and the same
inheritance.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from workbench.core.vocabulary import CREDIBILITY_WORDING, RELIABILITY_WORDING
from workbench.store.exchange_authorship import origin_row, signed
from workbench.store.exchange_rows import Record, text_field
from workbench.store.rows import insert_row, now_iso
from workbench.store.source_names import graded_source


def write_sources(db: Database, sources: Sequence[Record]) -> int:
    """Grade each exported source the library has not graded yet; return how many were added."""
    added = 0
    for source in sources:
        name = " ".join((text_field(source.get("name")) or "").split())
        grade = source.get("reliability")
        if not name or grade not in RELIABILITY_WORDING:
            continue
        if graded_source(db, name) is not None:
            continue
        if origin_row(db, "sources", source.get("origin")) is not None:
            continue
        when = text_field(source.get("graded_at")) or now_iso()
        row = signed(db, "sources", {"name": name, "reliability": grade, "graded_at": when}, source)
        insert_row(db, "sources", row)
        added += 1
    return added


def write_document_grade(db: Database, doc_id: int, record: Record) -> None:
    """Give the document the exported grade as its own where inheriting would give another.

    A document that already has its own grade keeps it.
    """
    grade = record.get("reliability")
    if grade not in RELIABILITY_WORDING:
        return
    row = db.execute(
        "SELECT reliability_override, source FROM documents WHERE id = ?", [doc_id]
    ).fetchone()
    if row is None or row[0] is not None:
        return
    graded = graded_source(db, row[1])
    if graded is not None and graded[1] == grade:
        return
    db.execute("UPDATE documents SET reliability_override = ? WHERE id = ?", [grade, doc_id])


def claim_credibility(claim: Record) -> Any:
    """The exported claim's credibility if it is a grade 1-6, else None."""
    grade = claim.get("credibility")
    return grade if grade in CREDIBILITY_WORDING and not isinstance(grade, bool) else None
