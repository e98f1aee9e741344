"""A quotation whose closing mark was lost before ", Name, title, says." (issue 15).

Web copy loses marks; the pairing then runs the quotation on over the frame that credits
it, and the quotation went to the speaker before. Sentences written for these tests.
"""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.quote_support import analyse, direct

_BEFORE = '"The patch matters," Paul Henry explains. "Apply it as soon as possible." '


def test_the_name_in_a_swallowed_frame_speaks(nlp: Language) -> None:
    text = (
        _BEFORE + '"It is important to stress that every version is affected, Tyler Reguly, '
        'technical manager of security research for Tripwire, says. "Since attacks are '
        'occurring now, a patch is needed."'
    )
    quotes = direct(analyse(nlp, text))
    swallowed = next(q for q in quotes if q.text.startswith('"It is important'))
    assert swallowed.text.endswith("affected,")
    assert swallowed.speaker_text == "Tyler Reguly"
    assert quotes[-1].speaker == "Tyler Reguly"


def test_a_closed_quotation_keeps_its_words(nlp: Language) -> None:
    """With its closing mark in place, a name and "says" inside are the quotation's own."""
    text = _BEFORE + '"It is important, and as my colleague, Tyler Reguly, says."'
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].text.endswith('says."')
