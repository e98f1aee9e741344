"""Where a library search's words occur in one text, as the search index matched them.

Why: the reader marked the search's words by their letters (``highlight_pattern``), so
a search for "court" that FTS5 matched on "courts" (its porter stemmer) or "Café" on
"cafe" (diacritics removed) opened a document with no mark on the word it was found by.
The text is indexed again in a private in-memory FTS5 table with the library index's
own tokenizer, and FTS5's ``highlight()`` says which words it matches; the letters'
pattern is kept beside it for the symbols the word index drops.

Why rows of a few thousand characters: ``highlight()`` grows its output one match at a
time, a copy each, so one row of a 240,000-word text with 20,000 matches took 2.7 s;
in rows it is linear. A phrase cut between two rows of one long line is found by the
letters' pattern only.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

from workbench.store.search import INDEX_TOKENIZER
from workbench.store.search_snippets import highlight_pattern

Span = tuple[int, int]

_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use marks, blanked in the text indexed
_ROW_CHARS = 4_000
# Blanked too: a NUL, after which ``highlight()`` gives the row back shorter than it is
# (the marks after it fell some characters early).
_MARKS = re.compile(f"[{_OPEN}{_CLOSE}\x00]")
_MARK_SPLIT = re.compile(f"([{_OPEN}{_CLOSE}])")


def matched_spans(text: str, highlight: str, limit: int) -> list[Span]:
    """The first ``limit`` (start, end) code-point spans of ``text`` a ``highlight_query``
    matches: what FTS5 matched (stemmed, folded) and what its words' letters match."""
    pattern = highlight_pattern(highlight)
    if pattern is None:
        return []
    found = set(_index_spans(text, highlight))
    found.update(match.span() for match in pattern.finditer(text))
    spans: list[Span] = []
    for start, end in sorted(found):
        if spans and start < spans[-1][1]:
            continue  # inside a longer match already marked ("European Union" and "Union")
        spans.append((start, end))
        if len(spans) >= limit:
            break
    return spans


def _index_spans(text: str, highlight: str) -> Iterator[Span]:
    """The spans FTS5's ``highlight()`` marks, row by row; none when the query cannot run."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(
            f"CREATE VIRTUAL TABLE piece USING fts5(text, tokenize='{INDEX_TOKENIZER}')")
        connection.executemany("INSERT INTO piece (rowid, text) VALUES (?, ?)",
                               _rows(_MARKS.sub(" ", text)))
        rows = connection.execute(
            "SELECT rowid, highlight(piece, 0, ?, ?) FROM piece WHERE piece MATCH ?"
            " ORDER BY rowid", [_OPEN, _CLOSE, highlight]).fetchall()
    except sqlite3.Error:
        return  # the letters' pattern still marks what it can
    finally:
        connection.close()
    for offset, marked in rows:
        yield from _marked_spans(marked, int(offset))


def _rows(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) rows of ``text`` of about ``_ROW_CHARS``, cut after a line break,
    else after a space, so the rowid says where each begins."""
    start = 0
    while len(text) - start > _ROW_CHARS:
        window = text[start:start + _ROW_CHARS]
        cut = window.rfind("\n") + 1 or window.rfind(" ") + 1 or _ROW_CHARS
        yield start, window[:cut]
        start += cut
    if start < len(text):
        yield start, text[start:]


def _marked_spans(marked: str, offset: int) -> Iterator[Span]:
    """The spans between the marks ``highlight()`` put into one row, in the row's text."""
    position = start = offset
    for piece in _MARK_SPLIT.split(marked):
        if piece == _OPEN:
            start = position
        elif piece == _CLOSE:
            yield start, position
        else:
            position += len(piece)
