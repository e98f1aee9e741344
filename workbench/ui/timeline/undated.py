"""The Timeline's Undated list: work dated only in words gathered under its text date.

Why: import keeps a publication date it cannot read to the day as written
("Spring 2019", "late March") and the library and claims table show it so, while
the timeline listed each claim of such a document as "publication date 'Spring
2019' is not a date" — as if the analyst had typed nonsense. The list now says
what the date is (words, with no day to place them at) and gathers those items
under one heading per text date, so nothing pretends to a day and nothing
reads as an error.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from workbench.core.text import shorten
from workbench.core.timeline_records import TimelineItem
from workbench.operations.date_order import TEXT_DATE, date_rank, text_date_key
from workbench.store import Store
from workbench.ui.timeline.labels import tooltip_text
from workbench.ui.widgets.plain_text import plain_tooltip

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_TEXT = 60
_UNREADABLE = "publication date {!r} is not a date"  # the core's words for an unread date


def text_dates(store: Store, items: Iterable[TimelineItem]) -> dict[int, str]:
    """The text date of each undated item's document that has one, by document id.

    Only documents whose items name an unread publication date are asked about
    (one short row each), so a library of undated feeds costs no extra reads.
    Touches no widget: it runs with the timeline's read, off the UI thread.
    """
    asked = {item.document_id for item in items if "publication date '" in item.reason}
    found: dict[int, str] = {}
    for doc_id in sorted(asked):
        row = store.documents.document_head(doc_id, 0)
        published = (row or {}).get("published")
        if date_rank(published) == TEXT_DATE:
            found[doc_id] = published.strip()
    return found


def in_words(item: TimelineItem, written: str | None) -> TimelineItem:
    """The item with its reason saying its date is words, where that is why it is undated."""
    if written is None:
        return item
    honest = f"dated only in words, “{written}”: no day to place it at"
    return item._replace(reason=item.reason.replace(_UNREADABLE.format(written), honest))


def fill_undated(rows: QListWidget, undated: tuple[TimelineItem, ...],
                 written: dict[int, str]) -> None:
    """List the undated items: those dated in words first, under a heading per text date,
    ordered by the period the words name; then the rest in the timeline's order."""
    rows.clear()
    worded = [item for item in undated if item.document_id in written]
    for heading, members in _by_text_date(worded, written):
        rows.addItem(_heading_row(heading, len(members)))
        for item in members:
            rows.addItem(_item_row(item, in_words(item, heading)))
    for item in undated:
        if item.document_id not in written:
            rows.addItem(_item_row(item, item))


def _by_text_date(items: list[TimelineItem],
                  written: dict[int, str]) -> list[tuple[str, list[TimelineItem]]]:
    groups: dict[str, list[TimelineItem]] = {}
    for item in items:
        groups.setdefault(written[item.document_id], []).append(item)
    return sorted(groups.items(), key=lambda group: text_date_key(group[0]))


def _heading_row(written: str, count: int) -> QListWidgetItem:
    """A heading row: enabled (readable contrast) but not selectable, carrying no item."""
    row = QListWidgetItem(f"Text date “{written}” ({count:,})")
    row.setFlags(Qt.ItemFlag.ItemIsEnabled)
    font = row.font()
    font.setBold(True)
    row.setFont(font)
    row.setToolTip(f"Imported with the date “{written}” as written: it names no day, so "
                   "the work below is listed here, not placed on the axis")
    return row


def _item_row(item: TimelineItem, shown: TimelineItem) -> QListWidgetItem:
    """A row for ``item`` (kept for opening) worded as ``shown``."""
    text = shorten(item.text, ROW_TEXT)
    row = QListWidgetItem(f"{item.kind.capitalize()}: {text} — {shown.reason}")
    row.setData(ITEM_ROLE, item)
    row.setToolTip(plain_tooltip(tooltip_text(shown)))
    return row
