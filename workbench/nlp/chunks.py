"""Plan how a huge document is analysed: paragraph-aligned chunks, each analysed on its own.

Why: a book-length text (a leaked report, a transcript, a whole-feed dump)
cannot be parsed and resolved as one document in bounded memory, and as one
task it would keep one core busy while the other idles. It is cut into
chunks of about ``HUGE_CHUNK_CHARS`` that each run as a small job, are saved
in their own transaction and recorded, so a killed run resumes where it
stopped. The plan depends only on the text and the constants here, so the
same text always yields the same chunks (what resume relies on).

Where a cut falls is ``text_cuts.best_cut``, the same rule the in-memory
chunking of long (not huge) documents uses.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workbench.nlp.names import name_tokens, strip_honorifics
from workbench.nlp.resolution import abbreviates
from workbench.nlp.text_cuts import cut_positions

#: Documents longer than this many characters are analysed chunk by chunk.
HUGE_DOCUMENT_CHARS = 200_000
#: The size of one chunk: large enough for entity resolution and quote
#: attribution to see their context, small enough for one quick job.
HUGE_CHUNK_CHARS = 30_000


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
    chosen = HUGE_CHUNK_CHARS if limit is None else limit
    return [ChunkSpan(start, end) for start, end in cut_positions(text, chosen)]


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
