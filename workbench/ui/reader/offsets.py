"""The one conversion between store offsets (code points) and Qt positions (UTF-16 units).

Why one module: the store counts Python code points, while ``QTextDocument``
counts UTF-16 code units, so every character outside the Basic Multilingual
Plane (emoji, some CJK, mathematical letters) shifts every later position by
one. Converting anywhere else would let the reader and the store drift apart.
This module is pure Python (no Qt) so it is tested on its own.

Newlines map 1:1: the reader inserts text so that each ``"\\n"`` becomes one
block separator, which occupies one position, exactly like the newline did.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Index:
    """Precomputed code point ↔ UTF-16 mapping for one text; O(log a) per lookup.

    ``a`` is the number of astral characters (usually zero, so lookups are
    O(1) in practice): only their code point positions are stored.
    """

    def __init__(self, text: str) -> None:
        self.text_length = len(text)
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        # UTF-16 position of each astral character's high surrogate.
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]
        self.utf16_length = self.text_length + len(self._astral)

    def to_utf16(self, index: int) -> int:
        """UTF-16 position of code point ``index`` (``len(text)`` maps to the end)."""
        if not 0 <= index <= self.text_length:
            raise IndexError(f"code point {index} outside 0..{self.text_length}")
        return index + bisect_left(self._astral, index)

    def to_code_point(self, position: int) -> int:
        """Code point index of UTF-16 ``position``; the low half of a pair maps to its character."""
        if not 0 <= position <= self.utf16_length:
            raise IndexError(f"UTF-16 position {position} outside 0..{self.utf16_length}")
        pairs_before = bisect_right(self._astral_utf16, position - 1)
        if pairs_before and self._astral_utf16[pairs_before - 1] == position - 1:
            return self._astral[pairs_before - 1]
        return position - pairs_before


def utf16_length(text: str) -> int:
    """Number of UTF-16 code units in ``text`` (what Qt calls its length)."""
    return len(text) + len(_ASTRAL.findall(text))
