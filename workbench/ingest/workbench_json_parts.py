"""Schema checks for one document of a workbench JSON export and what it carries.

Why here and not in the restorer: each span must lie inside the text (or
title) it indexes and quote what it covers, exactly as ``workbench check``
expects of a library, so a restored library never starts with problems;
ids and numbers must fit SQLite. See ``workbench_json`` for the whole file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from workbench.core.vocabulary import CREDIBILITY_GRADES, RELIABILITY_GRADES
from workbench.ingest.json_checks import Fields, Problems, shown
from workbench.ingest.workbench_json_authors import check_signature, check_tag_marks

DOCUMENT_TEXT_KEYS = (
    "title source author published url dateline format origin_path external_id"
    " content_hash imported_at"
).split()
LINK_DIRECTIONS = ("incoming", "outgoing")
MENTION_FIELDS = ("text", "title")
UNTITLED = "Untitled"  # the title a document without one is stored under

HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Vocabulary:
    """The closed lists of values an export may hold; the library defines them.

    Why passed in: they belong to the store (its statuses, kinds and tag
    paths), which this pure reader must not import.
    """

    document_statuses: Collection[str]
    annotation_kinds: Collection[str]
    annotation_statuses: Collection[str]
    claim_statuses: Collection[str]
    relations: Collection[str]
    tag_path: Callable[[str], str]  # the canonical path; ValueError when there is none


@dataclass
class ExportContext:
    """What checking one document needs from the rest of the file."""

    vocabulary: Vocabulary
    problems: Problems
    entity_ids: set[int] = field(default_factory=set)
    first_use: dict[tuple[str, int], str] = field(default_factory=dict)
    first_names: dict[tuple[str, str], str] = field(default_factory=dict)

    def unique(self, kind: str, value: int | None, path: str) -> None:
        """Report an id used twice for the same kind of thing (one export, one library)."""
        if value is None:
            return
        first = self.first_use.setdefault((kind, value), path)
        if first != path:
            self.problems.add(path, f"{kind} id {value} is used twice (first at {first})")

    def unique_name(self, kind: str, name: str, path: str) -> None:
        """Report a name given twice for the same kind of thing (a source graded twice)."""
        first = self.first_names.setdefault((kind, name), path)
        if first != path:
            self.problems.add(path, f"{kind} {shown(name)} is given twice (first at {first})")

    def tag_problem(self, path: str) -> str | None:
        """Why ``path`` is not a tag path, or None."""
        try:
            self.vocabulary.tag_path(path)
        except ValueError as error:
            return str(error)
        return None


@dataclass(frozen=True)
class Body:
    """The text spans index: a document's text, or its title for title mentions."""

    name: str
    text: str


def check_document(document: Fields, context: ExportContext) -> None:
    """One exported document: its fields, tags, mentions, quotes, annotations and claims."""
    vocabulary = context.vocabulary
    context.unique("document", document.row_id("id"), document.where)
    text = document.text("text", required=True, nonempty=True)
    for key in DOCUMENT_TEXT_KEYS:
        document.text(key)
    document.whole("analysis_version")
    document.whole("word_count")
    document.choice("status", vocabulary.document_statuses)
    document.choice("reliability", RELIABILITY_GRADES)
    document.strings("tags", context.tag_problem)
    check_tag_marks(document, "document tag", context)
    body = Body("text", text) if text is not None else None
    title = _title_body(document)
    for path, mention in document.objects("entities"):
        _check_mention(Fields(mention, path, context.problems), body, title, context)
    for path, quote in document.objects("quotes"):
        _check_quote(Fields(quote, path, context.problems), body, context)
    kinds: dict[int, str] = {}
    for path, annotation in document.objects("annotations"):
        _check_annotation(Fields(annotation, path, context.problems), body, context, kinds)
    for path, claim in document.objects("claims"):
        _check_claim(Fields(claim, path, context.problems), body, context, kinds)


def _title_body(document: Fields) -> Body | None:
    """The title as stored (``Untitled`` when missing), or None when it is not a string."""
    title = document.record.get("title")
    if title is not None and not isinstance(title, str):
        return None
    return Body("title", title or UNTITLED)


def check_span(
    item: Fields,
    body: Body | None,
    keys: tuple[str, str] = ("start", "end"),
    quoted: str = "text",
    required: bool = True,
) -> tuple[int, int] | None:
    """A span ``keys`` inside ``body`` whose ``quoted`` field is the text it covers.

    Optional spans (``required=False``) are both absent or both present.
    """
    start_key, end_key = keys
    start, end = item.whole(start_key, required=required), item.whole(end_key, required=required)
    quote = item.text(quoted, required=required or start is not None or end is not None)
    if start is None or end is None:
        present = [key for key in keys if item.record.get(key) is not None]
        if len(present) == 1 and (start is not None or end is not None):
            missing = end_key if present == [start_key] else start_key
            item.problem(missing, f"required with {present[0]}")
        return None
    if body is None:
        return None
    if not _inside(item, body, (start, end), keys):
        return None
    if quote is not None and quote != body.text[start:end]:
        covered = shown(body.text[start:end])
        item.problem(quoted, f"{shown(quote)} is not the {body.name} at {start}-{end} ({covered})")
    return start, end


