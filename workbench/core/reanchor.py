"""Re-anchor an annotation in a changed text, or refuse to guess (pure functions, no I/O).

Why this order (the Hypothesis way, made stricter): a whole line of the old
text found once in the new one places the annotation beyond doubt; the stored
position is right when the text around it did not change; otherwise the exact
quote, found where its prefix/suffix still agree, is right; otherwise a fuzzy
match may be right, but only if the quote barely changed (typo fixes, quote
marks, whitespace) and its context still agrees. Anything less is an orphan:
the analyst re-attaches it; we never move it silently to a poor match.

Given the old text too, every candidate place is also weighed against the
quote's *other* occurrences in it (a sentence quoted twice, a name): a place
that fits another occurrence as well or better is not taken, because when the
annotated copy is deleted the other one must not inherit the annotation
(``reanchor_rivals`` holds that judgement).

Offsets are code points (Python ``str`` indices) everywhere. Comparisons use
a folded copy of the text in which typographic variants (curly and straight
quotes, dashes, every kind of whitespace) are the same character; folding
maps one character to one character, so folded offsets are real offsets.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from workbench.core.anchoring import TextSelector
from workbench.core.reanchor_align import (
    CONTEXT_STRONG,
    MAX_CANDIDATES,
    _align,
    _candidate_starts,
)
from workbench.core.reanchor_rivals import (
    FUZZY_QUOTE_MIN,
    MAX_OCCURRENCES,
    MAX_RANKED,
    WIDE_WIDTHS,
    _collapsed,
    _folded,
    _Source,
)
from workbench.core.reanchor_scoring import (
    _SENTENCE_BREAK,
    DISTINCTIVE_LENGTH,
    _bounded_scores,
    _context_scores,
    _count,
    _find_all,
    _mean,
    _placement_score,
    _proximity,
    _same_edges,
    _sentence_agrees,
    fold,
)

# ``fold`` is re-exported so callers compare text the way re-anchoring does.
__all__ = ["ANCHORED", "ORPHANED", "AnchorResult", "fold", "reanchor"]

ANCHORED = "anchored"
ORPHANED = "orphaned"

DISTINCTIVE_LINE = 20
# Candidates this close in score are told apart by wider windows (WIDE_WIDTHS,
# cut at line breaks; the old text is needed for them).
TIE_MARGIN = 0.05


@dataclass(frozen=True)
class AnchorResult:
    """Where an annotation sits in the new text, how it was found and how sure we are.

    ``method`` is "position" (unchanged place), "exact" (same text elsewhere)
    or "fuzzy" (slightly changed text); ``start``/``end`` are None for orphans.
    ``score`` is 0..1 (for orphans: the best rejected candidate's score).
    """

    status: str
    start: int | None = None
    end: int | None = None
    method: str | None = None
    score: float = 0.0
    reason: str = ""

    @property
    def anchored(self) -> bool:
        """True when the annotation has a place in the new text."""
        return self.status == ANCHORED


def reanchor(old: TextSelector, new_text: str, *, old_text: str | None = None) -> AnchorResult:
    """Place ``old`` in ``new_text``: line, position, exact quote, fuzzy; else orphan.

    ``old_text`` (the text ``old`` was made on) is optional but makes the
    answer safer and better: a quote that occurred more than once is never
    given a place that fits one of its other occurrences better, and a quote
    whose whole line, or which itself, is long and unique in both texts is
    found even when both sides of its context changed (a moved paragraph).
    """
    if not old.exact:
        return AnchorResult(ORPHANED, reason="empty quote")
    consistent = old_text is not None and old_text[old.start : old.end] == old.exact
    source = _Source(old, old_text if consistent else None)
    return (
        _line_match(source, new_text)
        or _position_match(source, new_text)
        or _exact_match(source, new_text)
        or _fuzzy_match(source, new_text)
    )


# -- line, position, exact quote ---------------------------------------------


def _line_match(source: _Source, new_text: str) -> AnchorResult | None:
    """Find the quote's whole old line (paragraph) once in the new text: a moved paragraph.

    Lines are compared folded and with spacing collapsed, and must be unique
    that way in both texts, so copies that differ only in spacing count twice.
    """
    old, old_text = source.old, source.text
    if old_text is None or "\n" in old.exact:
        return None
    old_flat, old_map = _collapsed(old_text)
    line_start = bisect.bisect_left(old_map, old_text.rfind("\n", 0, old.start) + 1)
    newline = old_text.find("\n", old.end)
    line_end = bisect.bisect_left(old_map, newline) if newline != -1 else len(old_flat)
    line = old_flat[line_start:line_end].strip()
    line_start = old_flat.find(line, line_start)
    if len(line) < DISTINCTIVE_LINE or _count(old_flat, line, 2) != 1:
        return None
    new_flat, new_map = _collapsed(new_text)
    hits = _find_all(new_flat, line, 2)
    if len(hits) != 1 or not _whole_line(new_flat, hits[0], hits[0] + len(line)):
        return None
    first = bisect.bisect_left(old_map, old.start) - line_start
    last = bisect.bisect_left(old_map, old.end - 1) - line_start
    start, end = new_map[hits[0] + first], new_map[hits[0] + last] + 1
    if new_text[start:end] != old.exact:
        return AnchorResult(ANCHORED, start, end, "fuzzy", 0.95)
    return AnchorResult(ANCHORED, start, end, "position" if start == old.start else "exact", 1.0)


def _whole_line(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a whole line, give or take spaces at its ends."""
    before, after = text[:start].rstrip(" "), text[end:].lstrip(" ")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _position_match(source: _Source, new_text: str) -> AnchorResult | None:
    """The quote is still at its old offsets and its surroundings agree."""
    old = source.old
    if new_text[old.start : old.end] != old.exact:
        return None
    sides = _context_scores(old, new_text, old.start, old.end)
    sentence = _bounded_scores(old, new_text, old.start, old.end, _SENTENCE_BREAK)
    if max(sides) < CONTEXT_STRONG or min(sentence) < CONTEXT_STRONG:
        return None
    if source.claimed_by_rival(new_text, old.start, old.end, near=False):
        return None
    return AnchorResult(ANCHORED, old.start, old.end, "position", round(_mean(sides), 3))


def _exact_match(source: _Source, new_text: str) -> AnchorResult | None:
    """The occurrence of the quote whose context agrees best; wider context breaks ties."""
    old = source.old
    occurrences = _find_all(new_text, old.exact, MAX_OCCURRENCES)
    distinctive = source.unique and len(occurrences) == 1 and len(old.exact) >= DISTINCTIVE_LENGTH
    ranked: list[tuple[float, int]] = []
    for strong, start in _likely_places(old, new_text, occurrences, distinctive):
        end = start + len(old.exact)
        if strong and not _sentence_agrees(old, new_text, start, end):
            strong = len(occurrences) == 1 and source.alone
        if not strong and distinctive:
            distinctive = strong = not source.near_copies
        if strong:
            ranked.append((_placement_score(old, new_text, start, end), start))
    for _, start in _break_ties(source, new_text, ranked)[:MAX_CANDIDATES]:
        end = start + len(old.exact)
        if not source.claimed_by_rival(new_text, start, end):
            context = _mean(_context_scores(old, new_text, start, end))
            score = max(context, 0.9) if distinctive else context
            method = "position" if start == old.start else "exact"
            return AnchorResult(ANCHORED, start, end, method, round(score, 3))
    return None


def _likely_places(
    old: TextSelector, text: str, occurrences: list[int], distinctive: bool
) -> list[tuple[bool, int]]:
    """(strong context?, start) of the occurrences worth ranking, best raw context first.

    Only the best MAX_RANKED are kept: in a repetitive text a phrase can
    occur hundreds of times, and the full ranking score costs more.
    """
    scored = []
    for start in occurrences:
        if not _same_edges(old, text, start, start + len(old.exact)):
            continue  # "in" inside "nine" is not the word "in"
        sides = _context_scores(old, text, start, start + len(old.exact))
        if max(sides) >= CONTEXT_STRONG or distinctive:
            scored.append((_mean(sides), max(sides) >= CONTEXT_STRONG, start))
    scored.sort(reverse=True)
    return [(strong, start) for _, strong, start in scored[:MAX_RANKED]]


def _break_ties(
    source: _Source, text: str, ranked: list[tuple[float, int]]
) -> list[tuple[float, int]]:
    """Order candidates by score; near-ties by wider context (with the old text), then nearness."""
    ranked = sorted(ranked, reverse=True)
    if len(ranked) < 2:
        return ranked
    top = [item for item in ranked if item[0] >= ranked[0][0] - TIE_MARGIN]
    rest = ranked[len(top) :]
    length = len(source.old.exact)

    def wide(item: tuple[float, int]) -> tuple[float, float]:
        start = item[1]
        fits = 0.0
        if source.text is not None:
            fits = sum(
                source.fit((source.old.start, source.old.end), text, start, start + length, width)
                for width in WIDE_WIDTHS
            )
        return (fits, _proximity(start, source.old.start, len(text)))

    return sorted(top, key=wide, reverse=True) + rest


# -- fuzzy ------------------------------------------------------------------


def _fuzzy_match(source: _Source, new_text: str) -> AnchorResult:
    """Align quote plus context around likely places; accept only a close, well-placed match."""
    old = source.old
    folded = _folded(new_text)
    candidates = [
        _align(old, new_text, folded, implied) for implied in _candidate_starts(old, folded)
    ]
    ranked = sorted((c for c in candidates if c is not None), key=lambda c: -c.total)
    if not ranked and old.exact in new_text:
        return AnchorResult(ORPHANED, reason="the quoted text occurs, but not clearly in its place")
    if not ranked:
        return AnchorResult(ORPHANED, reason="the quoted text is no longer in the document")
    for best in ranked:
        close = best.quote >= FUZZY_QUOTE_MIN and best.words and best.strong
        close = close and (best.sentence or (len(ranked) == 1 and source.alone))
        if close and not source.claimed_by_rival(new_text, best.start, best.end):
            return AnchorResult(ANCHORED, best.start, best.end, "fuzzy", round(best.total, 3))
    return AnchorResult(
        ORPHANED, score=round(ranked[0].total, 3), reason="only a poor match is left"
    )
