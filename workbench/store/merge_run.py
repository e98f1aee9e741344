"""The state of one merge while it runs: both libraries, id maps, counts, conflicts found.

Why one object: every table's rows point to rows of other tables by ids that
differ between the two libraries. As each table is merged, the map from
their ids to ours grows, and later tables translate their references through
it; the counts and the conflicts found become the merge report at the end.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from workbench.core.edit_tracking import DELETED
from workbench.store.edit_history import Earlier, Tombstones, read_earlier
from workbench.store.history import Recorder
from workbench.store.rows import dict_rows

Row = dict[str, Any]


@dataclass(frozen=True)
class FoundConflict:
    """A value both libraries hold differently, waiting to be recorded with the merge."""

    kind: str
    subject: str
    table: str
    key: Row
    column: str
    origin: str | None
    mine: Any
    theirs: Any
    mine_shown: str
    theirs_shown: str
    mine_author: str | None
    theirs_author: str | None
    document_id: int | None
    choices: tuple[str, ...]


@dataclass
class MergeRun:
    """Our recorder, their read connection, and what the merge has found so far."""

    rec: Recorder
    theirs: sqlite3.Connection
    ids: dict[str, dict[Any, Any]] = field(default_factory=dict)
    added: Counter[str] = field(default_factory=Counter)
    same: Counter[str] = field(default_factory=Counter)
    conflicts: list[FoundConflict] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    #: their rows hanging on work we deleted (kept out with it), in words
    left_out: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    #: the ratings of their refused hypotheses, kept out with them
    refused_ratings: int = 0
    #: our ids of the documents the merge added
    new_documents: list[int] = field(default_factory=list)
    #: their document id -> their text, for documents whose text differs from ours
    reanchor_from: dict[int, str] = field(default_factory=dict)
    #: our texts of those documents, read once
    texts: dict[int, str] = field(default_factory=dict)
    #: our rows of a table indexed for matching (``merge_tables``), read once per table
    indexes: dict[str, Any] = field(default_factory=dict)
    #: the earlier values of each library and their tombstones, read once before the merge
    #: writes; of ours only which rows we deleted (``deleted_here``), not what they held
    our_earlier: Earlier = field(default_factory=dict)
    their_earlier: Earlier = field(default_factory=dict)
    their_tombstones: Tombstones = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.our_earlier, _ = read_earlier(self.ours, tombstones=False)
        self.their_earlier, self.their_tombstones = read_earlier(self.theirs)

    @property
    def ours(self) -> sqlite3.Connection:
        return self.rec.db.conn

    def their_rows(self, table: str, order: str = "rowid", where: str = "1") -> list[Row]:
        return dict_rows(
            self.theirs.execute(f'SELECT * FROM "{table}" WHERE {where} ORDER BY {order}')
        )

    def our_row(self, table: str, condition: str, params: list[Any]) -> Row | None:
        rows = dict_rows(
            self.ours.execute(f'SELECT * FROM "{table}" WHERE {condition} LIMIT 1', params)
        )
        return rows[0] if rows else None

    def map_id(self, table: str, theirs: Any, ours: Any) -> None:
        self.ids.setdefault(table, {})[theirs] = ours

    def our_id(self, table: str, theirs: Any) -> Any:
        return self.ids.get(table, {}).get(theirs)

    def deleted_here(self, table: str, origin: Any) -> bool:
        """Whether we deleted the row of ``table`` with this origin (so theirs stays out)."""
        return isinstance(origin, str) and (table, origin, DELETED) in self.our_earlier

    def known_conflict(self, table: str, key: Row, column: str, theirs: Any) -> bool:
        """Whether an earlier merge already raised this conflict (open or resolved)."""
        found = self.ours.execute(
            "SELECT 1 FROM merge_conflicts WHERE table_name = ? AND row_key = ?"
            " AND column_name = ? AND theirs = ? LIMIT 1",
            [table, key_json(key), column, json.dumps(theirs)],
        ).fetchone()
        pending = any(
            c.table == table and c.key == key and c.column == column and c.theirs == theirs
            for c in self.conflicts
        )
        return found is not None or pending


def key_json(key: Row) -> str:
    """A row's key as stored with its conflict (sorted, so equal keys compare equal)."""
    return json.dumps(key, sort_keys=True)
