"""A digest item's quotation is the writer credited after the dash (issue 15).

`SUMMARY - Name: "passage"`: the summary's subject says nothing; the name between the
dash and the colon is the writer quoted.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import analyse, direct


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Forecasters agree - Maria Ortega: \u201cThe storm season will be long and the "
            "coast is not ready for it.\u201d",
            "Maria Ortega",
            id="summary-with-a-verb",
        ),
        pytest.param(
            "Early ballots are hard to read - Harbour Research: \u201cEvery sample we took "
            "leaned toward the older voters.\u201d",
            "Harbour Research",
            id="no-reach-over-the-dash",
        ),
        pytest.param(
            "Turnout rose all along -More from Okafor and Lind: \u201cOur count showed the "
            "shift a week before the vote.\u201d",
            "Okafor",
            id="glued-dash-and-lead-in",
        ),
    ],
)
def test_the_name_after_the_dash_is_the_speaker(nlp: Language, text: str, speaker: str) -> None:
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == speaker


def test_a_hyphenated_name_before_a_colon_is_no_credit(nlp: Language) -> None:
    text = "The Clinton-Kaine campaign said: \u201cWe will win the state in November.\u201d"
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The Clinton-Kaine campaign"



@pytest.mark.parametrize(
    "label",
    ["Rep. Trey Gowdy (R-S.C.):", "Rep. Trey Gowdy (R-S.C.): ", "Sen. Trey Gowdy (R-Texas):"],
)
def test_a_party_and_state_before_the_colon_leave_the_labelled_name(label: str) -> None:
    """The hyphen of `(R-S.C.)` is no digest's dash, and the bracketed note is no name."""
    from workbench.nlp.pipeline import analyze_document

    text = f'The hearing opened on Monday.\n\n{label}"I have not heard anyone cite that figure."'
    (quote,) = analyze_document("", text).quotes
    assert quote.speaker_text == "Trey Gowdy"
