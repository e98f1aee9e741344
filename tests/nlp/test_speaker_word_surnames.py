"""Surnames spelled like function words ("Will", "From", "Early") before a verb of saying.

Sentences written for these tests. The small model reads such a surname as the modal,
the preposition or the adverb, so the quote lost its speaker or went to another name in
the sentence; the document's full name for the person is what tells the two readings
apart. Runs on the real small model (``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_modal_spelled_surname_after_the_quote_is_the_columnist(nlp: Language) -> None:
    text = (
        "Columnist George Will wrote a sharp op-ed this week. "
        "\u201cThe party should look elsewhere,\u201d Will wrote."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Will"
    assert quote.speaker == "George Will"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Columnist George Will wrote a sharp op-ed this week. Later, Will described the "
            "senator as a \u201ccaricature of the worst possibilities of our politics.\u201d",
            ["Will"],
            id="a_modal_spelled_surname_beats_the_object_of_the_cue",
        ),
        pytest.param(
            "Al From founded the council in 1985. "
            "\u201cPeople point the finger at Wall Street,\u201d From said. "
            "\u201cIt is a different world.\u201d",
            ["From", "From"],
            id="a_preposition_spelled_surname_speaks_both_quotes",
        ),
        pytest.param(
            "Historian Jane Early studied the letters. \u201cThey were never sent,\u201d "
            "Early said.",
            ["Early"],
            id="an_adverb_spelled_surname_is_the_historian",
        ),
        pytest.param(
            "The board meets on Monday. \u201cWe will decide then,\u201d the chairman said. "
            "Officials said nothing more. Will they say more? \u201cNot yet,\u201d Kate Moss "
            "said.",
            ["the chairman", "Kate Moss"],
            id="the_modal_itself_is_no_speaker_without_the_full_name",
        ),
        pytest.param(
            "Columnist George Will wrote a sharp op-ed this week. Citing the flood as a "
            "warning to Tom Hale and his \u201cdreams of a quiet life by the river,\u201d "
            "Will urged the town to move its school.",
            ["Will"],
            id="an_opening_participle_belongs_to_the_misread_surname",
        ),
    ],
)
def test_the_quotes_speakers_as_written(nlp: Language, text: str, expected: list[str]) -> None:
    """Each case is one spelling of the surname and one sentence around it; the id names
    it."""
    assert [q.speaker_text for q in direct(analyse(nlp, text))] == expected
