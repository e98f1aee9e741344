"""The ACH analyses of a workbench JSON export written back (``ach`` in docs/json-export.md).

Why apart from ``exchange_writer``: an analysis only points *into* the
documents (its evidence rows name claims), so it is written after them, with
the map from exported annotation ids to library ids the writer built. Ids are
kept when free, so an export imported into an empty library gives back the
same analysis under the same ids; the scores are not read (they follow from
the ratings and the grades).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from workbench.core.ach_records import hypothesis_key
from workbench.core.labels import label_key
from workbench.core.vocabulary import ACH_RATINGS
from workbench.store.exchange_authorship import origin_row
from workbench.store.exchange_insert import insert_exported
from workbench.store.exchange_rows import Record, is_export_id, mapped_id, text_field
from workbench.store.rows import now_iso


@dataclass
class AchImport:
    """How many analyses were added, how many evidence rows or ratings were skipped, and
    how many ratings of a repeated hypothesis folded into its first's (not written: the
    first is rated already). Why apart: a fold loses nothing broken, a skip does."""

    analyses: int = 0
    skipped: int = 0
    folded: int = 0


def write_analyses(
    db: Database, analyses: Sequence[Record], annotation_ids: dict[int, int]
) -> AchImport:
    """Add each exported analysis the library does not have yet (same question and date)."""
    result = AchImport()
    for analysis in analyses:
        question = " ".join((text_field(analysis.get("question")) or "").split())
        created_at = text_field(analysis.get("created_at")) or now_iso()
        if not question or _exists(db, question, created_at):
            continue
        if origin_row(db, "ach_analyses", analysis.get("origin")) is not None:
            continue
        analysis_id = insert_exported(
            db, "ach_analyses", {"question": question, "created_at": created_at},
            analysis.get("id"), analysis,
        )  # fmt: skip
        hypotheses = _write_hypotheses(db, analysis_id, _list(analysis.get("hypotheses")))
        for position, evidence in enumerate(_list(analysis.get("evidence")), start=1):
            skipped, folded = _write_evidence(
                db, analysis_id, position, evidence, annotation_ids, hypotheses
            )
            result.skipped += skipped
            result.folded += folded
        result.analyses += 1
    return result


def _write_hypotheses(db: Database, analysis_id: int, records: list[Record]) -> dict[int, int]:
    """Write the hypotheses; one repeating an earlier one (letter case and spaces aside) is
    not written again, its id mapped to the first so its ratings fold into it.

    Why: the analysis refuses "A" beside " a " when the analyst adds it (two rows rated
    apart and scored as competing explanations, though they are one), and an export
    listing both made them anyway (attack run 10).
    """
    ids: dict[int, int] = {}
    held: dict[str, int] = {}
    for position, record in enumerate(records, start=1):
        text = " ".join((text_field(record.get("text")) or "").split())
        if not text:
            continue
        new_id = held.get(label_key(text))
        if new_id is None:
            row = {"analysis_id": analysis_id, "position": position, "text": text}
            new_id = insert_exported(db, "ach_hypotheses", row, record.get("id"), record)
            held[label_key(text)] = new_id
        if is_export_id(record.get("id")):
            ids[record["id"]] = new_id
    return ids


def _write_evidence(
    db: Database,
    analysis_id: int,
    position: int,
    record: Record,
    annotation_ids: dict[int, int],
    hypotheses: dict[int, int],
) -> tuple[int, int]:
    """Write one row and its ratings; return how many things had to be skipped, and how
    many ratings folded into the first of a repeated hypothesis (which has its own)."""
    annotation_id = mapped_id(annotation_ids, record.get("claim_id"))
    if annotation_id is None or db.execute(
        "SELECT 1 FROM ach_evidence WHERE analysis_id = ? AND annotation_id = ?",
        [analysis_id, annotation_id],
    ).fetchone():
        return 1, 0
    row = {"analysis_id": analysis_id, "annotation_id": annotation_id, "position": position}
    evidence_id = insert_exported(db, "ach_evidence", row, record.get("id"), record)
    skipped = folded = 0
    ratings = record.get("ratings")
    marks = record.get("rating_authorship")
    marks = marks if isinstance(marks, dict) else {}
    for key, rating in (ratings.items() if isinstance(ratings, dict) else ()):
        number = hypothesis_key(key)
        hypothesis_id = None if number is None else hypotheses.get(number)
        if hypothesis_id is None or rating not in ACH_RATINGS:
            skipped += 1
            continue
        if _rated(db, evidence_id, hypothesis_id):  # a repeated hypothesis rated by its first
            folded += 1
            continue
        mark = marks.get(key)
        values = {"evidence_id": evidence_id, "hypothesis_id": hypothesis_id, "rating": rating}
        insert_exported(db, "ach_ratings", values, None, mark if isinstance(mark, dict) else None)
    return skipped, folded


def _rated(db: Database, evidence_id: int, hypothesis_id: int) -> bool:
    return db.execute("SELECT 1 FROM ach_ratings WHERE evidence_id = ? AND hypothesis_id = ?",
                      [evidence_id, hypothesis_id]).fetchone() is not None


def _exists(db: Database, question: str, created_at: str) -> bool:
    return bool(
        db.execute(
            "SELECT 1 FROM ach_analyses WHERE question = ? AND created_at = ?",
            [question, created_at],
        ).fetchone()
    )


def _list(value: Any) -> list[Record]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []
