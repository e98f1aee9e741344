"""Where else the old text holds a quote, and whether one of those copies fits better.

Why a module of its own: re-anchoring must never hand an annotation to
another occurrence of its quote (a sentence quoted twice, a name, a misspelt
copy that gets corrected). ``_Source`` knows the old text's copies of the
quote and judges a candidate place against each of them; the strategies in
``reanchor`` ask it before they accept a place. Pure functions of texts and
offsets, no I/O.
"""

from __future__ import annotations

import functools

from workbench.core.anchoring import CONTEXT_CHARS, TextSelector, select_span
from workbench.core.reanchor_align import _align, _candidate_starts
from workbench.core.reanchor_scoring import (
    _LINE_BREAK,
    _SPACES,
    _TYPOGRAPHY,
    _after_last,
    _before_first,
    _bounded_scores,
    _find_all,
    _mean,
    _placement_score,
    _similarity,
    fold,
)

# Wider windows (characters, cut at line breaks) that tell near-equal places apart.
WIDE_WIDTHS = (128, 512)
# Other occurrences of the quote within RIVAL_WINDOW of the annotated one (on
# the 0..1 placement score) are rivals; the annotated one must beat each by
# RIVAL_MARGIN over all widths, and its wide windows must agree WIDE_MIN.
RIVAL_WINDOW = 0.2
RIVAL_MARGIN = 0.05
WIDE_MIN = 0.6
# Fuzzy matches keep this Indel similarity, the same words, and every changed
# word a misspelling of the old one (see _words_agree): typo fixes, quote marks
# and whitespace pass; a replaced word, a changed number, or an inserted or
# deleted clause does not.
FUZZY_QUOTE_MIN = 0.8
# Bounds that keep repetitive texts fast (a phrase may occur hundreds of times).
MAX_OCCURRENCES = 5000
MAX_RANKED = 12

_FLAT = str.maketrans(_TYPOGRAPHY)


@functools.lru_cache(maxsize=4)
def _folded(text: str) -> str:
    """Cache the folded document: every annotation of one update reuses it."""
    return fold(text)


def _flat(text: str) -> str:
    """Folded, but keeping line breaks, with runs of spaces as one space."""
    return _SPACES.sub(" ", text.translate(_FLAT))


@functools.lru_cache(maxsize=4)
def _collapsed(text: str) -> tuple[str, list[int]]:
    """The text flattened as ``_flat`` does, and each remaining character's real offset.

    Why: copies of a quote that differ only in spacing or typography are the
    same words; searching this string finds them with a plain ``str.find``.
    Line breaks are kept, so a match never spans two paragraphs by accident.
    """
    folded = text.translate(_FLAT)
    pieces: list[str] = []
    offsets: list[int] = []
    cursor = 0
    for run in _SPACES.finditer(folded):
        pieces.append(folded[cursor : run.start() + 1])
        offsets.extend(range(cursor, run.start() + 1))
        cursor = run.end()
    pieces.append(folded[cursor:])
    offsets.extend(range(cursor, len(folded)))
    return "".join(pieces), offsets


