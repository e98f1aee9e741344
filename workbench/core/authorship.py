"""Who did a piece of analyst work: an author's stable id and display name.

Why an id and a name: several analysts annotate copies of the same articles
in their own libraries and merge them later (docs/collaboration.md). A name
can be changed or shared by two people; the id, made once on an analyst's
first start and kept in their settings, is what tells their work apart after
a merge. Work done before authorship existed, or by a script that gave no
author, has no author id (shown as "unknown author"); machine extractions
(entities, quotes, suggested speakers) are never stamped with an author and
are shown as ``MACHINE_LABEL`` everywhere they appear.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from workbench.core.labels import typed_name
from workbench.core.text import has_visible_character

#: How machine extractions are labelled wherever analyst work is also shown.
MACHINE_LABEL = "automatic (spaCy extraction)"
#: The W3C Web Annotation ``creator`` of machine extractions.
MACHINE_CREATOR = {"type": "Software", "name": "Analyst Workbench extractor"}
UNKNOWN_AUTHOR = "unknown author"
NAME_MAX_CHARS = 120
AUTHOR_ENV = "WORKBENCH_AUTHOR"
_ID_PATTERN = re.compile(r"^[0-9a-f]{32}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class InvalidAuthor(ValueError):
    """An author name or id that cannot be recorded (empty, too long, malformed)."""


@dataclass(frozen=True)
class Author:
    """An analyst as recorded on their work: a stable 32-hex id and a display name."""

    id: str
    name: str

    def __post_init__(self) -> None:
        if not is_author_id(self.id):
            raise InvalidAuthor(f"an author id is 32 lowercase hex digits, not {self.id!r}")
        clean_name(self.name)  # raises when the name cannot be shown


def new_author_id() -> str:
    """A fresh random author id (made once, on an analyst's first start)."""
    return uuid.uuid4().hex


def new_origin() -> str:
    """A fresh id for one piece of work, kept by every copy of it across merges."""
    return uuid.uuid4().hex


def is_author_id(value: object) -> bool:
    """Whether ``value`` has the shape of an author (or origin) id."""
    return isinstance(value, str) and bool(_ID_PATTERN.fullmatch(value))


def clean_name(name: object) -> str:
    """The name to record: stripped, one line, 1..NAME_MAX_CHARS characters, without the
    hidden characters a typed label leaves out (``typed_name``: "Ana" with a zero-width
    space was a second author "Ana" beside the first)."""
    if not isinstance(name, str):
        raise InvalidAuthor("an author name must be text")
    cleaned = typed_name(_CONTROL.sub(" ", name))
    if not has_visible_character(cleaned):  # a zero-width space signed work as nobody seen
        raise InvalidAuthor("an author name cannot be empty")
    if len(cleaned) > NAME_MAX_CHARS:
        raise InvalidAuthor(f"an author name has at most {NAME_MAX_CHARS} characters")
    return cleaned


def display_name(name: str | None) -> str:
    """How an author is shown: their name, or "unknown author" for unattributed work."""
    return name if name else UNKNOWN_AUTHOR
