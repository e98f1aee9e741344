"""A quote standing alone credited by a next sentence that names the quote itself ("That
quote from X appeared ...", "X made the remarks ...", "X's remarks came ...",
``quote_credit_after``), and a person named past a titled body in any crediting frame.
Sentences written for these tests; the real small model (``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import speaker_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'The hall fell silent.\n\n"We will not leave this valley." That line from Mayor '
            "Jane Roe drew a standing ovation.",
            [("Jane Roe", "Jane Roe")],
            id="that_line_from_x_credits_the_quote_before_it",
        ),
        pytest.param(
            "The agency has a poor name.\n\n\"I'd rather have a sister in a whorehouse than a "
            'brother in the FBI." That quote from Alabama Securities Commissioner Thomas Krebs '
            "appeared on the front page of The Wall Street Journal in 1980.",
            [("Thomas Krebs", "Thomas Krebs")],
            id="the_person_past_a_titled_body_is_credited_not_the_body",
        ),
        pytest.param(
            'The hall fell silent.\n\n"We will not leave this valley." That line from the '
            "song was on every banner.",
            [(None, None)],
            id="a_line_from_a_thing_credits_nobody",
        ),
        pytest.param(
            'The trial ended on Friday.\n\n"Guilty on all counts."\n\nThat was the verdict of '
            "the jury in John Hartley's fraud trial, which lasted six weeks.",
            [(None, None)],
            id="a_person_after_lower_case_words_is_no_titled_speaker",  # review of stop 53
        ),
        pytest.param(
            'The crowd cheered.\n\n"We are going to win Ohio."\n\nTrump made the prediction at '
            "a rally in Columbus on Monday.",
            [("Trump", "Trump")],
            id="a_name_making_the_prediction_next_credits_the_quote",
        ),
        pytest.param(
            'The crowd cheered.\n\n"We are going to win Ohio."\n\nTrump made the trip to '
            "Columbus on Monday.",
            [(None, None)],
            id="a_name_making_something_else_credits_nobody",
        ),
        pytest.param(
            'The crowd cheered.\n\n"We are going to win Ohio."\n\nTrump\'s remarks came '
            "during a rally in Columbus on Monday.",
            [("Trump", "Trump")],
            id="a_names_remarks_opening_the_next_sentence_credit_the_quote",
        ),
        pytest.param(
            'The crowd cheered.\n\n"We are going to win Ohio."\n\nTrump\'s rally drew a '
            "large crowd.",
            [(None, None)],
            id="a_names_rally_credits_nobody",
        ),
    ],
)
def test_a_frame_naming_the_quote_credits_its_speaker(
    nlp: Language, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    """Each case is one sentence form; the id names what it checks."""
    assert speaker_pairs(nlp, text) == expected
