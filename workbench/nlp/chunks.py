"""Plan how a huge document is analysed: paragraph-aligned chunks, each analysed on its own.

Why: a book-length text (a leaked report, a transcript, a whole-feed dump)
cannot be parsed and resolved as one document in bounded memory, and as one
task it would keep one core busy while the other idles. It is cut into
chunks of about ``HUGE_CHUNK_CHARS`` that each run as a small job, are saved
in their own transaction and recorded, so a killed run resumes where it
stopped. The plan depends only on the text and the constants here, so the
same text always yields the same chunks (what resume relies on).

Where a cut falls: at a paragraph break whose text before it closes every
quotation it opened (so a quote running over several paragraphs stays in
one chunk), else any paragraph break, else a line break, a sentence end,
whitespace, and only for a run without any space on the limit itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from workbench.nlp.names import name_tokens, strip_honorifics
from workbench.nlp.resolution import abbreviates

#: Documents longer than this many characters are analysed chunk by chunk.
HUGE_DOCUMENT_CHARS = 200_000
#: The size of one chunk: large enough for entity resolution and quote
#: attribution to see their context, small enough for one quick job.
HUGE_CHUNK_CHARS = 30_000
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")
_WHITESPACE = re.compile(r"\s+")
_OPENING = ("“", "«")
_CLOSING = ("”", "»")


@dataclass(frozen=True)
class ChunkSpan:
    """One planned chunk: ``text[start:end]`` of the document."""

    start: int
    end: int


def is_huge(text: str) -> bool:
    """Whether ``text`` is analysed in chunks rather than as one document."""
    return len(text) > HUGE_DOCUMENT_CHARS


def plan_chunks(text: str, limit: int | None = None) -> list[ChunkSpan]:
    """Cut ``text`` into consecutive spans of at most ``limit`` characters covering all of it.

    ``limit`` defaults to ``HUGE_CHUNK_CHARS``, read at call time.
    """
    limit = max(HUGE_CHUNK_CHARS if limit is None else limit, 2)
    spans: list[ChunkSpan] = []
    start = 0
    while len(text) - start > limit:
        cut = best_cut(text, start, start + limit)
        spans.append(ChunkSpan(start, cut))
        start = cut
    if start < len(text) or not spans:
        spans.append(ChunkSpan(start, len(text)))
    return spans


def best_cut(text: str, start: int, end: int) -> int:
    """A cut in (start, end]: a quote-closed paragraph break, else the next best boundary."""
    window = text[start:end]
    floor = len(window) // 2
    breaks = _breaks_after(window, "\n\n", floor)
    for position in reversed(breaks):
        if quotes_closed(window[:position]):
            return start + position
    if breaks:
        return start + breaks[-1]
    lines = _breaks_after(window, "\n", floor)
    if lines:
        return start + lines[-1]
    for pattern in (_SENTENCE_END, _WHITESPACE):
        last = None
        for match in pattern.finditer(window, floor):
            last = match.end()
        if last is not None:
            return start + last
    return end


def _breaks_after(window: str, separator: str, floor: int) -> list[int]:
    """Positions just after each ``separator`` that begins at or after ``floor``."""
    positions = []
    found = window.find(separator, floor)
    while found != -1:
        positions.append(found + len(separator))
        found = window.find(separator, found + len(separator))
    return positions


def quotes_closed(text: str) -> bool:
    """Whether every quotation opened in ``text`` is closed (curly, guillemet or straight).

    A quotation running over paragraphs opens each paragraph and closes only
    at its end, so its paragraphs leave more openings than closings.
    """
    opened = sum(text.count(mark) for mark in _OPENING)
    closed = sum(text.count(mark) for mark in _CLOSING)
    return opened <= closed and text.count('"') % 2 == 0


def person_merges(names: Iterable[tuple[int, str, str]]) -> dict[int, int]:
    """Entity id of a short person name -> the one full name it stands for in the document.

    Why: each chunk resolves "Merkel" to "Angela Merkel" only when both are in
    it; over a whole book the full name may be chunks away. ``names`` are the
    document's (entity id, name, label). A short form with more than one
    possible full name (two Smiths) stays as it is. Full names are looked up
    by their first and last word, so a document with tens of thousands of
    names is not compared pair by pair.
    """
    people = {entity_id: strip_honorifics(name_tokens(name))
              for entity_id, name, label in names if label == "PERSON"}
    by_end: dict[str, set[int]] = {}
    for entity_id, key in people.items():
        if len(key) > 1:
            for word in {key[0], key[-1]}:
                by_end.setdefault(word, set()).add(entity_id)
    merges: dict[int, int] = {}
    for entity_id, key in people.items():
        candidates = by_end.get(key[0], set()) | by_end.get(key[-1], set()) if key else set()
        fuller = {other for other in candidates
                  if other != entity_id and abbreviates(key, people[other], "PERSON")}
        widest = {other for other in fuller
                  if not any(abbreviates(people[other], people[o], "PERSON") for o in fuller)}
        if len(widest) == 1:
            merges[entity_id] = widest.pop()
    return merges
