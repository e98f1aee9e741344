"""A relative speaking unnamed is the person the next quotation names (issue 15).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import speaker_pairs

_OPENING = (
    "Raj Chohan was hit by a car in Richmond Hill. The victim's nephew said she was "
    'walking when the car "came out of nowhere" and hit her. '
)


def test_the_relative_is_the_person_the_next_quotation_names(nlp: Language) -> None:
    text = _OPENING + '"Her head hit the windshield," said Manpreet Singh.'
    pairs = speaker_pairs(nlp, text)
    assert pairs[0] == ("The victim's nephew", "Manpreet Singh")


@pytest.mark.parametrize(
    "after",
    [
        pytest.param('"It is a dangerous corner," said neighbour Tom Hill.', id="a-described-name"),
        pytest.param(
            'Police arrested Tom Hill. "It is a dangerous corner," said Tom Hill.',
            id="a-name-written-before",
        ),
    ],
)
def test_a_name_that_is_someone_else_leaves_the_relative_unnamed(
    nlp: Language, after: str
) -> None:
    pairs = speaker_pairs(nlp, _OPENING + after)
    assert pairs[0] == ("The victim's nephew", None)
