"""Counts in words: "1 document", "1,204 documents" — never "1 documents".

Why its own helper: the status bar, the Entities view and the reader's header
each wrote ``f"{n:,} documents"``, so a library of one document said
"1 documents". ``core.text.plural`` has the rule; this adds the thousands
separator the app's counts show.
"""

from __future__ import annotations


def counted(count: int, word: str, many: str | None = None) -> str:
    """``1 word``, ``2,048 words`` (``many`` for irregular plurals: "entity", "entities")."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"
