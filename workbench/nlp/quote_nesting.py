"""Whether a curly quotation opened inside an open one is nested in it, or the open mark
was a stray.

Why: a typeset opening mark left over from a lost headline or dateline (`5:03pm “ The
“ Mean Girls ” star fooled ...`) looks like a quotation with a title nested in it, when a
closing mark follows later on the line. But typeset marks say which way they face: a
closing mark that answers an opening mark between it and the nested quotation's end
belongs to that quotation, so it cannot close the outer one. Only a closing mark left
over once every later opening mark has been answered closes the outer quotation; with
none, the first mark opened nothing (``quote_marks`` then drops or cuts it).

A long quotation is also left open at its paragraph's end on purpose: the next paragraph
reopens it with the same kind of mark (`"It is not about “justice” anymore.` / `"The next
step ...`). A quotation nested in such a paragraph is nested too, though nothing on its
line closes the outer one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from re import Match

from workbench.core.letters import CAPITAL

#: The typeset marks that open and close a quotation, and the typewriter marks (a straight
#: mark or a prime) that do both: defined here, below ``quote_marks``, which imports them.
OPENING = "\u201c\u201e\u201f\u00ab"
CLOSING = "\u201d\u00bb"
STRAIGHT = '"\u2033'
ALL_MARKS = OPENING + CLOSING + STRAIGHT
#: A transcript quoted in marks opens each turn with its speaker's label (`"WALLACE: ...` /
#: `"PENCE: ...`): the paragraphs are turns of different people, not one quotation.
TURN_LABEL = re.compile(rf"\W*{CAPITAL}(?:(?:{CAPITAL}|[.'\u2019 -])*{CAPITAL})?:\s")


def skip_blank(text: str, pos: int) -> int:
    """The first offset from ``pos`` that is no space, tab, no-break space or line break:
    where the next paragraph's text begins, for the rules that look across a line end."""
    while pos < len(text) and text[pos] in "\n \t\u00a0":
        pos += 1
    return pos


def outer_close_follows(
    text: str, marks: Iterable[Match[str]], closers: str, role: Callable[[str, int, int], str]
) -> bool:
    """True when one of ``marks`` (the quotation marks found after a nested quotation,
    up to its line's end) can close the quotation left open before it: a mark in
    ``closers`` that ``role`` does not read as opening, once the opening marks met on the
    way have each been answered."""
    depth = 0
    for mark in marks:
        reading = role(text, mark.start(), mark.end())
        if reading == "open":
            depth += 1
        elif depth:
            depth -= 1
        elif text[mark.start()] in closers:
            return True
    return False


def reopened_below(text: str, opened: int, after: int, line_end: int) -> bool:
    """True when the paragraph a nested quotation closes in (at ``after``) ends with no
    other mark and the next paragraph opens with a mark of the kind (straight or typeset)
    of the quotation left open at ``opened``: the writer carries the quotation on there,
    so the nested one was inside it, not a sign that the open mark was a stray. Turns of
    a transcript (`"PENCE: ...`) are no such quotation."""
    if TURN_LABEL.match(text, opened + 1, opened + 40) or line_end >= len(text):
        return False
    if any(char in ALL_MARKS for char in text[after:line_end]):
        return False
    start = skip_blank(text, line_end)
    if start >= len(text):
        return False
    kind = STRAIGHT if text[opened] in STRAIGHT else OPENING
    return text[start] in kind and not TURN_LABEL.match(text, start + 1, start + 40)
