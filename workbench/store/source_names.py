"""A document's source compared by Unicode case (``label_key``), as grades and filters read it.

Why here and not a join: a graded source (``sources.name_key``, migration 0019)
is one source however its documents spell it, "Österreich" and "ÖSTERREICH"
too, where ``sources.name = documents.source`` compared with NOCASE (ASCII
letters only). Documents carry no key column: the spellings a library holds
are few (one per outlet), read through ``idx_documents_source`` and folded
here, so no key has to follow every document written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from workbench.core.labels import source_key
from workbench.store.name_order import name_sort_key
from workbench.store.rows import distinct_texts, in_ids


def source_spellings(db: Database, name: str) -> list[str]:
    """Every spelling of ``name`` the library's documents use (the same ``source_key``)."""
    wanted = source_key(name)
    return distinct_texts(db, "documents", "source", lambda source: source_key(source) == wanted)


def source_is(db: Database, name: str, column: str = "source") -> tuple[str, list[str]]:
    """A clause keeping rows whose ``column`` is any spelling of source ``name``, and its
    one parameter (``source_spellings`` as JSON): grades and the library filter read it."""
    return in_ids(column), [json.dumps(source_spellings(db, name))]


def graded_source(db: Database, name: str | None) -> tuple[str, str] | None:
    """The graded source ``name`` is (its spelling and reliability), or None: one row read
    through the unique ``idx_sources_name_key``, where ``source_grades`` reads them all."""
    key = source_key(name)
    if key is None:
        return None
    row = db.execute("SELECT name, reliability FROM sources WHERE name_key = ?", [key]).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def source_grades(db: Database) -> dict[str, str]:
    """Each graded source's reliability, by ``source_key``: the ``name_key`` the store
    wrote beside each name (``rows.with_derived``), not folded again here."""
    rows = db.execute("SELECT name_key, reliability FROM sources").fetchall()
    return {str(key): str(grade) for key, grade in rows}


def effective_reliability(override: str | None, source: str | None,
                          grades: dict[str, str]) -> str | None:
    """A document's own grade, else its source's (``grades`` from ``source_grades``)."""
    key = source_key(source)
    return override or (grades.get(key) if key is not None else None)


def with_source_grades(db: Database, rows: Iterable[dict[str, Any]]) -> None:
    """Set each row's ``reliability`` from its ``source`` and ``reliability_override``
    (removed: it is read only for this)."""
    grades = source_grades(db)
    for row in rows:
        override = row.pop("reliability_override")
        row["reliability"] = effective_reliability(override, row.get("source"), grades)


def counted_sources(db: Database) -> list[tuple[str, int]]:
    """Each source with its number of documents, most first: its spellings counted as one,
    named by the one most of them use (the library filter takes them all)."""
    rows = db.execute(
        "SELECT source, count(*) AS n FROM documents WHERE source IS NOT NULL"
        " AND source != '' GROUP BY source ORDER BY n DESC, source"
    )
    counts: dict[str, list[Any]] = {}
    for source, count in rows:
        key = source_key(str(source))
        if key is not None:
            counts.setdefault(key, [str(source), 0])[1] += int(count)
    return sorted(((name, n) for name, n in counts.values()),
                  key=lambda row: (-row[1], name_sort_key(row[0])))
