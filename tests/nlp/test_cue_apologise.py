""""Apologise" is a verb of saying: what a person apologised for in quotation marks are
their words (issue 15, dev6: `she has apologised if the fire was connected to "undeserved
negative attention"` lost the quotation as a scare quote with no cue)."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.quote_support import direct
from workbench.nlp.quotes import find_quotes


def test_a_fragment_someone_apologised_for_is_their_quotation(nlp: Language) -> None:
    text = (
        "Governor Sarah Palin has apologised if the fire was connected to "
        '"undeserved negative attention" from her failed campaign.'
    )
    quotes = direct(find_quotes(nlp(text)))
    assert [q.text for q in quotes] == ['"undeserved negative attention"']
    assert quotes[0].cue is not None and quotes[0].cue.startswith("apologi")
