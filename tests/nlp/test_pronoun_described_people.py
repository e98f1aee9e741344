"""A pronoun speaker whose person the small model read as an organisation but an
apposition calls a person by trade (issue 15): "Nadia Petrov, a biostatistician at the
University of Washington, said …. "…," she said" — no body is a biostatistician, so the
name can be "she" and the pronoun does not run back to a man named paragraphs before.
Sentences written for these tests; the real small English model reads them (fixture
``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "\u201cThe drug looks promising,\u201d said Marcus Delaney, a cardiologist in "
            "Denver. A second reviewer disagreed. Nadia Petrov, an epidemiologist at Duke "
            "University, said the sample was small. "
            "\u201cThree hundred patients is not enough,\u201d she said.",
            "Nadia Petrov", id="epidemiologist",
        ),
        pytest.param(
            "\u201cWe will appeal,\u201d said Owen Brandt, the company's lawyer. Others were "
            "less sure. Nadia Petrova, a statistician at Brown University who reviewed the "
            "data, said the numbers did not add up. "
            "\u201cThe totals are off by a third,\u201d she said.",
            "Nadia Petrova", id="statistician",
        ),
    ],
)
def test_a_name_read_as_an_organisation_but_described_by_trade_is_she(
    nlp: Language, text: str, expected: str
) -> None:
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].speaker_text == "she"
    assert quotes[-1].speaker == expected
