"""A crediting frame joined to its quote by a dash, in the quote's own sentence:
`"…" — that was the promise from Mayor X` (issue 15, ``quote_credit_after``).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import speaker_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "\u201cWe will open the bridge again by spring\u201d \u2014 that was the promise "
            "from Mayor Ines Colburn as she walked the flooded road on Monday.",
            [("Mayor Ines Colburn", "Ines Colburn")],
            id="a_dash_and_a_lower_case_frame_credit_the_quote",
        ),
        pytest.param(
            '"Prices will keep rising through the winter" -- that is the warning of '
            "economist Dana Ruiz, who studies energy markets.",
            [("Dana Ruiz", "Dana Ruiz")],
            id="two_hyphens_are_a_dash_too",
        ),
        pytest.param(
            "\u201cWe saw the smoke from the school\u201d \u2014 that was the view from the "
            "hill above the town.",
            [(None, None)],
            id="a_frame_naming_a_place_after_a_dash_credits_nothing",
        ),
    ],
)
def test_a_frame_after_a_dash_credits_the_quote(
    nlp: Language, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert speaker_pairs(nlp, text) == expected
