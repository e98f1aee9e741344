"""Pull quotes: a quotation the page repeats on its own, with a credit line inside the marks.

Why: feature pages lift a sentence from a quotation the story reports in full and set it
as a paragraph of its own, with the speaker's name on the next line before the closing
mark (`"We are going to enter the next recession without that consensus.` /
`Josh Bivens, Economic Policy Institute."`). It is layout, like a headline: the quotation
already counts where the story reports it, with its cue, so keeping the display copy
counts it twice and glues the credit line into its words. A credited paragraph whose
words appear nowhere else in the text is kept (it may be the only copy).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.nlp.quote_marks import MARK_CHARS, MarkedSpan

#: A credit line names someone, perhaps with a role or a body: a few words, no more.
MAX_CREDIT_WORDS = 12
#: How many of the quotation's first words must be found again elsewhere in the text.
REPEATED_WORDS = 8
_WORD = re.compile(r"\w+")


def without_pull_quotes(text: str, spans: Sequence[MarkedSpan]) -> list[MarkedSpan]:
    """``spans`` without the pull quotes (see the module docstring)."""
    return [span for span in spans if not is_pull_quote(text, span.start, span.end)]


def is_pull_quote(text: str, start: int, end: int) -> bool:
    """True when the quotation ``text[start:end]`` (marks included) opens its line, ends
    on a credit line closed by the mark, and its words before the credit are found again
    elsewhere in the text."""
    if start and text[start - 1] != "\n":
        return False
    inside = text[start:end].strip(MARK_CHARS + " \t\u00a0")
    head, newline, credit = inside.rpartition("\n")
    if not newline or not head.strip() or not _is_credit(credit):
        return False
    return _repeated_elsewhere(text, start, end, _WORD.findall(head))


def _is_credit(line: str) -> bool:
    """A short line opening on a capital with no stop inside it but its last: a name,
    a role or a body (`S.C. Rep. Jim Clyburn.`, `Amy Pope, deputy homeland security
    advisor.`), never a sentence that asks or exclaims."""
    line = line.strip()
    words = _WORD.findall(line)
    return (
        bool(words)
        and len(words) <= MAX_CREDIT_WORDS
        and line[0].isupper()
        and not line.endswith(("?", "!"))
        and not any(mark in line for mark in MARK_CHARS if mark != "'")
    )


def _repeated_elsewhere(text: str, start: int, end: int, words: Sequence[str]) -> bool:
    """True when the first words of the quotation stand in that order, with only spaces
    and punctuation between them, before ``start`` or after ``end``."""
    if len(words) < REPEATED_WORDS:
        return False
    pattern = re.compile(
        r"\b" + r"\W+".join(re.escape(w) for w in words[:REPEATED_WORDS]) + r"\b", re.I
    )
    return bool(pattern.search(text, 0, start) or pattern.search(text, end))
