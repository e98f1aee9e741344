"""A window of a document's stored text, read without the rest of it.

Why its own module: highlights, claims and their undo labels each need a few
dozen characters of a text that may be 50 MB; a leaf module (core imports only)
lets ``labels.py`` use it without an import cycle through ``documents.py``.
"""

from __future__ import annotations

import codecs
import sqlite3
import sys
from collections.abc import Iterator
from typing import Any

from workbench.core.anchoring import CONTEXT_CHARS, TextWindow

#: How much of a document's stored text one read takes (bytes): a megabyte, as the reader reads.
WINDOW_PIECE = 1 << 20


def document_window(
    db: Any, doc_id: int, start: int, end: int, context: int = CONTEXT_CHARS
) -> TextWindow:
    """``[start - context, end + context)`` of a document's text, clipped (LookupError: no
    such document).

    Why a blob read: a highlight in a 50 MB document held the writer's fast lane
    ~200 ms when the whole text was fetched and decoded. The stored UTF-8 is read
    a megabyte at a time up to the window's end and only the window is kept.
    (SQLite's ``substr`` was slower still: it counts code points from the start
    of the value, and ``length`` reads all of it.) An impossible span reads the
    whole text, so its error can give the text's length.
    """
    low = max(0, start - context)
    high = end + context if 0 <= start < end else sys.maxsize
    try:
        blob = db.conn.blobopen("documents", "text", doc_id, readonly=True)
    except sqlite3.OperationalError as error:  # "no such rowid"
        raise LookupError(f"no document with id {doc_id}") from error
    with blob:
        return _window_of(blob, low, high)


def _window_of(blob: sqlite3.Blob, low: int, high: int) -> TextWindow:
    """Decode ``blob`` piece by piece, keeping code points ``[low, high)``."""
    kept: list[str] = []
    seen = 0
    for piece in decoded_pieces(blob):
        if seen >= high:
            break
        if seen + len(piece) > low:
            kept.append(piece[max(0, low - seen) : high - seen])
        seen += len(piece)
    return TextWindow("".join(kept), low, seen)


def decoded_pieces(blob: sqlite3.Blob, piece: int | None = None) -> Iterator[str]:
    """The blob's stored UTF-8 as text, ``piece`` bytes (default ``WINDOW_PIECE``) at a time.

    Why one reader for the span windows and the reader's whole-text load: both
    must cut the bytes where a character may be split across pieces, and both
    stop early (at a window's end, or when the reader is closed), so each takes
    pieces from here and stops asking when it has enough. The last piece is the
    decoder's final flush (empty for well-formed text).
    """
    size = piece or WINDOW_PIECE
    decoder = codecs.getincrementaldecoder("utf-8")()
    while data := blob.read(size):
        yield decoder.decode(data)
    yield decoder.decode(b"", final=True)
