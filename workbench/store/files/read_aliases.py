"""Which names a statement reads a tampered column under (``d.title AS document_title``).

Why: the guard on a library holding wrong-typed values (``files.value_checks``) knows a
column by the name a row gives it, and SQLite's driver does not say where a result
column came from. A statement that renamed a bad column, ``d.title AS document_title``
(the ACH evidence rows, the orphans list) or ``coalesce(c.statement, a.exact) AS
statement`` from a BLOB highlight, let the value through, and ``ach show --json``,
``orphans`` and the JSON and Markdown exports stopped on "bytes is not JSON
serializable" (attack run 13; run 12 renamed one such read by hand). Reading the
statement's ``AS`` clauses finds every such name once, for every read to come.

A qualified column counts only when its qualifier names the table holding the bad
value (``a.status AS anchor_status`` is not ``documents.status``); an unqualified one
counts when any table the statement names holds it bad (the guard's own rule).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_NAME = r'["`\[]?(\w+)["`\]]?'
#: ``[qualifier.]column AS alias`` with nothing else in the expression.
_PLAIN = re.compile(rf"(?<![\w.\"`\]]){_NAME}(?:\s*\.\s*{_NAME})?\s+AS\s+{_NAME}", re.I)
#: ``coalesce(...) AS alias`` / ``ifnull(...) AS alias`` whose arguments are columns.
_FALLBACKS = re.compile(rf"\b(?:coalesce|ifnull)\s*\(([^()]*)\)\s+AS\s+{_NAME}", re.I)
_ARGUMENT = re.compile(rf"^\s*{_NAME}(?:\s*\.\s*{_NAME})?\s*$")
#: ``FROM|JOIN table [AS] t``: which table each qualifier stands for.
_TABLES = re.compile(rf"\b(?:FROM|JOIN)\s+{_NAME}(?:\s+(?:AS\s+)?{_NAME})?", re.I)
_KEYWORDS = frozenset({"on", "where", "join", "left", "inner", "cross", "outer", "natural",
                       "group", "order", "limit", "using", "union", "except", "intersect",
                       "window", "having", "as", "full", "right"})


def renamed_columns(sql: str, bad: Mapping[str, set[str]]) -> dict[str, str]:
    """Each result name ``sql`` gives a bad column under another name: {alias: column}.

    ``bad`` holds each table's bad columns, lower case, for the tables ``sql`` names."""
    qualifiers = _qualifiers(sql)
    found: dict[str, str] = {}
    for match in _PLAIN.finditer(sql):
        first, second, alias = match.groups()
        qualifier, column = (first, second) if second else (None, first)
        _keep(found, alias, _bad_column(qualifier, column, qualifiers, bad))
    for match in _FALLBACKS.finditer(sql):
        arguments, alias = match.groups()
        for argument in arguments.split(","):
            shape = _ARGUMENT.match(argument)
            if shape is None:
                continue
            first, second = shape.groups()
            qualifier, column = (first, second) if second else (None, first)
            if _keep(found, alias, _bad_column(qualifier, column, qualifiers, bad)):
                break
    return found


def _keep(found: dict[str, str], alias: str, column: str | None) -> bool:
    if column is None or column == alias.lower():
        return False
    found.setdefault(alias, column)
    return True


def _qualifiers(sql: str) -> dict[str, str]:
    """{qualifier: table} for the tables ``sql`` reads, each table standing for itself."""
    named: dict[str, str] = {}
    for table, alias in _TABLES.findall(sql):
        named[table.lower()] = table.lower()
        if alias and alias.lower() not in _KEYWORDS:
            named[alias.lower()] = table.lower()
    return named


def _bad_column(qualifier: str | None, column: str, qualifiers: Mapping[str, str],
                bad: Mapping[str, set[str]]) -> str | None:
    column = column.lower()
    if qualifier is None:
        return column if any(column in columns for columns in bad.values()) else None
    table = qualifiers.get(qualifier.lower())
    return column if table is not None and column in bad.get(table, set()) else None
