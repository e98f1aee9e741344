"""What checking one bundle item needs from the rest of the bundle (``ingest.bundle_items``).

Why a context: items name each other by origin (a link names two claims, an
evidence row a claim, a rating a hypothesis), so each reference is noted
while the items are read and checked once all are known; an id pointing
nowhere is a problem with its JSON path, like a wrong type. Every origin is
unique in a bundle, every author id is one the bundle lists, and every
string but a document's text is at most ``FIELD_MAX_CHARS`` long.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from workbench.core.authorship import is_author_id
from workbench.core.bundle_records import AUTHOR_PREFIX, DOCUMENT_PREFIX, ORIGIN_PREFIX
from workbench.core.edit_tracking import MAX_EARLIER, TRACKED_FIELDS
from workbench.core.labels import label_key
from workbench.ingest.json_checks import Fields, Problems, shown

FIELD_MAX_CHARS = 200_000  # a note, title or statement; a document's text has ingest's limit


def origin_of(value: Any) -> str | None:
    """The origin an ``urn:workbench:origin:<id>`` names (``core.authorship``'s id shape)."""
    if not isinstance(value, str) or not value.startswith(ORIGIN_PREFIX):
        return None
    origin = value.removeprefix(ORIGIN_PREFIX)
    return origin if is_author_id(origin) else None


def _earlier_problem(field_name: str, values: Any) -> str | None:
    """Why ``values`` cannot be the earlier values of ``field_name`` (None: they can)."""
    if field_name not in TRACKED_FIELDS:
        return f"{shown(field_name)} is not a field whose earlier values are kept"
    if not isinstance(values, list) or len(values) > MAX_EARLIER:
        return f"{field_name}: expected a list of at most {MAX_EARLIER} values"
    for value in values:
        plain = value is None or (isinstance(value, int | str) and not isinstance(value, bool))
        if not plain or (isinstance(value, str) and len(value) > FIELD_MAX_CHARS):
            return f"{field_name}: {shown(value)} is not a plain value of at most {FIELD_MAX_CHARS}"
    return None
Row = dict[str, Any]


@dataclass
class BundleContext:
    """What checking one item needs from the rest of the bundle, and the references to check."""

    problems: Problems
    authors: set[str] = field(default_factory=set)
    documents: dict[str, str] = field(default_factory=dict)  # content hash -> text
    tags: dict[str, str] = field(default_factory=dict)  # label_key -> the listed path
    origins: dict[str, str] = field(default_factory=dict)  # origin -> where first seen
    claims: set[str] = field(default_factory=set)  # origins of claim annotations
    annotations: set[str] = field(default_factory=set)
    #: (JSON path, origin named there, whether it must be a claim)
    references: list[tuple[str, str, bool]] = field(default_factory=list)

    def origin(self, item: Fields) -> str | None:
        """The origin its ``id`` names (``urn:workbench:origin:<32 hex>``), once per bundle."""
        value = item.text("id", required=True)
        if value is None:
            return None
        origin = origin_of(value)
        if origin is None:
            item.problem("id", f"{shown(value)} is not {ORIGIN_PREFIX}<32 hex digits>")
            return None
        first = self.origins.setdefault(origin, item.where)
        if first != item.where:
            item.problem("id", f"origin {origin} is used twice (first at {first})")
        return origin

    def creator(self, item: Fields) -> str | None:
        """The author id of the item's W3C ``creator`` (None: unknown author)."""
        creator = item.record.get("creator")
        if creator is None:
            return None
        if not isinstance(creator, dict) or not isinstance(creator.get("id"), str):
            item.problem("creator", "expected an object with the author's id")
            return None
        author_id = creator["id"].removeprefix(AUTHOR_PREFIX)
        return self._known_author(item, "creator", author_id)

    def author_ref(self, item: Fields, key: str) -> str | None:
        """An optional author id field (``wb:editedBy``), one the bundle lists."""
        value = item.text(key)
        return None if value is None else self._known_author(item, key, value)

    def _known_author(self, item: Fields, key: str, author_id: str) -> str | None:
        if author_id not in self.authors:
            item.problem(key, f"author {shown(author_id)} is not in the bundle's authors")
            return None
        return author_id

    def bounded(self, item: Fields, key: str, value: str | None) -> str | None:
        """``value`` unless it is longer than ``FIELD_MAX_CHARS`` (then a problem)."""
        if value is not None and len(value) > FIELD_MAX_CHARS:
            item.problem(key, f"{len(value)} characters is more than {FIELD_MAX_CHARS}")
            return None
        return value

    def text(self, item: Fields, key: str, *, required: bool = False) -> str | None:
        """A bounded string field (``required``: present and not only spaces)."""
        value = item.text(key, required=required, nonempty=required)
        return self.bounded(item, key, value)

    def label(self, item: Fields, key: str, what: str) -> str | None:
        """A required label (an entity's name, a question), refused past ``LABEL_MAX_CHARS``."""
        return self.bounded(item, key, item.label(key, what))

    def timestamp(self, item: Fields, key: str) -> str | None:
        """A required ISO date and time (when work was made or changed)."""
        value = self.text(item, key, required=True)
        if value is None:
            return None
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            item.problem(key, f"{shown(value)} is not an ISO date and time")
            return None
        return value

    def tag_path(self, item: Fields, key: str, path: Any) -> str | None:
        """A tag path the bundle's ``tags`` list holds, spelt as listed there.

        Why the listed spelling: the rows are written by path (``exchange_bundle_write``),
        and a use typed ``PEOPLE`` for a listed ``people`` was refused as rows that
        "do not fit a library" though it passed this check.
        """
        if not isinstance(path, str):
            item.problem(key, f"expected a tag path, got {shown(path)}")
            return None
        listed = self.tags.get(label_key(path))
        if listed is None:
            item.problem(key, f"tag {shown(path)} is not in the bundle's tags")
        return listed

    def refer(self, item: Fields, key: str, value: Any, *, claim: bool) -> str | None:
        """An ``urn:workbench:origin:`` reference, checked once every item is read."""
        origin = origin_of(value)
        if origin is None:
            item.problem(key, f"{shown(value)} is not {ORIGIN_PREFIX}<32 hex digits>")
            return None
        self.references.append((item.path(key), origin, claim))
        return origin

    def check_references(self) -> None:
        """Name every reference to an annotation (or claim) the bundle does not hold."""
        for where, origin, claim in self.references:
            if claim and origin not in self.claims:
                self.problems.add(where, f"origin {origin} is not a claim of this bundle")
            elif origin not in self.annotations:
                self.problems.add(where, f"origin {origin} is not an annotation of this bundle")

    def signed(self, item: Fields) -> Row:
        """The item's ``origin``, ``author_id`` and (when it has them) ``earlier`` values."""
        row: Row = {"origin": self.origin(item), "author_id": self.creator(item)}
        earlier = self.earlier(item)
        if earlier:
            row["earlier"] = earlier
        return row

    def earlier(self, item: Fields) -> dict[str, list[Any]]:
        """``wb:earlier``: tracked fields -> at most ``MAX_EARLIER`` plain, bounded values."""
        found = item.record.get("wb:earlier")
        if found is None:
            return {}
        if not isinstance(found, dict):
            item.problem("wb:earlier", f"expected an object of earlier values, got {shown(found)}")
            return {}
        result: dict[str, list[Any]] = {}
        for field_name, values in found.items():
            problem = _earlier_problem(field_name, values)
            if problem is not None:
                item.problem("wb:earlier", problem)
                continue
            result[field_name] = list(values)
        return result

    def document(self, item: Fields, key: str, value: Any) -> str | None:
        """The content hash of a ``urn:sha256:`` document the bundle holds."""
        digest = value.removeprefix(DOCUMENT_PREFIX) if isinstance(value, str) else None
        if digest is None or not value.startswith(DOCUMENT_PREFIX) or digest not in self.documents:
            item.problem(key, f"{shown(value)} is not a document of this bundle")
            return None
        return digest
