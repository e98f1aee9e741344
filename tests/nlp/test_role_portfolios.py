"""A role with a portfolio is held only by a person titled with it (issue 15): "the local
health minister" is not the "Civil Aviation Minister" named before; "the foreign minister"
still is "Foreign Minister Ann Linde", and "the two-term senator" still the senator."""

from __future__ import annotations

import pytest

from workbench.nlp.pipeline import analyze_document


def _direct_speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze_document("", text).quotes if q.kind == "direct"]


def test_another_portfolio_is_someone_else() -> None:
    text = (
        "Civil Aviation Minister Hardeep Singh Puri said 18 people died.\n\n"
        'Among the dead is the pilot. The local health minister said, "The injured have '
        'been taken to hospitals."'
    )
    assert _direct_speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Foreign Minister Ann Linde met her counterparts on Monday. Later, the foreign "
            'minister said, "We agreed on the next steps."',
            "Ann Linde",
        ),
        (
            "Florida Senator Marco Diaz spoke at the rally. The two-term senator said, "
            '"We will win this state."',
            "Marco Diaz",
        ),
    ],
)
def test_same_portfolio_or_a_personal_qualifier_keeps_the_holder(text: str, speaker: str) -> None:
    assert _direct_speakers(text) == [speaker]
