"""Read a bundle (``workbench export --format bundle``) and check all of it before any use.

Why all of it first, like the JSON export: a bundle comes from a colleague
through a shared folder, so it may be damaged, hand-edited or hostile, and
its rows point to each other by origin (a link to two claims, a rating to a
hypothesis). Every problem is named with its JSON path; a bundle with any
problem is refused whole. Sizes are bounded with ingest's limits (the file,
each document's text) and every other string by ``FIELD_MAX_CHARS``, so a
huge field cannot reach a library. The result is a ``Work`` whose rows have
the shape ``store.exchange`` reads and writes (docs/collaboration.md).
"""

from __future__ import annotations

from typing import Any

from workbench.core.authorship import InvalidAuthor, clean_name, is_author_id
from workbench.core.bundle_records import BUNDLE_TYPE, BUNDLE_VERSION, DOCUMENT_PREFIX, Work
from workbench.core.text import content_hash, plural
from workbench.core.vocabulary import RELIABILITY_GRADES
from workbench.ingest.bundle_context import BundleContext
from workbench.ingest.bundle_entities import check_entities
from workbench.ingest.bundle_items import check_items, check_tag
from workbench.ingest.decoding import TEXT_MAX_BYTES
from workbench.ingest.errors import IngestError
from workbench.ingest.json_checks import Fields, Problems, report_lone_surrogates, shown, type_name

_HASH_CHARS = 64


class InvalidBundle(IngestError):
    """A bundle that breaks its format; ``problems`` lists each with its JSON path."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems.messages
        self.count = problems.count
        first = problems.messages[0] if problems.messages else ""
        super().__init__(f"invalid bundle: {plural(problems.count, 'problem')}, the first: {first}")


def read_bundle(data: Any) -> Work:
    """Check a parsed bundle whole and return its work (``InvalidBundle`` naming every problem)."""
    check_bundle_header(data)
    problems = Problems()
    report_lone_surrogates(data, problems)
    top = Fields(data, "", problems)
    context = BundleContext(problems)
    authors = [_author(Fields(a, p, problems), context) for p, a in top.objects("authors")]
    documents = [
        _document(Fields(d, p, problems), context)
        for p, d in top.objects("documents", required=True)
    ]
    tags = [check_tag(Fields(t, p, problems), context) for p, t in top.objects("tags")]
    items = check_items(top, context)
    entities = check_entities(top, context)
    if problems:
        raise InvalidBundle(problems)
    return Work(
        authors=tuple(a for a in authors if a),
        documents=tuple(d for d in documents if d),
        tags=tuple(t for t in tags if t),
        entities=entities,
        **items,
    )


def check_bundle_header(data: Any) -> None:
    """Refuse a file that is not a bundle, or one of a version this app cannot read."""
    if not isinstance(data, dict) or data.get("type") != BUNDLE_TYPE:
        raise IngestError(f'not a workbench bundle (its "type" is not {BUNDLE_TYPE!r})')
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        got = f"{type_name(version)} ({shown(version)})"
        raise IngestError(f"bundle version must be a whole number, got {got}")
    if version > BUNDLE_VERSION:
        raise IngestError(
            f"bundle version {version} is newer than this app reads (version {BUNDLE_VERSION})"
        )
    if version < 1:
        raise IngestError(f"bundle version {version} is not a version (they start at 1)")


def _author(author: Fields, context: BundleContext) -> dict[str, Any] | None:
    author_id = author.text("id", required=True)
    name = author.text("name", required=True)
    if author_id is not None and not is_author_id(author_id):
        author.problem("id", f"{shown(author_id)} is not an author id (32 hex digits)")
        return None
    if name is not None:
        try:
            name = clean_name(name)
        except InvalidAuthor as error:
            author.problem("name", str(error))
            return None
    if author_id is None or name is None:
        return None
    if author_id in context.authors:
        author.problem("id", f"author {author_id} is listed twice")
    context.authors.add(author_id)
    return {"id": author_id, "name": name}


def _document(document: Fields, context: BundleContext) -> dict[str, Any] | None:
    """A document: its text within ingest's limit, named by the hash of that text."""
    text = document.text("text", required=True, nonempty=True)
    digest = document.text("content_hash", required=True)
    if text is not None and len(text) > TEXT_MAX_BYTES:
        document.problem("text", f"{len(text)} characters is more than a document may hold")
        text = None
    if text is not None and digest is not None and content_hash(text) != digest:
        document.problem("content_hash", "is not the SHA-256 of the document's text")
        text = None
    row: dict[str, Any] = {"content_hash": digest, "text": text}
    title = document.text("title", required=True, nonempty=True)
    row["title"] = context.bounded(document, "title", title)
    for key in ("source", "published", "url"):
        row[key] = context.bounded(document, key, document.text(key))
    row["reliability"] = document.choice("wb:reliability", RELIABILITY_GRADES)
    row["edited_by"] = context.author_ref(document, "wb:editedBy")
    lineage = [h for _, h in document.strings("lineage", _hash_problem)]
    row["lineage"] = lineage
    if document.record.get("id") != DOCUMENT_PREFIX + str(digest):
        document.problem("id", f"must be {DOCUMENT_PREFIX}<content_hash>")
    if text is None or digest is None or title is None:
        return None
    if digest in context.documents:
        document.problem("content_hash", "the same document is listed twice")
    context.documents[digest] = text
    return row


def _hash_problem(value: str) -> str | None:
    if len(value) == _HASH_CHARS and all(c in "0123456789abcdef" for c in value):
        return None
    return f"{shown(value)} is not a content hash (64 hex digits)"