class _Source:
    """The old selector, plus where else the old text holds its quote (give or take spacing)."""

    def __init__(self, selector: TextSelector, old_text: str | None) -> None:
        self.old = selector
        self.text = old_text
        self.occurrences: list[tuple[int, int]] = []
        self._selectors: dict[tuple[int, int], TextSelector] = {}
        if old_text is None:
            return
        collapsed, offsets = _collapsed(old_text)
        quote = _flat(selector.exact)
        if not quote.strip():
            return
        self.occurrences = [
            (offsets[start], offsets[start + len(quote) - 1] + 1)
            for start in _find_all(collapsed, quote, MAX_OCCURRENCES)
        ]

    @property
    def unique(self) -> bool:
        """True when the old text is known and holds the quote once (folded, any spacing)."""
        return len(self.occurrences) == 1

    @property
    def alone(self) -> bool:
        """True when the old text is known to hold the quote once, and nothing close to it."""
        return self.unique and not self.near_copies

    @functools.cached_property
    def near_copies(self) -> list[tuple[int, int]]:
        """Other old passages that differ from the quote only by typos, marks or spacing.

        Why: when the annotated passage is deleted and a misspelt copy of it
        is corrected, the copy must not inherit the annotation.
        """
        if self.text is None:
            return []
        folded, spans = _folded(self.text), []
        for implied in _candidate_starts(self.old, folded):
            found = _align(self.old, self.text, folded, implied)
            if found is None or found.quote < FUZZY_QUOTE_MIN or not found.words:
                continue
            span = (found.start, found.end)
            apart = found.end <= self.old.start or found.start >= self.old.end
            if apart and span not in self.occurrences and span not in spans:
                spans.append(span)
        return spans

    def claimed_by_rival(self, text: str, start: int, end: int, near: bool = True) -> bool:
        """True when another old occurrence of the quote fits ``text[start:end]`` better.

        Why: a sentence copied twice (or a phrase inside it) has identical
        32-character context in both places; when the annotated copy is
        deleted, the other copy must not inherit the annotation. Fit is the
        placement score plus agreement of 128 and 512 characters around, so
        a small local difference (a fixed typo) does not outvote the wider
        surroundings. The annotated occurrence must win clearly and its wider
        surroundings must agree (near-identical copies leave only those to
        tell them apart); a doubt orphans. ``near`` adds the near copies as
        rivals (the position fast path skips them).
        """
        others = [o for o in self.occurrences if o != (self.old.start, self.old.end)]
        others += self.near_copies if near else []
        if not others:
            return False
        mine_span = (self.old.start, self.old.end)
        mine = self.fit(mine_span, text, start, end, CONTEXT_CHARS)
        rivals = self._close_rivals(others, text, start, end, mine)
        if not rivals:
            return False
        wide = [self.fit(mine_span, text, start, end, width) for width in WIDE_WIDTHS]
        if sum(wide) / len(wide) < WIDE_MIN:
            return True
        mine += sum(wide)
        for width in WIDE_WIDTHS:
            rivals = [(t + self.fit(span, text, start, end, width), span) for t, span in rivals]
        return any(total > mine - RIVAL_MARGIN for total, _ in rivals)

    def _close_rivals(
        self, others: list[tuple[int, int]], text: str, start: int, end: int, mine: float
    ) -> list[tuple[float, tuple[int, int]]]:
        """Other occurrences whose placement score here comes near the annotated one's.

        The context inside the line filters first (the full score costs more,
        and a quote like "the" has hundreds of occurrences); not the raw
        window, which a moved paragraph can make agree by accident.
        """
        mine_line = _mean(_bounded_scores(self.old, text, start, end, _LINE_BREAK))
        lines = []
        for span in others:
            selector = self.selector_at(span)
            line = _mean(_bounded_scores(selector, text, start, end, _LINE_BREAK))
            if line >= mine_line - RIVAL_WINDOW:
                lines.append((line, span))
        rivals = []
        for _, span in sorted(lines, reverse=True)[:MAX_RANKED]:
            score = _placement_score(self.selector_at(span), text, start, end) / 5
            if score >= mine - RIVAL_WINDOW:
                rivals.append((score, span))
        return rivals

    def selector_at(self, span: tuple[int, int]) -> TextSelector:
        """The selector an annotation on another occurrence of the quote would have."""
        assert self.text is not None
        if span == (self.old.start, self.old.end):
            return self.old
        if span not in self._selectors:
            self._selectors[span] = select_span(self.text, *span)
        return self._selectors[span]

    def fit(self, old_span: tuple[int, int], text: str, start: int, end: int, width: int) -> float:
        """How well ``width`` characters around an old occurrence match those around a new span.

        At the narrowest width this is the ranking score (context plus the
        quote's own sentence and line, scaled to 0..1), so rivals are judged
        like candidates. Wider windows stop at line breaks: paragraphs move,
        so what lies beyond the quote's own paragraph proves little.
        """
        assert self.text is not None
        if width == CONTEXT_CHARS:
            return _placement_score(self.selector_at(old_span), text, start, end) / 5
        old_start, old_end = old_span
        pairs = (
            (
                _after_last(_LINE_BREAK, self.text[max(0, old_start - width) : old_start]),
                _after_last(_LINE_BREAK, text[max(0, start - width) : start]),
            ),
            (
                _before_first(_LINE_BREAK, self.text[old_end : old_end + width]),
                _before_first(_LINE_BREAK, text[end : end + width]),
            ),
        )
        # Weigh each side by how much text it compares: a lone "." agreeing
        # must not outvote a hundred characters that do not.
        weights = [max(len(a), len(b)) for a, b in pairs]
        if not any(weights):
            return 1.0
        scores = [_similarity(a, b) for a, b in pairs]
        return sum(w * x for w, x in zip(weights, scores, strict=True)) / sum(weights)
