"""Reading ACH matrices back: one analysis with its rows, grades and source counts.

Why apart from ``store.ach``: the writes hold the rules, this module only
joins; a matrix is read in a handful of queries whatever its size (hypotheses,
evidence with its annotation, claim and grades, ratings, source counts).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlite_utils import Database

from workbench.core.ach_records import (
    AchAnalysis,
    AchEvidence,
    AchHypothesis,
    AchSummary,
    RatingMark,
)
from workbench.core.labels import source_key
from workbench.store.rows import dict_rows
from workbench.store.source_names import with_source_grades

# Links that say another claim reports the same thing: their documents' sources count too.
CORROBORATING = ("same", "supports")

_EVIDENCE_SQL = """
SELECT e.id, e.analysis_id, e.annotation_id, e.position, a.kind, a.document_id,
       d.title AS document_title, a.start, a."end" AS "end", a.exact,
       coalesce(c.statement, a.exact) AS statement, a.status AS anchor_status,
       c.status, c.credibility, d.reliability_override, d.source,
       e.origin, e.author_id
FROM ach_evidence e
JOIN annotations a ON a.id = e.annotation_id
JOIN documents d ON d.id = a.document_id
LEFT JOIN claims c ON c.annotation_id = a.id
WHERE e.analysis_id = ?
ORDER BY e.position, e.id
"""

_RELATIONS = ", ".join(f"'{relation}'" for relation in CORROBORATING)
_SOURCES_SQL = f"""
WITH related(annotation_id, other) AS (
    SELECT annotation_id, annotation_id FROM ach_evidence WHERE analysis_id = :analysis
    UNION SELECT l.from_annotation_id, l.to_annotation_id FROM links l
        JOIN ach_evidence e ON e.annotation_id = l.from_annotation_id
        WHERE e.analysis_id = :analysis AND l.relation IN ({_RELATIONS})
    UNION SELECT l.to_annotation_id, l.from_annotation_id FROM links l
        JOIN ach_evidence e ON e.annotation_id = l.to_annotation_id
        WHERE e.analysis_id = :analysis AND l.relation IN ({_RELATIONS})
)
SELECT DISTINCT r.annotation_id, d.id, d.source
FROM related r
JOIN annotations a ON a.id = r.other
JOIN documents d ON d.id = a.document_id
"""


def read_summaries(db: Database, using: int | None = None) -> list[AchSummary]:
    """Every analysis (or those with ``using`` as evidence) with its counts, oldest first."""
    where = ("" if using is None else
             " WHERE a.id IN (SELECT analysis_id FROM ach_evidence WHERE annotation_id = ?)")
    rows = db.execute(
        "SELECT a.id, a.question, a.created_at,"
        " (SELECT count(*) FROM ach_hypotheses h WHERE h.analysis_id = a.id),"
        " (SELECT count(*) FROM ach_evidence e WHERE e.analysis_id = a.id)"
        f" FROM ach_analyses a{where} ORDER BY a.id",
        [] if using is None else [using],
    )
    return [AchSummary(int(i), str(q), str(c), int(h), int(e)) for i, q, c, h, e in rows]


def read_analysis(db: Database, analysis_id: int) -> AchAnalysis | None:
    """The whole matrix of one analysis, or None when there is none with that id."""
    head = dict_rows(db.execute(
        "SELECT id, question, created_at, origin, author_id, edited_by FROM ach_analyses"
        " WHERE id = ?",
        [analysis_id],
    ))  # fmt: skip
    if not head:
        return None
    hypotheses = tuple(
        AchHypothesis(**row)
        for row in dict_rows(db.execute(
            "SELECT id, analysis_id, position, text, origin, author_id, edited_by"
            " FROM ach_hypotheses WHERE analysis_id = ? ORDER BY position, id",
            [analysis_id],
        ))  # fmt: skip
    )
    return AchAnalysis(**head[0], hypotheses=hypotheses, evidence=_evidence(db, analysis_id))


def _evidence(db: Database, analysis_id: int) -> tuple[AchEvidence, ...]:
    ratings: dict[int, dict[int, str]] = defaultdict(dict)
    marks: dict[int, dict[int, RatingMark]] = defaultdict(dict)
    for row in dict_rows(db.execute(
        "SELECT r.evidence_id, r.hypothesis_id, r.rating, r.origin, r.author_id,"
        " au.name AS author, r.edited_by, ed.name AS editor FROM ach_ratings r"
        " JOIN ach_evidence e ON e.id = r.evidence_id"
        " LEFT JOIN authors au ON au.id = r.author_id LEFT JOIN authors ed ON ed.id = r.edited_by"
        " WHERE e.analysis_id = ? ORDER BY r.hypothesis_id",
        [analysis_id],
    )):  # fmt: skip
        evidence_id, hypothesis_id = int(row.pop("evidence_id")), int(row.pop("hypothesis_id"))
        ratings[evidence_id][hypothesis_id] = str(row.pop("rating"))
        marks[evidence_id][hypothesis_id] = RatingMark(**row)
    rows = dict_rows(db.execute(_EVIDENCE_SQL, [analysis_id]))
    with_source_grades(db, rows)
    for row in rows:
        del row["source"]  # read for its grade; the evidence names its document
    sources = _source_counts(db, analysis_id)
    return tuple(_evidence_record(row, ratings, marks, sources) for row in rows)


def _source_counts(db: Database, analysis_id: int) -> dict[int, int]:
    """How many sources report each evidence row: sources compared by ``source_key`` (one
    however its documents spell it), a document without one counted alone."""
    seen: dict[int, set[str]] = defaultdict(set)
    for annotation, doc_id, source in db.execute(_SOURCES_SQL, {"analysis": analysis_id}):
        seen[int(annotation)].add(source_key(source) or f"#{doc_id}")
    return {annotation: len(keys) for annotation, keys in seen.items()}


def _evidence_record(
    row: dict[str, Any],
    ratings: dict[int, dict[int, str]],
    marks: dict[int, dict[int, RatingMark]],
    sources: dict[int, int],
) -> AchEvidence:
    return AchEvidence(
        **row,
        sources=sources.get(int(row["annotation_id"]), 1),
        ratings=dict(ratings.get(int(row["id"]), {})),
        rating_marks=dict(marks.get(int(row["id"]), {})),
    )
