"""The counts line of exported notes and the index: "2 highlights · 1 note · 3 quotes".

Why a module: the note, the index's document lines and its totals say their
counts one way, and a count of nothing is left out rather than written "0 …".
"""

from __future__ import annotations

from collections.abc import Mapping

from workbench.core.text import plural

COUNT_WORDS = (
    ("highlights", "highlight"),
    ("notes", "note"),
    ("claims", "claim"),
    ("links", "link"),
    ("quotes", "quote"),
    ("entities", "entity"),
)
ANALYST_COUNTS = ("highlights", "notes", "claims", "links")  # the rest the extractor found
NOTHING_YET = "nothing highlighted yet"


def count_line(counts: Mapping[str, int]) -> str:
    """``2 highlights · 1 note · …`` in a fixed order, what is not there left out.

    Why: an index of fresh articles read "0 highlights · 0 notes · 0 claims · 0 links"
    on every line; a document with no work of the analyst's says so once in words.
    """
    shown = [plural(counts[key], word, key) for key, word in COUNT_WORDS if counts.get(key)]
    if not any(counts.get(key) for key in ANALYST_COUNTS):
        shown.insert(0, NOTHING_YET)
    return " · ".join(shown)
