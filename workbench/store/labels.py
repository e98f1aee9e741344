"""The object an undo label names: a short, quoted, cleaned excerpt of untrusted text.

History labels are shown in Edit → Undo/Redo and by ``workbench undo``, so each names
what it acts on ("Delete claim “Russia will…”"). The text is the analyst's or an imported
article's, so it is flattened to one line (control, format and separator characters go),
cut to about 40 characters at a word boundary with an ellipsis, and put in curly quotes.
Old libraries keep their labels; only new entries carry a name.
"""

from __future__ import annotations

from typing import Any

from workbench.core.anchoring import TextWindow
from workbench.core.text import blank_invisible, shorten, unquoted

MAX_NAME = 40


def short_name(text: str | None, limit: int = MAX_NAME) -> str:
    """``text`` on one line (unsafe characters as spaces), cut by the shared ``shorten`` rule.

    Marks around the whole text go (``unquoted``): the label adds its own curly quotes.
    """
    return shorten(unquoted(blank_invisible(text or "")), limit)


def named(text: str | None) -> str:
    """`` “text”`` with its leading space, or ``""`` when there is nothing to name.

    Why the leading space: a label reads ``f"Delete claim{named(exact)}"`` and stays the
    plain template when the object has no text.
    """
    name = short_name(text)
    return f" “{name}”" if name else ""


def row_named(db: Any, table: str, column: str, row_id: int, key: str = "id") -> str:
    """``named`` of one row's ``column`` (``""`` when the row or its text is missing).

    Why one query shape: every label names its object the same way. ``table``
    may be a join and ``key`` its id column; both are fixed names in the code,
    never input.
    """
    sql = f"SELECT {column} FROM {table} WHERE {key} = ?"  # noqa: S608 - fixed names
    row = db.execute(sql, [row_id]).fetchone()
    return named(row[0] if row else None)


def annotation_named(db: Any, annotation_id: int) -> str:
    """``named`` of an annotation's (highlight's, note's, claim's) span text, else its id."""
    return row_named(db, "annotations", "exact", annotation_id) or f" {annotation_id}"


def document_named(db: Any, doc_id: int) -> str:
    """``named`` of a document's title, else its id."""
    return row_named(db, "documents", "title", doc_id) or f" {doc_id}"


def window_named(window: TextWindow, start: int, end: int) -> str:
    """``named`` of a span about to be annotated, from the window read for its selectors.

    Why the window is passed in: the action that anchors the span reads that
    window anyway, and a second read of the stored text for the label cost a
    second pass over a possibly huge document. An impossible span names nothing
    (the action refuses it with its own error).
    """
    here, there = start - window.offset, min(end, start + 4 * MAX_NAME) - window.offset
    if not 0 <= start < end or here < 0 or there > len(window.text):
        return ""
    return named(window.text[here:there])
