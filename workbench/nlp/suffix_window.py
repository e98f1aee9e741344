"""Look for a token's suffix in its last characters only, so a long run of marks is split in
linear time.

Why: spaCy's tokenizer peels a whitespace-separated chunk one affix at a time and, at each
step, runs the suffix rules (one regular expression whose alternatives all end in ``$``)
over the whole rest of the chunk: ``re.search`` tries every position. A chunk of brackets
(``((((Harbour Bridge))))``, ``]]]])])]``) peels one mark per step, so its time grows with
the square of its length: a run of 500 marks took 0.14 s, and a page of such runs, each a
little different so the tokenizer's cache never helps, took minutes before parsing began
(attack run 14). A suffix is a few characters (a stop, a bracket, "'s", a unit after a
number); searching from ``SUFFIX_WINDOW`` characters before the chunk's end finds every
one of them, and the pattern's look-behinds still see the characters before that point
(``Pattern.search(text, pos)`` is not a slice). Only a suffix longer than the window (a
run of dots past ``SUFFIX_WINDOW``) is now peeled in pieces of the window's length.
"""

from __future__ import annotations

from collections.abc import Callable
from re import Match
from typing import Any

#: How many of a chunk's last characters the suffix rules read (a chunk this long or
#: shorter is read whole, as before).
SUFFIX_WINDOW = 20


class TailSearch:
    """A tokenizer's ``suffix_search`` that reads only a chunk's last ``SUFFIX_WINDOW``
    characters; ``__self__`` is the compiled pattern, which spaCy reads when it saves a
    tokenizer."""

    def __init__(self, search: Callable[..., Match[str] | None]) -> None:
        self._search = search
        self.__self__: Any = search.__self__  # type: ignore[attr-defined]

    def __call__(self, string: str) -> Match[str] | None:
        return self._search(string, max(0, len(string) - SUFFIX_WINDOW))
