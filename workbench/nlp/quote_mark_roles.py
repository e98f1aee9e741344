"""Which way a quotation mark faces, read from its neighbours alone.

Why a module of its own: the pairing scanner (``quote_marks``) asks two questions of
every mark before any pairing logic — may it open or close, and is it typewriter or
typeset — and hands the first to the nesting rule (``quote_nesting``); a straight mark
answers only by what stands beside it (`said "Yes."` opens, `Yes," she` closes).
"""

from __future__ import annotations

from workbench.nlp.quote_nesting import CLOSING, OPENING, STRAIGHT

_LEFT_OF_OPENING = " \t\n([{\u2014\u2013-/\u00a0\u2018'*:"
_RIGHT_OF_CLOSING = " \t\n.,;:!?)]}\u2014\u2013-/\u00a0\u2019'*\u2026"
#: What ends the sentence of a paragraph whose closing mark was left out.
SENTENCE_ENDS = (".", "!", "?", "\u2026")


def mark_role(text: str, i: int, end: int | None = None) -> str:
    """Classify the mark at ``text[i:end]`` as "open", "close" or "either" from its neighbours."""
    end = i + 1 if end is None else end
    char = text[i]
    if text[i:end] == "``":
        return "open"
    before = text[i - 1] if i > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    can_open = before in _LEFT_OF_OPENING or before in OPENING
    can_close = after in _RIGHT_OF_CLOSING or after in CLOSING + STRAIGHT
    if char in OPENING:
        # a source in brackets right after the stop: `where voters stand.“[HuffPost.]`
        can_close = can_close or (after == "[" and before in SENTENCE_ENDS)
        return "close" if can_close and not can_open and not after.isalnum() else "open"
    if char in CLOSING:
        if before == "\n" and after not in "\n":
            return "either"  # a paragraph opened with the wrong curly mark (`\u201d \u2026 we`)
        return "open" if can_open and not can_close and after.isalnum() else "close"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


def is_straight(mark: str) -> bool:
    """True for a typewriter mark (`"`, a prime, `''` or ``` `` ```), False for a typeset one."""
    return mark[0] in STRAIGHT + "'`"
