"""ACH analyses read out of the library for a bundle, each whole (``store.exchange.authored_work``).

Why its own module: an analysis is one matrix of rows in four tables
(analysis, hypotheses, evidence, ratings) chosen together and renamed
together (evidence by its annotation's origin, a rating by its hypothesis's
origin); the rest of the bundle read only needs the chosen analyses and the
annotations their evidence rests on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from workbench.store.rows import dict_rows, grouped, ids_param, in_ids, without

Row = dict[str, Any]
#: (origin column, *time columns) -> SQL keeping the rows the bundle may take, its parameters
Recent = Callable[..., tuple[str, list[Any]]]
#: (row, *times) -> whether the bundle takes the row (its author or editor, and its time)
Chosen = Callable[..., bool]


def chosen_analyses(db: Database, recent: Recent, chosen: Chosen) -> list[Row]:
    """The analyses the bundle takes, each with its hypotheses and evidence (with ratings).

    An analysis is taken when it, a hypothesis, a piece of evidence or a
    rating is (the analysis's time stands for all its rows, which have none
    of their own; an untimed row counts when touched since). Why whole: every
    rating names a hypothesis and a piece of evidence, so a chosen analysis
    travels with all its rows (as a claim travels with its annotation).
    """
    candidates = _analyses(db, recent)
    return [analysis for analysis in candidates if _analysis_chosen(analysis, chosen)]


def _analyses(db: Database, recent: Recent) -> list[Row]:
    """The analyses ``recent`` keeps (made since, or a part touched since), read whole.

    Why in SQL like the other parts of a bundle: a bundle since a date should
    read the analyses that changed since, not every ACH table in full.
    """
    own, own_params = recent("origin", "created_at")
    part, part_params = recent("origin")
    rated, rated_params = recent("r.origin")
    analyses = dict_rows(db.execute(
        f"SELECT * FROM ach_analyses WHERE {own}"
        f" OR id IN (SELECT analysis_id FROM ach_hypotheses WHERE {part})"
        f" OR id IN (SELECT analysis_id FROM ach_evidence WHERE {part})"
        " OR id IN (SELECT e.analysis_id FROM ach_ratings r JOIN ach_evidence e"
        f" ON e.id = r.evidence_id WHERE {rated}) ORDER BY id",
        [*own_params, *part_params, *part_params, *rated_params]))  # fmt: skip
    ids = [ids_param(analysis["id"] for analysis in analyses)]

    def grouped_by(key: str, sql: str) -> dict[Any, list[Row]]:
        return grouped(dict_rows(db.execute(sql, ids)), key)

    hypotheses = grouped_by("analysis_id", "SELECT * FROM ach_hypotheses"
                            f" WHERE {in_ids('analysis_id')} ORDER BY position")  # fmt: skip
    evidence = grouped_by("analysis_id", "SELECT * FROM ach_evidence"
                          f" WHERE {in_ids('analysis_id')} ORDER BY position")  # fmt: skip
    ratings = grouped_by("evidence_id", "SELECT r.* FROM ach_ratings r JOIN ach_evidence e"
                         f" ON e.id = r.evidence_id WHERE {in_ids('e.analysis_id')}"
                         " ORDER BY r.hypothesis_id")  # fmt: skip
    for analysis in analyses:
        analysis["hypotheses"] = hypotheses.get(analysis["id"], [])
        analysis["evidence"] = evidence.get(analysis["id"], [])
        for row in analysis["evidence"]:
            row["ratings"] = ratings.get(row["id"], [])
    return analyses


def _analysis_chosen(analysis: Row, chosen: Chosen) -> bool:
    stamp = analysis["created_at"]
    parts: list[Row] = [analysis, *analysis["hypotheses"], *analysis["evidence"]]
    parts += [rating for row in analysis["evidence"] for rating in row["ratings"]]
    return any(chosen(part, stamp) for part in parts)


def public_analysis(analysis: Row, origin_of: dict[int, str]) -> Row:
    """An analysis as the bundle names it: its evidence by annotation origin, ratings by
    hypothesis origin (our ids mean nothing in the receiving library)."""
    hypothesis_origin = {h["id"]: h["origin"] for h in analysis["hypotheses"]}
    public = without(analysis, "id", "hypotheses", "evidence")
    public["hypotheses"] = [without(h, "id", "analysis_id") for h in analysis["hypotheses"]]
    public["evidence"] = [
        {
            **without(row, "id", "analysis_id", "annotation_id", "ratings"),
            "annotation": origin_of[row["annotation_id"]],
            "ratings": [
                {
                    **without(r, "evidence_id", "hypothesis_id"),
                    "hypothesis": hypothesis_origin[r["hypothesis_id"]],
                }
                for r in row["ratings"]
            ],
        }
        for row in analysis["evidence"]
    ]
    return public


