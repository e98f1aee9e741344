"""Colon introductions (``quote_colons``): the clause before a colon hands the quote over.

Sentences written for these tests; run on the real small model (``nlp``). They pin what
a colon or comma introduction gives when the quote's own sentence has no cue after it:
a document's named author, a labelled name with its bracketed affiliation, a cue before
the colon, and a comma introducing a whole quoted sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_statement_read_from_a_family_is_the_familys(nlp: Language) -> None:
    text = (
        "Outside the court, the lawyer read a statement from the Okafor family: \u201cWe are "
        "grateful to everyone who helped search for our son.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text is not None
    assert "Okafor" in quote.speaker_text


def test_a_labelled_name_with_its_affiliation_speaks(nlp: Language) -> None:
    text = (
        "Statements followed.\n\nGeorge Halden (R-Idaho): \u201cThis bill protects the "
        "families who need help the most.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "George Halden"


def test_a_cue_before_the_colon_gives_its_subject(nlp: Language) -> None:
    text = (
        "Councillor Ruth Abara said: \u201cThe library will stay open on Sundays for as "
        "long as I sit on this council.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text in ("Councillor Ruth Abara", "Ruth Abara")


def test_a_comma_before_a_whole_quoted_sentence_introduces_it(nlp: Language) -> None:
    text = (
        "The singer Nadia Brook reacted on Twitter, \u201cSad news about the old theatre. It "
        "gave me my start.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Nadia Brook"


def test_owner_of_a_response_before_a_colon_speaks(nlp: Language) -> None:
    text = 'Premier Jason Kenney\'s response: "That is a decision for another day."'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Jason Kenney"


def test_response_of_nobody_named_before_a_colon_names_nobody(nlp: Language) -> None:
    text = 'The response: "That is a decision for another day."'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text is None
