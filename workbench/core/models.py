"""Plain domain records passed between ingest, nlp, store, export and ui.

All offsets are Python code-point indices into the document's stored text (or its
title when ``field == "title"``); only ``workbench.ui`` converts them to UTF-16.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True)
class Article:
    """One imported article before it is stored; text is already normalised (NFC, ``\\n``)."""

    title: str
    text: str
    source: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    dateline: str | None = None
    format: str = "text"
    origin_path: str | None = None
    external_id: str | None = None


@dataclass(frozen=True)
class Mention:
    """An entity mention; ``entity`` is the canonical name it resolves to."""

    start: int
    end: int
    text: str
    label: str
    entity: str
    field: str = "text"
    source: str = "model"
    confidence: float | None = None
    value: str | None = None
    """Normalised TIMEX3 value of a DATE/TIME mention ('2023-09-13', 'PAST_REF'), if any."""


@dataclass(frozen=True)
class Quote:
    """A direct or indirect statement with its speaker, if one was found.

    ``speaker`` is the canonical entity name of the speaker (or ``None``);
    ``speaker_text`` is the surface text found in the document (may be a pronoun)
    and ``speaker_start``/``speaker_end`` its span.
    """

    start: int
    end: int
    text: str
    kind: str = "direct"
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    confidence: float | None = None
    group: int | None = None


class AnalysisItem(NamedTuple):
    """One document handed to extraction: what a worker process needs and nothing more.

    A tuple, so it pickles cheaply to worker processes and a plain ``(id, title, text)``
    built by a test or a benchmark is one too.
    """

    document_id: int
    title: str
    text: str


@dataclass(frozen=True)
class Analysis:
    """Everything extraction produced for one document, saved in one transaction."""

    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    version: int = 1


@dataclass(frozen=True)
class Changes:
    """What one store mutation touched, so views can refresh lazily (Anki's OpChanges)."""

    documents_added: tuple[int, ...] = ()
    documents_changed: tuple[int, ...] = ()
    documents_removed: tuple[int, ...] = ()
    duplicate_of: int | None = None
    entities: bool = False
    annotations: bool = False
    tags: bool = False
    claims: bool = False
    ach: bool = False  # an ACH analysis, hypothesis, evidence item or rating
    conflicts: bool = False  # a merge or a conflict's resolution: open conflicts may differ
    note: str = ""
    ids: tuple[int, ...] = field(default=())

    @property
    def touched_documents(self) -> tuple[int, ...]:
        """Every document id this change added, changed or removed."""
        return self.documents_added + self.documents_changed + self.documents_removed

    @property
    def is_analyst_action(self) -> bool:
        """A recorded analyst action (or its undo), as opposed to a bulk import/analysis step."""
        return bool(self.note) and (self.annotations or self.claims or self.tags
                                    or self.entities or self.ach)

    def merged_with(self, later: Changes) -> Changes:
        """What this change and a later one touched together.

        Why: an import reports one change per stored or analysed document;
        views only need the union, once. Per-action details (``note``,
        ``ids``, ``duplicate_of``) belong to single actions and are dropped.
        """
        return Changes(
            documents_added=self.documents_added + later.documents_added,
            documents_changed=self.documents_changed + later.documents_changed,
            documents_removed=self.documents_removed + later.documents_removed,
            entities=self.entities or later.entities,
            annotations=self.annotations or later.annotations,
            tags=self.tags or later.tags,
            claims=self.claims or later.claims,
            ach=self.ach or later.ach,
            conflicts=self.conflicts or later.conflicts,
        )
