"""Scans that skip work they cannot use answer as the plain scans they replace.

Each speed-up reads less (a gap only before a capital, a line's words only when the
line is short enough to be a crosshead, a bracket's tail only when there is a
bracket); the plain versions below are the rules as first written, and the answers
must stay the same, span for span.
"""

from __future__ import annotations

import re

from workbench.nlp.gazetteer import _RUN_BREAK, _WORD, capitalised_runs
from workbench.nlp.names import _after_close_bracket
from workbench.nlp.quote_page import MAX_HEADLINE_CHARS, is_crosshead

TEXTS = [
    "Officials in New York City said on Monday. The Port Authority of New York and "
    "New Jersey, the U.S. Coast Guard - and ((es))Spanish [Reuters] (AP) Ann Lee.",
    "\u201cA DEAL WORTH WAITING FOR\u201d\n\nWHAT\u2019S NEXT FOR THE TALKS\nlower case, "
    "Then Capital Words (Run) Here] and [there",
]


def _plain_runs(text: str) -> list[tuple[int, int]]:
    runs, current = [], None
    for word in _WORD.finditer(text):
        start, end = word.span()
        capital = word.group()[0].isupper()
        joined = current is not None and _RUN_BREAK.match(text[current[1] : start]) is not None
        if capital and joined and current is not None:
            current = (current[0], end)
        elif capital:
            if current:
                runs.append(current)
            current = (start, end)
        elif current:
            runs.append(current)
            current = None
    return [*runs, current] if current else runs


def _plain_after_close_bracket(text: str, start: int, end: int) -> int:
    piece, cut = text[start:end], 0
    for opening, closing in (("(", ")"), ("[", "]")):
        position = piece.rfind(closing)
        named_after = any(char.isalnum() for char in piece[position + 1 :])
        if position >= 0 and named_after and opening not in piece[:position]:
            cut = max(cut, position + 1)
    return start + cut


def test_capital_runs_equal_the_plain_scan() -> None:
    for text in TEXTS:
        assert capitalised_runs(text) == _plain_runs(text)
    assert (TEXTS[0].find("New York City"), TEXTS[0].find(" said")) in capitalised_runs(TEXTS[0])


def test_cut_after_a_closing_bracket_equals_the_plain_scan() -> None:
    for text in TEXTS:
        for start in range(len(text)):
            for end in range(start + 1, min(len(text), start + 25) + 1):
                assert _after_close_bracket(text, start, end) == (
                    _plain_after_close_bracket(text, start, end))


def test_a_long_line_in_capitals_is_no_crosshead() -> None:
    long_line = " ".join(["TALKS", "RESUME", "IN", "GENEVA"] * (MAX_HEADLINE_CHARS // 20))
    assert not is_crosshead(long_line)
    assert is_crosshead(long_line[: MAX_HEADLINE_CHARS - 10].rsplit(" ", 1)[0])
    assert re.search(r"[a-z]", long_line) is None  # only its length rules it out
