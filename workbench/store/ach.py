"""Analyses of Competing Hypotheses: questions, hypotheses, evidence items and ratings.

``store.ach``. Every change is one analyst action in ``store.history`` (so
Undo restores it exactly) and returns ``Changes`` with ``ach`` set and the new
item's id in ``ids``. Refusals are raised *before* anything is written: an
unknown id is a ``LookupError``, a rule broken (hypotheses outside 2-12, an
unknown rating, evidence twice) a ``ValueError``, each naming what is wrong.

Evidence names an annotation (a claim, highlight or note), never a copy of
it: re-anchoring after an update moves the annotation in place and the row
with it. Deleting an annotation deletes its evidence rows and their ratings
in the same recorded action (``delete_evidence_of``), so the matrix never
points at nothing and Undo brings the rows back; ``analyses_using`` lets the
CLI and the window ask first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlite_utils import Database

from workbench.core.ach_records import (
    MAX_HYPOTHESES,
    MIN_HYPOTHESES,
    AchAnalysis,
    AchSummary,
)
from workbench.core.labels import checked_label, label_key
from workbench.core.models import Changes
from workbench.core.vocabulary import parse_ach_rating
from workbench.store.ach_reads import read_analysis, read_summaries
from workbench.store.history import History, Recorder
from workbench.store.labels import annotation_named, named, row_named
from workbench.store.rows import now_iso

_RANGE = f"{MIN_HYPOTHESES}-{MAX_HYPOTHESES}"


class Ach:
    """Create, change and read ACH matrices (every change undoable)."""

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history

    # -- analyses --------------------------------------------------------------

    def create_analysis(self, question: str, hypotheses: Sequence[str] = ()) -> Changes:
        """A new analysis of ``question``, with its first hypotheses if given (then 2-12)."""
        question = _non_blank(question, "question")
        texts = [_non_blank(text, "hypothesis") for text in hypotheses]
        if texts and not MIN_HYPOTHESES <= len(texts) <= MAX_HYPOTHESES:
            raise ValueError(f"an analysis takes {_RANGE} hypotheses (got {len(texts)})")
        _refuse_repeated(texts)

        def action(rec: Recorder) -> int:
            analysis_id = rec.insert(
                "ach_analyses", {"question": question, "created_at": now_iso()}
            )
            for position, text in enumerate(texts, start=1):
                _insert_hypothesis(rec, analysis_id, position, text)
            return analysis_id

        analysis_id, changes = self.history.record_action(f"New analysis{named(question)}", action)
        return _with_id(changes, analysis_id)

    def set_question(self, analysis_id: int, question: str) -> Changes:
        """Reword an analysis's question."""
        question = _non_blank(question, "question")
        self._require_analysis(analysis_id)
        return self.history.record_action(
            f"Edit analysis question{named(question)}",
            lambda rec: rec.update("ach_analyses", {"id": analysis_id}, {"question": question}),
        )[1]

    def delete_analysis(self, analysis_id: int) -> Changes:
        """Delete an analysis with its hypotheses, evidence rows and ratings."""
        self._require_analysis(analysis_id)
        label = f"Delete analysis{self._question_named(analysis_id)}"

        def action(rec: Recorder) -> None:
            rec.delete_where(
                "ach_ratings",
                "evidence_id IN (SELECT id FROM ach_evidence WHERE analysis_id = ?)",
                [analysis_id],
            )
            rec.delete_where("ach_evidence", "analysis_id = ?", [analysis_id])
            rec.delete_where("ach_hypotheses", "analysis_id = ?", [analysis_id])
            rec.delete("ach_analyses", {"id": analysis_id})

        return self.history.record_action(label, action)[1]

    # -- hypotheses ------------------------------------------------------------

    def add_hypothesis(self, analysis_id: int, text: str) -> Changes:
        """Add a hypothesis at the end; refused past the twelfth."""
        text = _non_blank(text, "hypothesis")
        self._require_analysis(analysis_id)
        count = self._count("ach_hypotheses", analysis_id)
        if count >= MAX_HYPOTHESES:
            raise ValueError(
                f"analysis {analysis_id} already has {count} hypotheses; an analysis takes {_RANGE}"
            )
        self._refuse_held(analysis_id, text)
        position = self._next_position("ach_hypotheses", analysis_id)

        def action(rec: Recorder) -> int:
            return _insert_hypothesis(rec, analysis_id, position, text)

        hypothesis_id, changes = self.history.record_action(f"Add hypothesis{named(text)}", action)
        return _with_id(changes, hypothesis_id)

    def edit_hypothesis(self, hypothesis_id: int, text: str) -> Changes:
        """Reword a hypothesis (its ratings stay)."""
        text = _non_blank(text, "hypothesis")
        analysis_id = self._analysis_of("ach_hypotheses", hypothesis_id, "hypothesis")
        self._refuse_held(analysis_id, text, other_than=hypothesis_id)
        return self.history.record_action(
            f"Edit hypothesis{named(text)}",
            lambda rec: rec.update("ach_hypotheses", {"id": hypothesis_id}, {"text": text}),
        )[1]

    def remove_hypothesis(self, hypothesis_id: int) -> Changes:
        """Remove a hypothesis and its ratings; refused when fewer than two would remain."""
        analysis_id = self._analysis_of("ach_hypotheses", hypothesis_id, "hypothesis")
        count = self._count("ach_hypotheses", analysis_id)
        if count <= MIN_HYPOTHESES:
            raise ValueError(
                f"cannot remove hypothesis {hypothesis_id}: analysis {analysis_id} has only"
                f" {count} and an analysis takes {_RANGE} (add another first)"
            )

        def action(rec: Recorder) -> None:
            rec.delete_where("ach_ratings", "hypothesis_id = ?", [hypothesis_id])
            rec.delete("ach_hypotheses", {"id": hypothesis_id})

        label = f"Remove hypothesis{self._hypothesis_named(hypothesis_id)}"
        return self.history.record_action(label, action)[1]

    # -- evidence --------------------------------------------------------------

    def add_evidence(self, analysis_id: int, annotation_id: int) -> Changes:
        """Add a claim (or highlight or note) as the last evidence row."""
        self._require_analysis(analysis_id)
        if self.db.execute(
            "SELECT 1 FROM annotations WHERE id = ?", [annotation_id]
        ).fetchone() is None:
            raise LookupError(f"no claim or annotation with id {annotation_id} (deleted?)")
        if self.db.execute(
            "SELECT 1 FROM ach_evidence WHERE analysis_id = ? AND annotation_id = ?",
            [analysis_id, annotation_id],
        ).fetchone():
            raise ValueError(f"{annotation_id} is already evidence in analysis {analysis_id}")
        values = {
            "analysis_id": analysis_id,
            "annotation_id": annotation_id,
            "position": self._next_position("ach_evidence", analysis_id),
        }
        evidence_id, changes = self.history.record_action(
            f"Add evidence{annotation_named(self.db, annotation_id)}",
            lambda rec: rec.insert("ach_evidence", values),
        )
        return _with_id(changes, evidence_id)

    def remove_evidence(self, evidence_id: int) -> Changes:
        """Remove an evidence row and its ratings (the claim itself stays)."""
        self._analysis_of("ach_evidence", evidence_id, "evidence item")

        def action(rec: Recorder) -> None:
            rec.delete_where("ach_ratings", "evidence_id = ?", [evidence_id])
            rec.delete("ach_evidence", {"id": evidence_id})

        label = f"Remove evidence{self._evidence_named(evidence_id)}"
        return self.history.record_action(label, action)[1]

    def rate(self, evidence_id: int, hypothesis_id: int, rating: str | None) -> Changes:
        """Rate how an evidence item bears on a hypothesis (CC C N I II; None clears the cell)."""
        code = None if rating is None else parse_ach_rating(rating)
        evidence_analysis = self._analysis_of("ach_evidence", evidence_id, "evidence item")
        hypothesis_analysis = self._analysis_of("ach_hypotheses", hypothesis_id, "hypothesis")
        if evidence_analysis != hypothesis_analysis:
            raise ValueError(
                f"evidence {evidence_id} belongs to analysis {evidence_analysis},"
                f" hypothesis {hypothesis_id} to analysis {hypothesis_analysis}"
            )
        key = {"evidence_id": evidence_id, "hypothesis_id": hypothesis_id}

        def action(rec: Recorder) -> None:
            existing = rec.fetch("ach_ratings", key)
            if code is None:
                rec.delete("ach_ratings", key)
            elif existing is None:
                rec.insert("ach_ratings", {**key, "rating": code})
            else:
                rec.update("ach_ratings", key, {"rating": code})

        name = self._evidence_named(evidence_id)
        label = f"Rate evidence{name} as {code}" if code else f"Clear rating{name}"
        return self.history.record_action(label, action)[1]

    # -- reads -----------------------------------------------------------------

    def list_analyses(self) -> list[AchSummary]:
        """Every analysis, oldest first, with its counts."""
        return read_summaries(self.db)

    def get_analysis(self, analysis_id: int) -> AchAnalysis:
        """A whole matrix (LookupError when there is no such analysis)."""
        analysis = read_analysis(self.db, analysis_id)
        if analysis is None:
            raise LookupError(f"no analysis with id {analysis_id}")
        return analysis

    def analyses_using(self, annotation_id: int) -> list[AchSummary]:
        """The analyses whose evidence includes this annotation (to ask before deleting it)."""
        return read_summaries(self.db, using=annotation_id)

    # -- helpers ---------------------------------------------------------------

    def _require_analysis(self, analysis_id: int) -> None:
        if self.db.execute(
            "SELECT 1 FROM ach_analyses WHERE id = ?", [analysis_id]
        ).fetchone() is None:
            raise LookupError(f"no analysis with id {analysis_id}")

    def _analysis_of(self, table: str, item_id: int, what: str) -> int:
        sql = f"SELECT analysis_id FROM {table} WHERE id = ?"  # noqa: S608 - fixed names
        row = self.db.execute(sql, [item_id]).fetchone()
        if row is None:
            raise LookupError(f"no {what} with id {item_id}")
        return int(row[0])

    def _question_named(self, analysis_id: int) -> str:
        return row_named(self.db, "ach_analyses", "question", analysis_id)

    def _hypothesis_named(self, hypothesis_id: int) -> str:
        return row_named(self.db, "ach_hypotheses", "text", hypothesis_id)

    def _evidence_named(self, evidence_id: int) -> str:
        """The evidence's claim (or highlight or note) span, for its undo label."""
        return row_named(self.db, "ach_evidence e JOIN annotations a ON a.id = e.annotation_id",
                         "a.exact", evidence_id, key="e.id")

    def _refuse_held(self, analysis_id: int, text: str, other_than: int | None = None) -> None:
        """Refuse a hypothesis the analysis holds already, letter case and spaces aside.

        Why: "A" twice (or "A" and " a ") made two rows the analyst rates apart and the
        matrix scores as two competing explanations, though they are one.
        """
        rows = self.db.execute(
            "SELECT id, text FROM ach_hypotheses WHERE analysis_id = ? ORDER BY position",
            [analysis_id],
        ).fetchall()
        for hypothesis_id, held in rows:
            if hypothesis_id != other_than and label_key(held) == label_key(text):
                raise ValueError(f"analysis {analysis_id} has this hypothesis already: "
                                 f"{held!r} (hypothesis {hypothesis_id})")

    def _count(self, table: str, analysis_id: int) -> int:
        sql = f"SELECT count(*) FROM {table} WHERE analysis_id = ?"  # noqa: S608 - fixed names
        return int(self.db.execute(sql, [analysis_id]).fetchone()[0])

    def _next_position(self, table: str, analysis_id: int) -> int:
        sql = f"SELECT max(position) FROM {table} WHERE analysis_id = ?"  # noqa: S608
        row = self.db.execute(sql, [analysis_id]).fetchone()
        return int(row[0] or 0) + 1


