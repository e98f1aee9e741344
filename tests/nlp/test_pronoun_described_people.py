"""Who a pronoun speaker may be and who it is not (issue 15). A person the small model
read as an organisation but an apposition calls a person by trade ("Nadia Petrov, a
biostatistician at the University of Washington, said …. "…," she said"): no body is a
biostatistician, so the name can be "she" and the pronoun does not run back to a man
named paragraphs before. And "Asked whether X would …, she said": X is asked about, and
does not answer.
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Press secretary Joan Whitaker defended Interior Secretary Paul Brenner on "
            "Monday. \u201cHe is not going anywhere,\u201d Whitaker said. Asked whether "
            "Brenner would repay the travel costs, she said the department was \u201cstill "
            "reviewing every receipt line by line.\u201d",
            "Joan Whitaker", id="whether",
        ),
        pytest.param(
            "Coach Dana Morrow praised her captain, Luis Ferro, after the loss. Asked "
            "whether Ferro would play on Sunday, she said the team would \u201cknow more "
            "after the scans come back tomorrow.\u201d",
            "Dana Morrow", id="whether-after-object",
        ),
    ],
)
def test_the_one_asked_about_is_not_the_one_who_answers(
    nlp: Language, text: str, expected: str
) -> None:
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].speaker_text == "she"
    assert quotes[-1].speaker == expected
