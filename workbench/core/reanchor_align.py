"""Fuzzy alignment for re-anchoring: where a slightly edited quote now stands.

Seeds of the old quote vote for where it moved; each likely place is aligned
with rapidfuzz and accepted only when the words barely changed and the context
still agrees (the checks live in ``reanchor_scoring``).
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Indel, Levenshtein

from workbench.core.anchoring import TextSelector
from workbench.core.reanchor_scoring import (
    _context_scores,
    _find_all,
    _mean,
    _proximity,
    _same_edges,
    _sentence_agrees,
    _words_agree,
    fold,
)

# One side of the context (up to 32 characters) must agree this well for a
# match to count: random English windows score about 0.4-0.5, a window with a
# typo or changed quote marks about 0.9.
CONTEXT_STRONG = 0.8
PROXIMITY_WEIGHT = 0.05
SEED_LENGTH = 10
MAX_SEEDS = 24
MAX_SEED_HITS = 16
MAX_CANDIDATES = 4
CLUSTER_GAP = 24


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    quote: float
    strong: bool
    sentence: bool
    words: bool
    total: float


def _candidate_starts(old: TextSelector, folded: str) -> list[int]:
    """Likely new starts of the quote, voted for by short seeds of prefix, quote and suffix."""
    full = fold(old.prefix + old.exact + old.suffix)
    base = len(old.prefix)
    votes: list[tuple[int, int]] = []
    for offset in _seed_offsets(len(full)):
        seed = full[offset : offset + SEED_LENGTH]
        if not seed.strip():
            continue
        hits = _find_all(folded, seed, MAX_SEED_HITS + 1)
        if len(hits) <= MAX_SEED_HITS:
            votes.extend((hit - offset + base, offset) for hit in hits)
    return _best_clusters(votes, old.start)


def _seed_offsets(length: int) -> range:
    """Start offsets of overlapping seeds spread evenly over a string of ``length``."""
    if length <= SEED_LENGTH:
        return range(0, 1)
    step = max(SEED_LENGTH // 2, -(-(length - SEED_LENGTH) // MAX_SEEDS))
    return range(0, length - SEED_LENGTH + 1, step)


def _best_clusters(votes: list[tuple[int, int]], hint: int) -> list[int]:
    """Group nearby implied starts; return the centres of the best-supported groups."""
    groups: list[list[tuple[int, int]]] = []
    for vote in sorted(votes):
        if groups and vote[0] - groups[-1][-1][0] <= CLUSTER_GAP:
            groups[-1].append(vote)
        else:
            groups.append([vote])

    def rank(group: list[tuple[int, int]]) -> tuple[int, int]:
        centre = group[len(group) // 2][0]
        return (-len({offset for _, offset in group}), abs(centre - hint))

    ranked = sorted(groups, key=rank)[:MAX_CANDIDATES]
    return [group[len(group) // 2][0] for group in ranked]


def _align(old: TextSelector, text: str, folded: str, implied: int) -> _Candidate | None:
    """Align old prefix+quote+suffix with a window around ``implied``; score the quote found."""
    slack = 16 + len(old.exact) // 5
    full = fold(old.prefix + old.exact + old.suffix)
    low = max(0, implied - len(old.prefix) - slack)
    high = min(len(folded), implied + len(old.exact) + len(old.suffix) + slack)
    opcodes = Levenshtein.opcodes(full, folded[low:high])
    start = low + _map_start(opcodes, len(old.prefix))
    end = low + _map_end(opcodes, len(old.prefix) + len(old.exact))
    start, end = _nudge(fold(old.exact), folded, start, end)
    if end <= start or not folded[start:end].strip() or not _same_edges(old, text, start, end):
        return None
    quote_old, quote_new = fold(old.exact), folded[start:end]
    quote = Indel.normalized_similarity(quote_old, quote_new)
    sides = _context_scores(old, text, start, end)
    nearness = _proximity(start, old.start, len(text))
    total = 0.85 * quote + 0.1 * _mean(sides) + PROXIMITY_WEIGHT * nearness
    words = _words_agree(quote_old, quote_new)
    sentence = _sentence_agrees(old, text, start, end)
    return _Candidate(start, end, quote, max(sides) >= CONTEXT_STRONG, sentence, words, total)


def _nudge(quote: str, folded: str, start: int, end: int) -> tuple[int, int]:
    """Adjust the aligned boundaries where that makes the quote match better.

    Why: alignments that cost the same may differ in where they put the
    text around the quote. With its context gone (a paragraph moved to the
    top) the quote's opening mark may go to the missing prefix; with a
    sentence inserted before it starting with the same letter, the quote
    may start inside that sentence. So each boundary may move by one, or
    onto the quote's first (last) characters inside the span found.
    """
    extra = max(0, end - start - len(quote)) + 1
    head, tail = quote[:8], quote[-8:]
    starts = {start - 1, start, start + 1}
    starts.update(i for i in range(start, start + extra) if folded.startswith(head, i))
    ends = {end - 1, end, end + 1}
    ends.update(i for i in range(end - extra + 1, end + 1) if folded.endswith(tail, 0, i))
    best = (Indel.normalized_similarity(quote, folded[start:end]), 1, start, end)
    for new_start in starts:
        for new_end in ends:
            if 0 <= new_start < new_end <= len(folded):
                score = Indel.normalized_similarity(quote, folded[new_start:new_end])
                best = max(best, (score, 0, new_start, new_end))
    return best[2], best[3]


def _map_start(opcodes: Levenshtein.Opcodes, boundary: int) -> int:
    """Where old offset ``boundary`` (first quote character) lands; insertions before stay out."""
    for op in opcodes:
        if op.src_start <= boundary < op.src_end:
            if op.tag == "equal" or (op.src_end - op.src_start == op.dest_end - op.dest_start):
                return op.dest_start + boundary - op.src_start
            return op.dest_start
    return opcodes[-1].dest_end if len(opcodes) else 0


def _map_end(opcodes: Levenshtein.Opcodes, boundary: int) -> int:
    """Where old offset ``boundary`` (just after the quote) lands; insertions after stay out."""
    last = boundary - 1
    for op in opcodes:
        if op.src_start <= last < op.src_end:
            if op.tag == "equal" or (op.src_end - op.src_start == op.dest_end - op.dest_start):
                return op.dest_start + last - op.src_start + 1
            return op.dest_start if op.tag == "delete" else op.dest_end
    return 0
