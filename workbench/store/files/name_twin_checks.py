"""``workbench check``'s ``name_twins``: library names told apart only by invisible characters.

Why: a name typed or imported before hidden characters were left out of new names
(``labels.typed_name``), or read from a text with a stray joiner, can sit beside a
name that reads the same: "Bill Nelson" and "Bill Nelson" with a zero-width space were
two entities, each with half the quotes, and two authors signed alike could not be
told apart in an edit's history. Nothing a repair may decide (which one is right, what
the merged entity is called): the check names both and the command that joins them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlite_utils import Database

from workbench.core.text import is_invisible
from workbench.store.files.check_report import CheckResult


def visible_form(name: str) -> str:
    """``name`` as it reads: invisible characters out, runs of spaces joined."""
    return " ".join("".join(c for c in name if c == " " or not is_invisible(c)).split())


def _twins(rows: Iterable[tuple[object, str, str]]) -> list[list[tuple[object, str]]]:
    """Groups of (id, name) whose kind and visible form are one while their names differ."""
    groups: dict[tuple[str, str], list[tuple[object, str]]] = defaultdict(list)
    for row_id, kind, name in rows:
        if isinstance(name, str):
            groups[(kind, visible_form(name))].append((row_id, name))
    return [group for group in groups.values() if len({name for _, name in group}) > 1]


def check_name_twins(db: Database, result: CheckResult, repair: bool) -> None:  # noqa: ARG001
    """List entities (of one label) and authors whose names differ only by invisible
    characters, with what joins them; never repaired (which name is right is the analyst's)."""
    entities = _twins(db.conn.execute("SELECT id, label, name FROM entities ORDER BY id"))
    authors = _twins(db.conn.execute("SELECT id, '', name FROM authors ORDER BY id"))
    result.problems = len(entities) + len(authors)
    for group in entities:
        ids = " ".join(str(row_id) for row_id, _ in group[1:])
        result.note(f"entities {_listed(group)} read alike: join them with "
                    f"`workbench entity merge {group[0][0]} {ids}`")
    for group in authors:
        result.note(f"authors {_listed(group)} read alike: rename one in the identity dialog")


def _listed(group: list[tuple[object, str]]) -> str:
    """``4 'Bill Nelson', 9 'Bill Nelson\\u200b'``: ids with names as written (escaped)."""
    return ", ".join(f"{row_id} '{_escaped(name)}'" for row_id, name in group)


def _escaped(name: str) -> str:
    """The invisible characters of ``name`` written as ``\\uXXXX``, the rest as it is."""
    return "".join(c if c == " " or not is_invisible(c) else ascii(c)[1:-1] for c in name)
