"""ACH matrices scored: the store's records turned into one record per analysis.

Why one record shape: ``workbench ach show --json``, the JSON export, the
Markdown note, the CSV and the matrix editor all read the same dict, so a
score shown anywhere is the score computed here, by ``core.ach_scoring``
(Heuer's weighted inconsistency and diagnosticity), never recomputed on the
side. Its keys are documented in ``docs/json-export.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workbench.core.ach_records import AchAnalysis, AchEvidence
from workbench.core.ach_scoring import (
    FORMULA,
    EvidenceRow,
    diagnosticity,
    evidence_flags,
    evidence_weight,
    inconsistency_scores,
    ranked_hypotheses,
)
from workbench.core.vocabulary import grade_code

if TYPE_CHECKING:
    from workbench.store import Store

# Scores are sums of weights like 2**0.25; four decimals read well and compare stably.
SCORE_DIGITS = 4


def analysis_record(store: Store, analysis_id: int) -> dict[str, Any]:
    """One analysis scored (LookupError when there is no such analysis)."""
    return scored_record(store.ach.get_analysis(analysis_id))


def analysis_records(store: Store) -> list[dict[str, Any]]:
    """Every analysis of the library scored, oldest first (for the exports)."""
    return [analysis_record(store, summary.id) for summary in store.ach.list_analyses()]


def scored_record(analysis: AchAnalysis) -> dict[str, Any]:
    """The JSON-ready record of a matrix with its scores, ranks, diagnosticity and flags.

    ``hypotheses`` keep the analyst's order, each with its ``rank`` (1 = least
    inconsistent, the most likely); ``evidence`` keep theirs, each with its
    ``ratings`` keyed by hypothesis id (a string, as JSON keys are).
    """
    hypothesis_ids = [h.id for h in analysis.hypotheses]
    rows = [_scoring_row(item) for item in analysis.evidence]
    scores = inconsistency_scores(hypothesis_ids, rows)
    ranks = {h: rank for rank, h in enumerate(ranked_hypotheses(scores), start=1)}
    return {
        "id": analysis.id,
        "question": analysis.question,
        "created_at": analysis.created_at,
        "formula": FORMULA,
        "hypotheses": [
            {
                "id": h.id,
                "position": h.position,
                "text": h.text,
                "inconsistency": round(scores[h.id], SCORE_DIGITS),
                "rank": ranks[h.id],
                **_signature(h.origin, h.author_id, h.edited_by),
            }
            for h in analysis.hypotheses
        ],
        "evidence": [
            _evidence_record(item, row, hypothesis_ids)
            for item, row in zip(analysis.evidence, rows, strict=True)
        ],
        **_signature(analysis.origin, analysis.author_id, analysis.edited_by),
    }


def _signature(origin: str | None, author_id: str | None, edited_by: str | None) -> dict[str, Any]:
    """The authorship keys of one ACH record (docs/json-export.md, "Authorship")."""
    return {"origin": origin, "author_id": author_id, "edited_by": edited_by}


def analyses_within(
    records: list[dict[str, Any]], doc_ids: list[int] | None
) -> list[dict[str, Any]]:
    """The analyses an export of ``doc_ids`` carries (all of them for the whole library).

    Why only analyses whose every evidence row is in the selection: an
    analysis exported without some of its rows would import as another,
    lighter matrix with other scores.
    """
    if doc_ids is None:
        return records
    wanted = set(doc_ids)
    return [
        record
        for record in records
        if record["evidence"] and all(e["document_id"] in wanted for e in record["evidence"])
    ]


def _scoring_row(item: AchEvidence) -> EvidenceRow:
    return EvidenceRow(
        id=item.id,
        ratings=item.ratings,
        reliability=item.reliability,
        credibility=item.credibility,
        status=item.status,
        sources=item.sources,
        orphaned=item.anchor_status == "orphaned",
    )


def _evidence_record(item: AchEvidence, row: EvidenceRow, hypotheses: list[int]) -> dict[str, Any]:
    return {
        "id": item.id,
        "position": item.position,
        "claim_id": item.annotation_id,
        "kind": item.kind,
        "document_id": item.document_id,
        "document_title": item.document_title,
        "statement": item.statement,
        "exact": item.exact,
        "start": item.start,
        "end": item.end,
        "anchor_status": item.anchor_status,
        "status": item.status,
        "reliability": item.reliability,
        "credibility": item.credibility,
        "grade": grade_code(item.reliability, item.credibility),
        "weight": round(evidence_weight(item.reliability, item.credibility), SCORE_DIGITS),
        "sources": item.sources,
        "diagnosticity": diagnosticity(row, hypotheses),
        "flags": list(evidence_flags(row)),
        "ratings": {str(h): item.ratings[h] for h in hypotheses if h in item.ratings},
        "origin": item.origin,
        "author_id": item.author_id,
        "rating_authorship": {
            str(h): _signature(mark.origin, mark.author_id, mark.edited_by)
            | {"rated_by": mark.rated_by}
            for h in hypotheses
            if (mark := item.rating_marks.get(h)) is not None
        },
    }
