"""How a merge conflict reads: what it is about and both values, in the analyst's words.

Why apart: the report shows a conflict to a person (CLI, dialog), who needs
'claim "The bridge was closed" in "Floods in Kent"', not a table and an id;
entity ids become names, an empty value "(none)".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workbench.core.text import shorten, singular, unquoted
from workbench.store.merge_run import MergeRun, Row

SHORT_CHARS = 60


def short(text: object, limit: int = SHORT_CHARS) -> str:
    """``text`` on one line, cut after a word with "…", without quotation marks of its own.

    Every caller puts the excerpt in quotes, so a claim that is a quotation would
    read doubled (``claim ""I won""``) if its own marks stayed (``core.text.unquoted``).
    """
    return shorten(unquoted(str(text)), limit)


def shown(run: MergeRun, column: str, value: Any) -> str:
    """A value as the analyst reads it (an entity by name, an empty value as "(none)")."""
    if value is None or value == "":
        return "(none)"
    if column.endswith("entity_id"):
        return _entity_name(run, value)
    if column == "hidden":
        return "hidden" if value else "shown"
    return str(value)


def describe(run: MergeRun, table: str, ours: Row) -> str:
    """What a conflicting row is about, in words."""
    words = _DESCRIBERS.get(table)
    if words is not None:
        return words(run, ours)
    for column in ("path", "name", "question", "text"):
        if ours.get(column):
            return f'{one_of(table)} "{short(str(ours[column]))}"'
    return table.replace("_", " ")


def one_of(table: str) -> str:
    """The word for one row of ``table`` (or of a report kind): "claim", "ACH analysis".

    Why: cutting a final "s" made "ach hypothese" of ``ach_hypotheses``; the table's
    last word is made singular as the command line's counts are, "ach" read as ACH.
    """
    if table == "ach_hypotheses":  # always read beside its ACH analysis
        return "hypothesis"
    *head, noun = table.split("_")
    words = ["ACH" if word == "ach" else word for word in head]
    return " ".join([*words, singular(noun)])


def their_row(table: str, row: Row) -> str:
    """One of their rows in words from the row alone (it may have no copy here).

    An annotation by its kind and excerpt, else by the first column that names it.
    """
    word = str(row.get("kind") or one_of(table))
    for column in ("exact", "title", "question", "text", "path", "name"):
        if row.get(column):
            return f'{word} "{short(str(row[column]))}"'
    return word


def _annotation(run: MergeRun, annotation_id: int) -> str:
    found = run.ours.execute(
        "SELECT a.kind, a.exact, d.title FROM annotations a JOIN documents d"
        " ON d.id = a.document_id WHERE a.id = ?",
        [annotation_id],
    ).fetchone()
    return f'{found[0]} "{short(found[1])}" in "{found[2]}"' if found else "a deleted annotation"


def _entity_name(run: MergeRun, entity_id: int) -> str:
    found = run.ours.execute(
        "SELECT name, label FROM entities WHERE id = ?", [entity_id]
    ).fetchone()
    return f"{found[0]} ({found[1]})" if found else "(none)"


def _rating(run: MergeRun, ours: Row) -> str:
    found = run.ours.execute(
        "SELECT e.annotation_id, h.text, q.question FROM ach_evidence e, ach_hypotheses h"
        " JOIN ach_analyses q ON q.id = h.analysis_id WHERE e.id = ? AND h.id = ?",
        [ours["evidence_id"], ours["hypothesis_id"]],
    ).fetchone()
    if found is None:
        return "an ACH rating"
    evidence = _annotation(run, found[0])
    return f'rating of {evidence} for hypothesis "{short(found[1])}" ("{short(found[2])}")'


def _mention(run: MergeRun, ours: Row) -> str:
    column = "title" if ours.get("field") == "title" else "text"
    found = run.ours.execute(
        f"SELECT substr({column}, ? + 1, ? - ?), title FROM documents WHERE id = ?",
        [ours["start"], ours["end"], ours["start"], ours["document_id"]],
    ).fetchone()
    return f'mention "{short(found[0])}" in "{found[1]}"' if found else "a mention"


_DESCRIBERS: dict[str, Callable[[MergeRun, Row], str]] = {
    "annotations": lambda run, ours: _annotation(run, ours["id"]),
    "claims": lambda run, ours: _annotation(run, ours["annotation_id"]),
    "links": lambda run, ours: (
        f"{ours['relation']} link from {_annotation(run, ours['from_annotation_id'])}"
    ),
    "entity_rules": lambda run, ours: f'what "{ours["name"]}" ({ours["label"]}) is merged into',
    "mention_overrides": _mention,
    "mentions": _mention,
    "ach_ratings": _rating,
    "ach_hypotheses": lambda run, ours: f'hypothesis "{short(ours["text"])}"',
    "ach_analyses": lambda run, ours: f'ACH analysis "{short(ours["question"])}"',
    "sources": lambda run, ours: f'source "{ours["name"]}"',
    "tags": lambda run, ours: f'tag "{ours["path"]}"',
    "entities": lambda run, ours: f'entity "{ours["name"]}" ({ours["label"]})',
}
