"""Scare quotes inside reported speech are not stand-alone quotations (issue 15).

A one-word quoted fragment that is a constituent of the clause a cue reports is the
reporter's paraphrase with a highlighted word; a whole utterance, or a fragment the
speaker is said to have said on its own, stays a quotation.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import direct_texts


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('The minister said the new dam would "flood" the valley.', id="cue-before"),
        pytest.param('The new dam would "flood," the minister said.', id="marks-on-the-cue"),
        pytest.param('Ms. Lee said the delay was "intolerable." She left.', id="stop-inside"),
        pytest.param('She told reporters that the talks were "productive" this week.', id="told"),
    ],
)
def test_one_word_inside_a_reported_clause_is_a_scare_quote(nlp: Language, text: str) -> None:
    assert direct_texts(nlp, text) == []


def test_whole_exclamation_inside_a_reported_clause_stays_a_quote(nlp: Language) -> None:
    text = 'The spokesman said the banner on the bridge read "Enough!" that morning.'
    assert direct_texts(nlp, text) == ['"Enough!"']


def test_one_word_said_on_its_own_stays_a_quote(nlp: Language) -> None:
    assert direct_texts(nlp, '"No," the senator said when asked about the deal.') == ['"No,"']


def test_two_word_fragment_of_a_reported_clause_stays_a_quote(nlp: Language) -> None:
    text = 'He said the senator was a "nasty guy" and left the stage.'
    assert direct_texts(nlp, text) == ['"nasty guy"']
