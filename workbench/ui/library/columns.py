"""The library table's columns: what each shows, its header, tooltip and store sort key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon

from workbench.store import SNIPPET_CLOSE, SNIPPET_OPEN
from workbench.ui.widgets.dates import date_tooltip, short_date
from workbench.ui.widgets.plain_text import plain_tooltip
from workbench.ui.widgets.wording import cell_or_dash

SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_TEXT = {
    "pending": "Waiting for analysis",
    "analyzed": "Analysed: entities and quotes are highlighted",
    "failed": "Analysis failed; the text is still readable",
    "unanalyzed": "Imported without analysis",
}
STATUS_WORD = {  # the status alone, where a sentence does not fit (the inspector's details)
    "pending": "Waiting for analysis",
    "analyzed": "Analysed",
    "failed": "Analysis failed",
    "unanalyzed": "Not analysed",
}


@dataclass(frozen=True)
class LibraryColumn:
    """One column: the row key it shows, its header and the store sort key."""

    key: str
    header: str
    sort_key: str
    numeric: bool = False
    tip: str = ""
    compact: bool = False  # shown in the compact library (title and date)


COLUMNS = (
    LibraryColumn("status", "", "status", tip="Analysis status"),
    LibraryColumn("title", "Title", "title", compact=True),
    LibraryColumn("source", "Source", "source"),
    LibraryColumn("published", "Date", "published", tip="Publication date",
                  compact=True),
    LibraryColumn("word_count", "Words", "word_count", numeric=True),
    LibraryColumn("entity_count", "Entities", "entity_count", numeric=True,
                  tip="Entity mentions found in the document"),
    LibraryColumn("annotation_count", "Marks", "annotation_count", numeric=True,
                  tip="Highlights, notes and claims marked in the document"),
    LibraryColumn("tag_count", "Tags", "tag_count", numeric=True, tip="Document tags"),
)
COLUMN_INDEX = {column.key: number for number, column in enumerate(COLUMNS)}


def display_text(column: LibraryColumn, row: dict[str, Any]) -> Any:
    """What a cell shows (None for the status column, which shows an icon)."""
    value = row.get(column.key)
    if column.key == "status":
        return None
    if column.key == "published":
        return short_date(value)
    if column.numeric:
        return f"{value:,}" if value else ("0" if value == 0 else "")
    return cell_or_dash(value)


def tooltip_text(column: LibraryColumn, row: dict[str, Any]) -> str | None:
    """A cell's tooltip: the status explained, or the title (and snippet) as plain text."""
    if column.key == "status":
        return STATUS_TEXT.get(row["status"], row["status"])
    if column.key == "published":
        return date_tooltip(row.get("published"))
    if column.key != "title":
        return None
    # The compact library hides the status column: a title says when it is not analysed.
    status = "" if row["status"] == "analyzed" else f"\n\n{STATUS_TEXT.get(row['status'], '')}"
    if row.get("snippet"):
        return plain_tooltip(f"{row['title']}\n\n…{plain_snippet(row['snippet'])}…{status}")
    return plain_tooltip(f"{row['title']}{status}")


def cell_decoration(column: LibraryColumn, row: dict[str, Any], role: int,
                    icon_for_status: Callable[[str], QIcon] | None,
                    muted_color: QColor | None) -> Any:
    """A cell's answer for the roles other than display text (icon, tooltip, colour, snippet)."""
    status = row["status"]
    if role == Qt.ItemDataRole.DecorationRole and column.key == "status":
        return icon_for_status(status) if icon_for_status else None
    if role == Qt.ItemDataRole.ToolTipRole:
        return tooltip_text(column, row)
    if role == Qt.ItemDataRole.ForegroundRole and (
            (status == "pending" and column.key == "title")
            or (column.key == "published" and not row.get("published"))):
        return muted_color
    if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if role == SNIPPET_ROLE and column.key == "title":
        return row.get("snippet")
    return None


def plain_snippet(snippet: str | None) -> str:
    """A search snippet without its match markers."""
    return (snippet or "").replace(SNIPPET_OPEN, "").replace(SNIPPET_CLOSE, "")
