"""Scans that skip work they cannot use still answer span for span.

Each speed-up reads less (a gap only before a capital, a line's words only when the
line is short enough to be a crosshead, a bracket's tail only when there is a
bracket); the answers are pinned here as text, not against a copy of the rule.
"""

from __future__ import annotations

import re

from workbench.nlp.gazetteer import capitalised_runs
from workbench.nlp.names import _after_close_bracket
from workbench.nlp.quote_page import MAX_HEADLINE_CHARS, is_crosshead

TEXT = (
    "Officials in New York City said on Monday. The Port Authority of New York and "
    "New Jersey, the U.S. Coast Guard - and ((es))Spanish [Reuters] (AP) Ann Lee."
)


def test_capital_runs_join_only_across_plain_gaps() -> None:
    runs = [TEXT[start:end] for start, end in capitalised_runs(TEXT)]
    assert runs == [
        "Officials", "New York City", "Monday. The Port Authority", "New York",
        "New Jersey", "U.S. Coast Guard", "Spanish", "Reuters", "AP", "Ann Lee.",
    ]


def test_a_name_starts_after_a_closing_bracket_it_never_opened() -> None:
    def kept(piece: str) -> str:
        return piece[_after_close_bracket(piece, 0, len(piece)) :]

    assert kept("es))Spanish") == "Spanish"
    assert kept("x] Lee") == " Lee"
    for whole in ("(AP) Ann", "[Reuters] (AP)", "Smith (AP)", "Ann Lee"):
        assert kept(whole) == whole


def test_a_long_line_in_capitals_is_no_crosshead() -> None:
    long_line = " ".join(["TALKS", "RESUME", "IN", "GENEVA"] * (MAX_HEADLINE_CHARS // 20))
    assert not is_crosshead(long_line)
    assert is_crosshead(long_line[: MAX_HEADLINE_CHARS - 10].rsplit(" ", 1)[0])
    assert re.search(r"[a-z]", long_line) is None  # only its length rules it out