def _inside(item: Fields, body: Body, span: tuple[int, int], keys: tuple[str, str]) -> bool:
    """Whether ``0 <= start < end <= len(body)``; reports the end that is not."""
    start, end = span
    if end > len(body.text):
        item.problem(keys[1], f"{end} is past the end of the {body.name} ({len(body.text)})")
        return False
    if start >= end:
        item.problem(keys[1], f"{end} is not after {keys[0]} ({start})")
        return False
    return True


def _check_mention(
    mention: Fields, text: Body | None, title: Body | None, context: ExportContext
) -> None:
    where = mention.choice("field", MENTION_FIELDS)
    if where is None and mention.record.get("field") is not None:
        body = None  # an unknown field was reported; its offsets index nothing known
    else:
        body = title if where == "title" else text
    check_span(mention, body)
    mention.text("label", required=True, nonempty=True)
    mention.text("source")
    mention.number("confidence")
    mention.text("value")
    entity_id, name = mention.row_id("entity_id"), mention.text("entity")
    if mention.record.get("entity_id") is not None and entity_id is None:
        return  # a bad id was reported already
    if entity_id not in context.entity_ids and not (name and name.strip()):
        key = "entity_id" if entity_id is not None else "entity"
        mention.problem(
            key,
            "no entity: give the id of one in the top-level entities list, or the entity's name",
        )


def _check_quote(quote: Fields, text: Body | None, context: ExportContext) -> None:
    context.unique("quote", quote.row_id("id"), quote.where)
    check_span(quote, text)
    check_span(quote, text, ("speaker_start", "speaker_end"), "speaker_text", required=False)
    for key in ("speaker", "cue", "kind"):
        quote.text(key)
    quote.whole("group")
    quote.row_id("speaker_entity_id")
    quote.number("confidence")


def _check_annotation(
    annotation: Fields, text: Body | None, context: ExportContext, kinds: dict[int, str]
) -> None:
    vocabulary = context.vocabulary
    annotation_id = annotation.row_id("id")
    context.unique("annotation", annotation_id, annotation.where)
    kind = annotation.choice("kind", vocabulary.annotation_kinds, required=True)
    if annotation_id is not None and kind is not None:
        kinds[annotation_id] = kind
    status = annotation.choice("status", vocabulary.annotation_statuses)
    _check_anchor(annotation, text, "exact", orphaned=status == "orphaned")
    for key in ("prefix", "suffix", "note", "note_md", "created_at", "updated_at"):
        annotation.text(key)
    annotation.matching("color", HEX_COLOR, "a colour (#rrggbb)")
    annotation.strings("tags", context.tag_problem)
    check_signature(annotation, "annotation", context)
    check_tag_marks(annotation, "span tag", context)


def _check_anchor(item: Fields, text: Body | None, exact_key: str, orphaned: bool) -> None:
    """An annotation's span: inside the text, unless orphaned (then its quote is kept)."""
    start, end = item.whole("start", required=True), item.whole("end", required=True)
    exact = item.text(exact_key)
    if start is None or end is None or text is None:
        return
    if orphaned:
        if start > end:
            item.problem("end", f"{end} is before start ({start})")
        if not exact:
            item.problem(exact_key, "required for an orphaned annotation (its quoted text)")
        return
    _inside(item, text, (start, end), ("start", "end"))


def _check_claim(
    claim: Fields, text: Body | None, context: ExportContext, kinds: dict[int, str]
) -> None:
    vocabulary = context.vocabulary
    claim_id = claim.row_id("id")
    context.unique("claim", claim_id, claim.where)
    if claim_id is not None and claim_id in kinds:
        if kinds[claim_id] != "claim":
            claim.problem("id", f"{claim_id} is a {kinds[claim_id]} of this document, not a claim")
        claim.whole("start")
        claim.whole("end")
    else:  # no annotation entry: the claim's own span becomes its annotation
        _check_anchor(claim, text, "text", orphaned=False)
    claim.choice("status", vocabulary.claim_statuses)
    check_credibility(claim)
    for key in ("statement", "text", "claimant", "claimant_text", "note"):
        claim.text(key)
    claim.row_id("claimant_entity_id")
    claim.row_id("quote_id")
    claim.strings("tags", context.tag_problem)
    check_signature(claim, "claim", context)
    for path, step in claim.objects("history"):
        step_fields = Fields(step, path, context.problems)
        step_fields.choice("status", vocabulary.claim_statuses, required=True)
        step_fields.text("changed_at")
        step_fields.text("note")
        check_signature(step_fields, "status change", context)
    for path, link in claim.objects("links"):
        _check_claim_link(Fields(link, path, context.problems), vocabulary)


def check_credibility(claim: Fields) -> None:
    """A claim's optional credibility grade: a whole number 1-6 of the Admiralty code."""
    grade = claim.whole("credibility", minimum=1)
    if grade is not None and grade not in CREDIBILITY_GRADES:
        claim.problem("credibility", f"{grade} is not a credibility grade (1-6)")


def _check_claim_link(link: Fields, vocabulary: Vocabulary) -> None:
    """A link as read from one claim (used when the file has no top-level links)."""
    link.row_id("id")
    link.row_id("other_claim_id", required=True)
    link.row_id("other_document_id")
    link.choice("relation", vocabulary.relations, required=True)
    link.choice("direction", LINK_DIRECTIONS, required=True)
    for key in ("reads", "note", "other_text", "other_title"):
        link.text(key)
