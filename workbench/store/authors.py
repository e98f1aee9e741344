"""Who worked on this library (``store.authors``): the authors its analyst work names.

Why a part: hovers, the claims table and every export show an author's name
next to their work, while rows record only the stable id (a renamed analyst
keeps their work). The acting author is set on the history (``Store.act_as``)
and registered the first time they change anything.
"""

from __future__ import annotations

from sqlite_utils import Database

from workbench.core.authorship import Author
from workbench.store.history import History


class Authors:
    """Who signs this library's actions, and the authors it has seen."""

    def __init__(self, db: Database, history: History) -> None:
        self.db = db
        self.history = history

    @property
    def acting(self) -> Author | None:
        """Who later analyst actions are signed as (None: unattributed, e.g. a script)."""
        return self.history.author

    def act_as(self, author: Author | None) -> None:
        """Sign every later analyst action with ``author``."""
        self.history.author = author

    def names(self) -> dict[str, str]:
        """Every author id this library has seen -> their latest name."""
        return dict(self.db.execute("SELECT id, name FROM authors ORDER BY name").fetchall())

    def name_of(self, author_id: str | None) -> str | None:
        """The name recorded for ``author_id``, None when unknown or unattributed."""
        if author_id is None:
            return None
        row = self.db.execute("SELECT name FROM authors WHERE id = ?", [author_id]).fetchone()
        return row[0] if row else None
