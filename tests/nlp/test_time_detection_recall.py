"""Issue 19, session 7 second round: past and future references the model never tags.

TimeML (and MEANTIME after it) marks 'earlier' standing alone (PAST_REF) and 'a later
date' (FUTURE_REF). The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from workbench.core.time_normalise import normalise_time
from workbench.nlp.pipeline import analyze_document
from workbench.nlp.time_unmarked import unmarked_time_words

ANCHOR = dt.date(2024, 4, 10)


def _found(text: str) -> list[str]:
    return [m.text for m in unmarked_time_words(text, ANCHOR)]


def test_earlier_standing_alone_is_a_past_reference() -> None:
    text = ("The minister said earlier that the plan would fail. Earlier, on a visit, she "
            "had praised it. The bridge shut earlier in the day.")
    assert _found(text) == ["earlier", "Earlier", "earlier"]


def test_earlier_before_a_noun_or_in_a_comparison_is_not_a_date() -> None:
    text = "The jet is lighter than earlier models and it landed earlier than planned."
    assert _found(text) == []


def test_earlier_after_a_count_belongs_to_the_count() -> None:
    """'three weeks earlier' is one expression (the model's); 'earlier' alone is not taken."""
    assert _found("The dam had cracked three weeks earlier.") == []


def test_previously_and_formerly_are_left_out() -> None:
    """They only order two events (TimeML's sequencing words); our Wikinews dev2 annotation
    leaves 'previously' unmarked, so they are not detected."""
    assert _found("Ms Ode, formerly a judge, had previously led the inquiry.") == []


def test_a_later_date_is_a_future_reference_without_its_preposition() -> None:
    text = "The club will vote at a later date; callers must ring back at a later time."
    assert _found(text) == ["a later date", "a later time"]
    assert normalise_time("a later stage", ANCHOR, None).value == "FUTURE_REF"


def test_the_references_reach_the_analysis(nlp) -> None:
    text = "The mayor said earlier that the vote would be held at a later date."
    values = {m.text: m.value for m in analyze_document("", text, nlp,
                                                         published="2024-04-10").mentions
              if m.label in ("DATE", "TIME") and m.field == "text"}
    assert values == {"earlier": "PAST_REF", "a later date": "FUTURE_REF"}
