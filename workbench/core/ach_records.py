"""Records of an Analysis of Competing Hypotheses as the store reads it back.

Why plain frozen records in core: the store fills them, ``operations.ach``
scores them with ``core.ach_scoring``, and the CLI, the exports and the matrix
editor read them; none of those layers should see a row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: How many hypotheses an analysis holds, as Heuer's method asks (fewer tells nothing apart).
MIN_HYPOTHESES = 2
MAX_HYPOTHESES = 12
_LARGEST_ID = 2**63 - 1  # SQLite's largest rowid


def hypothesis_key(key: object) -> int | None:
    """The hypothesis id a JSON export's ``ratings`` key names ("3"), or None.

    Why not ``str.isdigit`` and ``int``: "²" is a digit to ``isdigit`` that ``int``
    refuses, and a key of 5,000 digits passes one and stops the other; an import
    of such a key ended on Python's "Exceeds the limit (4300 digits)" instead of
    naming the key (attack run 11)."""
    if not (isinstance(key, str) and key.isascii() and key.isdigit()
            and len(key) <= len(str(_LARGEST_ID))):
        return None
    number = int(key)
    return number if number <= _LARGEST_ID else None


@dataclass(frozen=True)
class RatingMark:
    """Who made one rating and who changed it last (names read from the library's authors)."""

    origin: str | None = None
    author_id: str | None = None
    author: str | None = None
    edited_by: str | None = None
    editor: str | None = None

    @property
    def rated_by(self) -> str | None:
        """The name of whoever set the rating as it stands (its last editor, else its author)."""
        return self.editor if self.edited_by else self.author


@dataclass(frozen=True)
class AchHypothesis:
    """One hypothesis of an analysis, in the order the analyst gave them."""

    id: int
    analysis_id: int
    position: int
    text: str
    origin: str | None = None
    author_id: str | None = None
    edited_by: str | None = None


@dataclass(frozen=True)
class AchEvidence:
    """One evidence row: the annotation it rests on, its grades and its ratings by hypothesis.

    ``annotation_id`` is the claim's id for a claim (a claim *is* its
    annotation), else the highlight's or note's. ``statement`` is the claim's
    statement or the span's text; ``status`` the claim's verification status
    (None for a highlight or note); ``sources`` how many distinct sources
    report it (its own document and those of claims linked to it as the same
    or supporting).
    """

    id: int
    analysis_id: int
    annotation_id: int
    position: int
    kind: str
    document_id: int
    document_title: str
    start: int
    end: int
    exact: str
    statement: str
    anchor_status: str = "anchored"
    status: str | None = None
    credibility: int | None = None
    reliability: str | None = None
    sources: int = 1
    ratings: Mapping[int, str] = field(default_factory=dict)
    origin: str | None = None
    author_id: str | None = None
    #: who rated each cell, by hypothesis id
    rating_marks: Mapping[int, RatingMark] = field(default_factory=dict)


@dataclass(frozen=True)
class AchAnalysis:
    """A whole matrix: the question, its hypotheses and its evidence rows."""

    id: int
    question: str
    created_at: str
    hypotheses: tuple[AchHypothesis, ...] = ()
    evidence: tuple[AchEvidence, ...] = ()
    origin: str | None = None
    author_id: str | None = None
    edited_by: str | None = None


@dataclass(frozen=True)
class AchSummary:
    """One line of the list of analyses."""

    id: int
    question: str
    created_at: str
    hypotheses: int
    evidence: int
