"""Dragging claims, highlights and notes between views: one MIME type carrying annotation ids.

Why in widgets, the bottom room: the claims table and the reader drag, the
ACH matrix takes the drop, and those rooms may not import each other. The
payload is ids only, never a copy of the claim: the dropping view asks the
store, so a drop always rests on the annotation as it is now. A drop can come
from another application, so the payload is read defensively: ASCII digits
separated by commas, at most ``MAX_DROPPED`` ids, anything else ignored.
Item views that drag annotations (the Claims tab's list, the claims table) are
set up by ``make_annotation_drag_source`` and offer ``DRAG_MIME_TYPES``, so the
two cannot drift apart (copy-only drags, the same formats).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtWidgets import QAbstractItemView

ANNOTATION_MIME = "application/x-workbench-annotation-ids"
#: The formats an annotation drag source offers (ids for the ACH matrix, text for other apps).
DRAG_MIME_TYPES = (ANNOTATION_MIME, "text/plain")
#: Most ids read from one drop (a table drags its selection; more is not a drag but an attack).
MAX_DROPPED = 100
_MAX_DIGITS = 19  # SQLite's integers


def annotation_mime(annotation_ids: Iterable[int], text: str = "") -> QMimeData:
    """A ``QMimeData`` carrying annotation ids (and ``text`` as plain text for other apps)."""
    mime = QMimeData()
    write_annotation_ids(mime, annotation_ids)
    if text:
        mime.setText(text)
    return mime


def make_annotation_drag_source(view: QAbstractItemView) -> None:
    """Let ``view`` start copy-only drags and take no drops (its ``mimeData`` says what leaves).

    Why copy-only: a claim dropped on the ACH matrix stays where it was listed.
    """
    view.setDragEnabled(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    view.setDefaultDropAction(Qt.DropAction.CopyAction)


def write_annotation_ids(mime: QMimeData, annotation_ids: Iterable[int]) -> None:
    """Add the ids to an existing ``QMimeData`` (the reader's copy of its selection)."""
    payload = ",".join(str(int(i)) for i in annotation_ids)
    mime.setData(ANNOTATION_MIME, QByteArray(payload.encode("ascii")))


def annotation_ids(mime: QMimeData | None) -> list[int]:
    """The annotation ids a drop carries, in order and without repeats ([] when none)."""
    if mime is None or not mime.hasFormat(ANNOTATION_MIME):
        return []
    raw = bytes(mime.data(ANNOTATION_MIME).data())
    ids: list[int] = []
    for part in raw.decode("ascii", errors="replace").split(",")[:MAX_DROPPED]:
        part = part.strip()
        if part.isascii() and part.isdigit() and len(part) <= _MAX_DIGITS:
            value = int(part)
            if value > 0 and value not in ids:
                ids.append(value)
    return ids
