"""Authorship in a workbench JSON export, checked: origins, author ids, the authors list.

Why checked before anything is written: a merge (``workbench merge``) and the
JSON import match work by ``origin`` and sign it with ``author_id``; a
malformed id would either be refused by the library half-way or, worse,
attribute work to nobody. Each origin must be 32 lowercase hex digits and name
one record of its kind once in the file; each author id the same shape; each
author's name one clean line (``core.authorship.clean_name``). All keys are
optional: exports written before authorship still import.
"""

from __future__ import annotations

from typing import Any, Protocol

from workbench.core.ach_records import hypothesis_key
from workbench.core.authorship import InvalidAuthor, clean_name, is_author_id
from workbench.ingest.json_checks import Fields, Problems, shown

ID_DESCRIBED = "an id (32 lowercase hex digits)"
NAME_KEYS = ("author_name", "editor_name")


class ExportContext(Protocol):
    """What these checks need of ``workbench_json_parts.ExportContext`` (no import: no cycle)."""

    problems: Problems

    def unique_name(self, kind: str, name: str, path: str) -> None: ...

    def tag_problem(self, path: str) -> str | None: ...


def check_signature(item: Fields, kind: str, context: ExportContext) -> None:
    """A record's ``origin`` (unique among its ``kind``), ``author_id`` and ``edited_by``."""
    origin = _author_id(item, "origin")
    if origin is not None:
        context.unique_name(f"{kind} origin", origin, item.where)
    _author_id(item, "author_id")
    _author_id(item, "edited_by")
    for key in NAME_KEYS:
        _check_name(item, key, required=False)


def _author_id(item: Fields, key: str) -> str | None:
    """An optional id (an origin or an author's) of ``core.authorship``'s shape, else a problem."""
    value = item.text(key)
    if value is not None and not is_author_id(value):
        item.problem(key, f"{shown(value)} is not {ID_DESCRIBED}")
        return None
    return value


def check_tag_marks(item: Fields, kind: str, context: ExportContext) -> None:
    """``tag_authorship``: who put each tag on a document or span (path, origin, author id)."""
    for path, mark in item.objects("tag_authorship"):
        fields = Fields(mark, path, context.problems)
        tag_path = fields.text("path", required=True)
        if tag_path is not None and (problem := context.tag_problem(tag_path)):
            fields.problem("path", problem)
        check_signature(fields, kind, context)


def check_alias_marks(entity: Fields, context: ExportContext) -> None:
    """``alias_authorship``: who gave an entity each of its aliases (alias, origin, author id)."""
    for path, mark in entity.objects("alias_authorship"):
        fields = Fields(mark, path, context.problems)
        fields.text("alias", required=True, nonempty=True)
        check_signature(fields, "alias", context)


def check_authors(top: Fields, problems: Problems) -> None:
    """The top-level ``authors``: each an ``id`` given once and a clean ``name``."""
    seen: dict[str, str] = {}
    for path, author in top.objects("authors"):
        fields = Fields(author, path, problems)
        author_id = fields.text("id", required=True)
        if author_id is not None and not is_author_id(author_id):
            fields.problem("id", f"{shown(author_id)} is not {ID_DESCRIBED}")
        elif author_id is not None:
            first = seen.setdefault(author_id, path)
            if first != path:
                fields.problem("id", f"author id {author_id} is given twice (first at {first})")
        _check_name(fields, "name", required=True)


def check_rating_marks(evidence: Fields, context: ExportContext) -> None:
    """An evidence row's ``rating_authorship``: hypothesis id -> who rated that cell."""
    marks: Any = evidence.record.get("rating_authorship")
    if marks is None:
        return
    if not isinstance(marks, dict):
        evidence.problem("rating_authorship", "expected an object")
        return
    for key, mark in marks.items():
        where = f"{evidence.path('rating_authorship')}.{key}"
        if hypothesis_key(key) is None:
            evidence.problem("rating_authorship",
                             f"expected hypothesis ids as keys, got {shown(key)}")
        elif not isinstance(mark, dict):
            context.problems.add(where, "expected an object")
        else:
            fields = Fields(mark, where, context.problems)
            check_signature(fields, "rating", context)
            fields.text("rated_by")


def _check_name(item: Fields, key: str, *, required: bool) -> None:
    name = item.text(key, required=required)
    if name is None:
        return
    try:
        cleaned = clean_name(name)
    except InvalidAuthor as error:
        item.problem(key, str(error))
        return
    if cleaned != name:
        item.problem(key, f"{shown(name)} is not a clean name (one line, no outer spaces)")
