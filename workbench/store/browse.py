"""Read-only queries behind the library table and filters (mixed into ``Store``).

Owned by the desktop-app work; every method reads through ``self.db`` and
returns plain dicts, so the GUI never writes SQL.
"""

from __future__ import annotations

from sqlite_utils import Database


class BrowseQueries:
    """Library-table paging, filtering and counting."""

    db: Database
