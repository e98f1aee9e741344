"""Migrations 0008-0011: resumable analysis, date values, grades and ACH.

Why a second module: these came with the second wave of features, each one
table or column for one feature (analysis chunks of a huge document, the
TIMEX3 value of a DATE mention, Admiralty grades, Analysis of Competing
Hypotheses). ``schema.py`` registers ``STEPS`` here after the first wave's;
a new migration takes the next number and is appended to ``STEPS`` (or to a
later wave's module registered after this one), never inserted before it.
"""

from __future__ import annotations

from sqlite_utils import Database

from workbench.store.sql_script import MigrationStep, execute_all


def _m0008_analysis_chunks(db: Database) -> None:
    """Record which chunks of a huge document are analysed, so a killed run resumes there.

    Rows exist only while a chunked analysis is under way: finishing the
    document (or marking it for analysis again) removes them.
    """
    execute_all(
        db,
        """
        CREATE TABLE analysis_chunks (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            analysis_version INTEGER NOT NULL,
            PRIMARY KEY (document_id, start)
        );
        """,
    )


def _m0009_mention_values(db: Database) -> None:
    """Give DATE/TIME mentions their normalised TIMEX3 value ('2023-09-13'; NULL = none).

    Existing mentions keep NULL until their document is analysed again
    (``workbench reanalyze``); the analysis version says which ones are older.
    """
    execute_all(db, "ALTER TABLE mentions ADD COLUMN value TEXT;")


def _m0010_grades(db: Database) -> None:
    """Grades of the NATO/Admiralty code: a reliability per source, per document, per claim.

    Why a table of sources and not a column on documents: a source (an outlet)
    is graded once and its documents inherit the grade; a document's own
    ``reliability_override`` wins. The CHECKs repeat the vocabulary's ranges
    (``RELIABILITY_WORDING``, ``CREDIBILITY_WORDING``) so no writer can store
    a grade outside them.
    """
    execute_all(
        db,
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            reliability TEXT NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
            graded_at TEXT NOT NULL
        );
        ALTER TABLE documents ADD COLUMN reliability_override TEXT
            CHECK (reliability_override IN ('A', 'B', 'C', 'D', 'E', 'F'));
        ALTER TABLE claims ADD COLUMN credibility INTEGER
            CHECK (credibility BETWEEN 1 AND 6);
        """,
    )


def _m0011_ach(db: Database) -> None:
    """Analysis of Competing Hypotheses: analyses, hypotheses, evidence items and ratings.

    Why evidence names an annotation (a claim, highlight or note) and not a
    copy of its text: the matrix stays linked to the passage, follows it when
    a new version re-anchors it, and a deleted claim takes its row with it
    (the store records that deletion so Undo restores the row and its
    ratings). The 2-12 hypotheses rule lives in ``store.ach``, which can name
    the range in its refusal; the CHECK repeats ``ACH_RATINGS``.
    """
    execute_all(
        db,
        """
        CREATE TABLE ach_analyses (
            id INTEGER PRIMARY KEY,
            question TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE ach_hypotheses (
            id INTEGER PRIMARY KEY,
            analysis_id INTEGER NOT NULL REFERENCES ach_analyses(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX idx_ach_hypotheses_analysis ON ach_hypotheses(analysis_id, position);
        CREATE TABLE ach_evidence (
            id INTEGER PRIMARY KEY,
            analysis_id INTEGER NOT NULL REFERENCES ach_analyses(id) ON DELETE CASCADE,
            annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            UNIQUE (analysis_id, annotation_id)
        );
        CREATE INDEX idx_ach_evidence_annotation ON ach_evidence(annotation_id);
        CREATE TABLE ach_ratings (
            evidence_id INTEGER NOT NULL REFERENCES ach_evidence(id) ON DELETE CASCADE,
            hypothesis_id INTEGER NOT NULL REFERENCES ach_hypotheses(id) ON DELETE CASCADE,
            rating TEXT NOT NULL CHECK (rating IN ('CC', 'C', 'N', 'I', 'II')),
            PRIMARY KEY (evidence_id, hypothesis_id)
        );
        CREATE INDEX idx_ach_ratings_hypothesis ON ach_ratings(hypothesis_id);
        """,
    )


# Applied in this order, after the first wave; ``schema.py`` refuses an order not ascending.
STEPS: tuple[MigrationStep, ...] = (
    ("0008_analysis_chunks", _m0008_analysis_chunks),
    ("0009_mention_values", _m0009_mention_values),
    ("0010_grades", _m0010_grades),
    ("0011_ach", _m0011_ach),
)
