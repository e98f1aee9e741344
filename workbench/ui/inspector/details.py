"""The inspector's Details tab: a document's fields, each readable at the inspector's width.

Why its own module: long unbroken values (a file path, a content hash, a URL)
made the form wider than the inspector, so the wrapped title beside them was
cut at the right edge ("US State Department: Sanctio") behind a horizontal
scroll bar. Such values now elide in the middle (the whole value in the
tooltip, and Copy on its right-click menu); words wrap.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QWidget

from workbench.ui.library.columns import STATUS_WORD
from workbench.ui.widgets.dates import DATE_UNKNOWN, short_timestamp
from workbench.ui.widgets.plain_text import plain_tooltip

DETAIL_FIELDS = (
    ("title", "Title"), ("source", "Source"), ("author", "Author"), ("published", "Published"),
    ("dateline", "Dateline"), ("url", "URL"), ("format", "Format"),
    ("origin_path", "Imported from"),
    ("word_count", "Words"), ("content_hash", "Content hash"), ("imported_at", "Imported at"),
    ("analysis_version", "Analysis version"), ("status", "Status"), ("id", "Document id"),
)
UNBROKEN_FIELDS = frozenset({"url", "origin_path", "content_hash"})  # no spaces to wrap at


class ElidedLabel(QLabel):
    """One line of plain text elided in the middle to the label's width (full text on hover).

    Why paint it ourselves: a QLabel's minimum width is its whole text, which is
    what widened the form. Its Copy action copies the whole value.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(plain_tooltip(text))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        copy = QAction("Copy", self)
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(self.text()))
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def shown_text(self) -> str:
        """The text as painted at the current width."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle,
                                             self.contentsRect().width())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())


def detail_text(key: str, value: Any) -> str:
    """How the Details tab shows a field: counts grouped, statuses and times in words."""
    if key == "word_count":
        return f"{value:,}"
    if key == "status":
        return STATUS_WORD.get(str(value), str(value))
    if key == "imported_at":
        stamp = str(value)
        return f"{short_timestamp(stamp)} UTC" if stamp.endswith(("+00:00", "Z")) else stamp
    return str(value)


def fill_details(form: QFormLayout, document: dict[str, Any]) -> None:
    """Replace the form's rows with ``document``'s non-empty fields."""
    while form.rowCount():
        form.removeRow(0)
    if not document:  # no document open: say what the tab shows instead of a blank page
        form.addRow(QLabel("No document open", objectName="MutedLabel", wordWrap=True))
        return
    for key, label in DETAIL_FIELDS:
        value = document.get(key)
        if key == "published" and not value:
            value = DATE_UNKNOWN  # said as the reader and the library say it, not left out
        if value in (None, ""):
            continue
        text = detail_text(key, value)
        form.addRow(f"{label}:", ElidedLabel(text) if key in UNBROKEN_FIELDS else _wrapped(text))


def _wrapped(text: str) -> QLabel:
    field = QLabel(text)
    field.setTextFormat(Qt.TextFormat.PlainText)
    field.setWordWrap(True)
    field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return field
