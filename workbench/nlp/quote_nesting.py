"""Whether a curly quotation opened inside an open one is nested in it, or the open mark
was a stray.

Why: a typeset opening mark left over from a lost headline or dateline (`5:03pm “ The
“ Mean Girls ” star fooled ...`) looks like a quotation with a title nested in it, when a
closing mark follows later on the line. But typeset marks say which way they face: a
closing mark that answers an opening mark between it and the nested quotation's end
belongs to that quotation, so it cannot close the outer one. Only a closing mark left
over once every later opening mark has been answered closes the outer quotation; with
none, the first mark opened nothing (``quote_marks`` then drops or cuts it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from re import Match


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
