"""Who worked on this library (``store.authors``): the authors its analyst work names.

Why a part: hovers, the claims table and every export show an author's name
next to their work, while rows record only the stable id (a renamed analyst
keeps their work). The acting author is set on the history (``Store.act_as``)
and registered the first time they change anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from sqlite_utils import Database

from workbench.core.authorship import Author, InvalidAuthor, clean_name, is_author_id
from workbench.store.rows import now_iso


class _SignedHistory(Protocol):
    """The history signing actions (``store.history.History``; not imported: it imports us)."""

    author: Author | None
    pending_author: Callable[[], Author | None] | None


def register_author(
    db: Database, author_id: Any, name: Any, first_seen: str | None = None, *, rename: bool = False
) -> bool:
    """Record an author's name for their id; True when a row was added (or renamed).

    Why one function: the acting analyst, an imported export, a staged bundle
    and a merged library all name authors, and every one must follow the same
    rule: an id that is not one (32 hex digits) or a name that is not a name
    (``clean_name``) is not recorded (their work shows "unknown author"), and
    a name we know for an id is kept, unless ``rename`` (the acting analyst's
    own latest name) says otherwise. Outside the undo log: a name is not work.
    """
    if not is_author_id(author_id):
        return False
    try:
        cleaned = clean_name(name)
    except InvalidAuthor:
        return False
    on_conflict = "DO UPDATE SET name = excluded.name" if rename else "DO NOTHING"
    cursor = db.execute(
        "INSERT INTO authors (id, name, first_seen) VALUES (?, ?, ?)"
        f" ON CONFLICT(id) {on_conflict}",
        [author_id, cleaned, first_seen or now_iso()],
    )
    return bool(cursor.rowcount)


class Authors:
    """Who signs this library's actions, and the authors it has seen."""

    def __init__(self, db: Database, history: _SignedHistory) -> None:
        self.db = db
        self.history = history

    @property
    def acting(self) -> Author | None:
        """Who later analyst actions are signed as (None: unattributed, e.g. a script)."""
        return self.history.author

    def act_as(self, author: Author | None) -> None:
        """Sign every later analyst action with ``author``."""
        self.history.author, self.history.pending_author = author, None

    def act_as_when_writing(self, resolve: Callable[[], Author | None]) -> None:
        """Sign later actions with ``resolve()``, called at the first action, not now.

        Why: naming who signs can fail (two authors share the typed name), and
        that must stop a command that writes, not one that only reads.
        ``resolve`` raising stops that first action before anything is written.
        """
        self.history.author, self.history.pending_author = None, resolve

    def names(self) -> dict[str, str]:
        """Every author id this library has seen -> their latest name."""
        return dict(self.db.execute("SELECT id, name FROM authors ORDER BY name").fetchall())

