"""Typed records of the analyst's work as the store hands them out: annotations, claims, tags.

Why records and not the row dicts they are read from: everything above the
store (operations, export, commands, ui) reads these, so a field that is
renamed or missing fails where it is read, by name, instead of turning up as
a ``KeyError`` (or a silent ``.get`` default) far from the query. Frozen,
because a view that edits a record it was given would show work that was
never saved. Offsets are code points into the document's text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Self


def _from_row(cls: type[Any], row: Mapping[str, Any], **extra: Any) -> Any:
    """Build ``cls`` from the row's columns that it names (extra columns are ignored)."""
    names = {f.name for f in fields(cls)}
    values = {key: row[key] for key in names if key in row}
    return cls(**(values | extra))


@dataclass(frozen=True)
class Annotation:
    """A highlight, note or claim span anchored to a document's text, with its tag paths."""

    id: int
    document_id: int
    kind: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    note_md: str = ""
    color: str | None = None
    status: str = "anchored"
    created_at: str = ""
    updated_at: str = ""
    tags: tuple[str, ...] = ()
    origin: str | None = None  # kept by every copy of this work across merged libraries
    author_id: str | None = None  # None: made before authorship, or by a script without one
    author: str | None = None  # the author's name (core.authorship.display_name shows None)
    edited_by: str | None = None  # who changed it last (None: never edited since authorship)
    editor: str | None = None
    #: (tag path, origin, author id) of each tag on the span, for the JSON export
    tag_marks: tuple[tuple[str, str | None, str | None], ...] = ()

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Self:
        """The record of an ``annotations`` row that carries its ``tags`` list."""
        result: Self = _from_row(cls, row, tags=tuple(row.get("tags") or ()))
        return result


@dataclass(frozen=True)
class ClaimLink:
    """One link as read from one of its claims: ``reads`` is the relation worded from this end."""

    id: int
    relation: str
    reads: str
    direction: str
    other_claim_id: int
    other_document_id: int
    note: str | None = None
    other_text: str | None = None
    other_title: str | None = None
    author: str | None = None  # who made the link

    @property
    def outgoing(self) -> bool:
        """Whether this claim is the link's source."""
        return self.direction == "outgoing"


@dataclass(frozen=True)
class StatusChange:
    """One step of a claim's verification history, with who took it."""

    status: str
    changed_at: str
    note: str | None = None
    origin: str | None = None
    author_id: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class Claim:
    """A claim: its span (annotation fields), claimant, status, document, tags and links.

    ``claimant`` is the entity's name or, without an entity, the free text the
    analyst (or the quote's speaker) gave.
    """

    id: int
    document_id: int
    start: int
    end: int
    text: str
    status: str
    statement: str
    prefix: str = ""
    suffix: str = ""
    note_md: str = ""
    anchor_status: str = "anchored"
    quote_id: int | None = None
    claimant_entity_id: int | None = None
    claimant: str | None = None
    document_title: str | None = None
    published: str | None = None
    source: str | None = None
    tags: tuple[str, ...] = ()
    links: tuple[ClaimLink, ...] = ()
    credibility: int | None = None  # 1-6 of the Admiralty code, None when ungraded
    reliability: str | None = None  # A-F: its document's override, else its source's grade
    origin: str | None = None
    author_id: str | None = None  # who made the claim
    author: str | None = None
    edited_by: str | None = None  # who last changed its status, claimant, note or grade
    editor: str | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Self:
        """The record of a claim row that carries its ``tags`` and ``links`` lists."""
        links = tuple(_from_row(ClaimLink, link) for link in row.get("links") or ())
        result: Self = _from_row(cls, row, tags=tuple(row.get("tags") or ()), links=links)
        return result

    @property
    def claimant_text(self) -> str | None:
        """The claimant as free text: set only when no entity stands behind it."""
        return self.claimant if self.claimant_entity_id is None else None


@dataclass(frozen=True)
class SourceGrade:
    """A source (outlet, publisher) with its reliability grade and how many documents it has."""

    name: str
    reliability: str | None = None
    graded_at: str | None = None
    documents: int = 0
    origin: str | None = None
    author_id: str | None = None  # who first graded it
    author: str | None = None  # the name of who graded it last
    edited_by: str | None = None


@dataclass(frozen=True)
class DocumentGrade:
    """A document's reliability: its own override, else its source's grade (``effective``)."""

    document_id: int
    source: str | None = None
    source_reliability: str | None = None
    override: str | None = None

    @property
    def effective(self) -> str | None:
        """The grade that counts: the document's own, else its source's."""
        return self.override or self.source_reliability


@dataclass(frozen=True)
class Link:
    """A typed link between two claims as stored (``from`` → ``to``)."""

    id: int
    from_annotation_id: int
    to_annotation_id: int
    relation: str
    note: str | None = None
    created_at: str = ""
    origin: str | None = None
    author_id: str | None = None
    edited_by: str | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Self:
        """The record of a ``links`` row."""
        result: Self = _from_row(cls, row)
        return result


@dataclass(frozen=True)
class Tag:
    """A hierarchical tag with its colour and how many documents and passages carry it or below."""

    id: int
    path: str
    color: str | None = None
    documents: int = 0
    spans: int = 0
    origin: str | None = None
    author_id: str | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Self:
        """The record of a ``tags`` row with its use counts."""
        result: Self = _from_row(cls, row)
        return result


@dataclass(frozen=True)
class DocumentBundle:
    """One document with everything an export writes about it, gathered from the store.

    ``document`` is the document's row (metadata and text), ``mentions`` and
    ``quotes`` the analysis rows as the store reads them; the analyst's work is
    records. ``history`` holds each claim's status changes by claim id.
    """

    document: Mapping[str, Any]
    tags: tuple[str, ...] = ()
    mentions: Sequence[Mapping[str, Any]] = ()
    quotes: Sequence[Mapping[str, Any]] = ()
    annotations: tuple[Annotation, ...] = ()
    claims: tuple[Claim, ...] = ()
    history: Mapping[int, tuple[StatusChange, ...]] = field(default_factory=dict)
    #: (tag path, origin, author id) of each document tag
    tag_marks: tuple[tuple[str, str | None, str | None], ...] = ()

    @property
    def doc_id(self) -> int:
        """The document's id."""
        return int(self.document["id"])


@dataclass(frozen=True)
class ExportContents:
    """A workbench JSON export, checked against its schema, as records ready to import.

    The records are the file's own objects (keys as in docs/json-export.md);
    ``links`` are the top-level links or, for a file without them, the
    outgoing links read from each claim.
    """

    documents: tuple[Mapping[str, Any], ...] = ()
    entities: tuple[Mapping[str, Any], ...] = ()
    tags: tuple[Mapping[str, Any], ...] = ()
    links: tuple[Mapping[str, Any], ...] = ()
    sources: tuple[Mapping[str, Any], ...] = ()
    analyses: tuple[Mapping[str, Any], ...] = ()  # the ``ach`` list: ACH analyses
    authors: tuple[Mapping[str, Any], ...] = ()  # ``{"id", "name"}`` of each analyst named