def delete_evidence_of(rec: Recorder, annotation_id: int) -> None:
    """Delete (recorded) the evidence rows resting on an annotation about to be deleted.

    Called by ``Annotations.delete_annotation`` inside its own action, so
    deleting a claim and its rows is one step to undo.
    """
    rec.delete_where(
        "ach_ratings",
        "evidence_id IN (SELECT id FROM ach_evidence WHERE annotation_id = ?)",
        [annotation_id],
    )
    rec.delete_where("ach_evidence", "annotation_id = ?", [annotation_id])


def _insert_hypothesis(rec: Recorder, analysis_id: int, position: int, text: str) -> int:
    return rec.insert(
        "ach_hypotheses", {"analysis_id": analysis_id, "position": position, "text": text}
    )


def _refuse_repeated(texts: Sequence[str]) -> None:
    """Refuse a new analysis given one hypothesis twice (letter case and spaces aside)."""
    seen: dict[str, str] = {}
    for text in texts:
        first = seen.get(label_key(text))
        seen.setdefault(label_key(text), text)
        if first is not None:
            raise ValueError(f"hypothesis {first!r} is given twice ({text!r}); "
                             "each hypothesis is given once")


def _non_blank(text: str, what: str) -> str:
    """The text with its spaces joined; refused when blank or longer than a label."""
    return checked_label(text, f"a {what}")


def _with_id(changes: Changes, new_id: int) -> Changes:
    return replace(changes, ids=(new_id,))
