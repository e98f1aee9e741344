"""The ``ach`` part of a workbench JSON export, checked before anything is written.

Why checked like the rest: an analysis that breaks the rules (one hypothesis,
thirteen, a rating outside CC C N I II, a hypothesis id used twice) must be
named with its JSON path and stop the import whole, as a broken document
does. Only the fields the import reads are checked; the computed ones
(scores, grades, flags) are the exporting app's and are ignored.
"""

from __future__ import annotations

from typing import Any

from workbench.core.ach_records import MAX_HYPOTHESES, hypothesis_key
from workbench.core.vocabulary import ACH_RATINGS
from workbench.ingest.json_checks import Fields, shown, type_name
from workbench.ingest.workbench_json_authors import (
    ExportContext,
    check_rating_marks,
    check_signature,
)


def check_analyses(top: Fields, context: ExportContext) -> None:
    """Every analysis of ``ach``: its question, at most 12 hypotheses, its evidence rows."""
    for path, analysis in top.objects("ach"):
        _check_analysis(Fields(analysis, path, context.problems), context)


def _check_analysis(analysis: Fields, context: ExportContext) -> None:
    problems = context.problems
    analysis.row_id("id")
    check_signature(analysis, "analysis", context)
    analysis.label("question", "a question")
    analysis.text("created_at")
    hypotheses = analysis.objects("hypotheses")
    # Fewer than two is an analysis being built (``ach new``, then one ``ach hypothesis``):
    # the app keeps it, so its own export must import it (attack run 10: refused whole).
    if len(hypotheses) > MAX_HYPOTHESES:
        analysis.problem(
            "hypotheses", f"an analysis takes at most {MAX_HYPOTHESES} hypotheses,"
            f" got {len(hypotheses)}"
        )
    seen: set[int] = set()
    for path, hypothesis in hypotheses:
        fields = Fields(hypothesis, path, problems)
        hypothesis_id = fields.row_id("id", required=True)
        if hypothesis_id is not None and hypothesis_id in seen:
            fields.problem("id", f"hypothesis id {hypothesis_id} is used twice")
        seen.add(hypothesis_id or 0)
        fields.label("text", "a hypothesis")
        check_signature(fields, "hypothesis", context)
    for path, evidence in analysis.objects("evidence"):
        fields = Fields(evidence, path, problems)
        fields.row_id("id")
        fields.row_id("claim_id", required=True)
        _check_ratings(fields, evidence.get("ratings"))
        check_signature(fields, "evidence", context)
        check_rating_marks(fields, context)


def _check_ratings(evidence: Fields, ratings: Any) -> None:
    if ratings is None:
        return
    if not isinstance(ratings, dict):
        evidence.problem("ratings", f"expected an object, got {type_name(ratings)}")
        return
    for key, rating in ratings.items():
        if hypothesis_key(key) is None:
            evidence.problem("ratings", f"expected hypothesis ids as keys, got {shown(key)}")
        if rating not in ACH_RATINGS:
            choices = ", ".join(ACH_RATINGS)
            evidence.problem("ratings", f"rating must be one of {choices}, got {rating!r}")
