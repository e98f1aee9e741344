"""The capital and small letters a name rule reads, as regex character classes built once.

Why: news from Canadian and US outlets names "Éric Girard", "Émilie Dubois", "Åsa Romson",
"Łukasz" and "Québec", and a rule that opened a name with ``[A-Z]`` silently skipped every
one of them ("Åsa Romson" stayed only "Romson"). ``\\w`` already takes accented letters after
the first, so the opening capital (and the small letters of a ``[A-Z][a-z]+`` word) is what
needs the wider class. Built from ``unicodedata`` rather than typed out, so no letter of a
block is forgotten; read only the Latin, Greek and Cyrillic blocks, where the names of this
news are written. Acronyms, tickers, state abbreviations, TIMEX codes and Roman numerals
keep their ASCII ``[A-Z]``: those are never accented.

Both classes are plain strings, joined into patterns compiled once at import: a class of a
few hundred characters costs nothing per match (``re`` reads it as one bitmap).
"""

from __future__ import annotations

import unicodedata

_BLOCKS = (
    (0x0000, 0x024F),  # Basic Latin, Latin-1 Supplement, Latin Extended-A and -B
    (0x0370, 0x052F),  # Greek and Coptic, Cyrillic, Cyrillic Supplement
    (0x1E00, 0x1FFF),  # Latin Extended Additional (Vietnamese), Greek Extended
)
_CAPITAL_CATEGORIES = frozenset({"Lu", "Lt"})  # upper case and title case ("ǅ", "ᾈ")
_SMALL_CATEGORIES = frozenset({"Ll"})


def _class(categories: frozenset[str]) -> str:
    """A regex character class of the blocks' letters in ``categories``, in runs (``A-Z``)."""
    runs: list[list[int]] = []
    for first, last in _BLOCKS:
        for point in range(first, last + 1):
            if unicodedata.category(chr(point)) not in categories:
                continue
            if runs and runs[-1][1] == point - 1:
                runs[-1][1] = point
            else:
                runs.append([point, point])
    parts = (chr(a) if a == b else f"{chr(a)}{chr(b)}" if b == a + 1 else f"{chr(a)}-{chr(b)}"
             for a, b in runs)
    return "[" + "".join(parts) + "]"


CAPITAL = _class(_CAPITAL_CATEGORIES)
"""One capital letter that can open a name or a word: ``A-Z`` and "É", "Å", "Ł", "Č", "Ö",
"Ω", "Д" (the regex stand-in for ``[A-Z]`` wherever it means a capitalised word)."""

SMALL = _class(_SMALL_CATEGORIES)
"""One small letter of the same blocks: ``a-z`` and "é", "ß", "ł", "ø" (the stand-in for the
``[a-z]`` side of a ``[A-Z][a-z]+`` word, so "Émilie" is read to its end)."""
