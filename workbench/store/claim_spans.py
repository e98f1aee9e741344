"""Where a new claim meets the document's other work: enclosing quotes and overlapping claims.

Why its own module: ``add_claim`` asks two questions of a span before it
writes anything (who said it, and is it already claimed), and both are plain
span queries that ``claims.py`` should not grow around.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

OVERLAP_EXCERPT = 60


class ClaimOverlap(ValueError):
    """A new claim would overlap claims already marked on the same passage.

    A ValueError, so the CLI reports it as refused input (exit 1); it names
    the claims in the way so the message says what to do, and the GUI can ask
    before trying again with ``allow_overlap=True``.
    """

    def __init__(self, claim_ids: list[int], excerpt: str) -> None:
        self.claim_ids = claim_ids
        named = ", ".join(str(claim_id) for claim_id in claim_ids)
        noun = "claim" if len(claim_ids) == 1 else "claims"
        super().__init__(f"this passage overlaps {noun} {named} (“{excerpt}”)")


@dataclass(frozen=True)
class EnclosingQuote:
    """A detected quote that holds a span: the claimant a claim inside it should get."""

    quote_id: int
    speaker_entity_id: int | None
    speaker_text: str | None

    @property
    def has_speaker(self) -> bool:
        """Whether the detector attributed the quote to anyone."""
        return self.speaker_entity_id is not None or bool(self.speaker_text)


def enclosing_quote(db: Database, doc_id: int, start: int, end: int) -> EnclosingQuote | None:
    """The narrowest detected quote of the document containing ``[start, end)``, or None."""
    row = db.execute(
        'SELECT id, speaker_entity_id, speaker_text FROM quotes WHERE document_id = ?'
        ' AND start <= ? AND "end" >= ? ORDER BY "end" - start, id LIMIT 1',
        [doc_id, start, end],
    ).fetchone()
    return EnclosingQuote(int(row[0]), row[1], row[2]) if row else None


def overlapping_claims(db: Database, doc_id: int, start: int, end: int) -> list[tuple[int, str]]:
    """(id, text) of the document's claims sharing at least one character with the span."""
    cursor = db.execute(
        "SELECT a.id, a.exact FROM claims c JOIN annotations a ON a.id = c.annotation_id"
        ' WHERE a.document_id = ? AND a.start < ? AND a."end" > ? ORDER BY a.start, a.id',
        [doc_id, end, start],
    )
    return [(int(claim_id), str(exact or "")) for claim_id, exact in cursor]


def refuse_overlap(db: Database, doc_id: int, start: int, end: int) -> None:
    """Raise ClaimOverlap when the span overlaps a claim already marked."""
    found = overlapping_claims(db, doc_id, start, end)
    if found:
        excerpt = _shortened(" ".join(found[0][1].split()))
        raise ClaimOverlap([claim_id for claim_id, _ in found], excerpt)


def _shortened(text: str) -> str:
    """At most OVERLAP_EXCERPT characters, cut at a word with an ellipsis."""
    if len(text) <= OVERLAP_EXCERPT:
        return text
    cut = text[: OVERLAP_EXCERPT - 1].rsplit(" ", 1)[0] or text[: OVERLAP_EXCERPT - 1]
    return cut.rstrip() + "…"
