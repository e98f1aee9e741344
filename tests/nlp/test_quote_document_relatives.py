"""A document's relative clause of saying speaks for whoever issued the document
(``quote_document_relatives``), and a quotation set off by dashes on both sides is the
aside of the clause before the first dash (``quote_introductions.dashed_aside``).
Sentences written for these tests; the real small model."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_statement_that_said_is_its_issuers(nlp: Language) -> None:
    text = 'The ministry issued a statement that said, "We are reviewing the decision."'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The ministry"


def test_statement_saying_stays_its_issuers(nlp: Language) -> None:
    text = 'The ministry issued a statement saying, "We are reviewing the decision."'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The ministry"


def test_a_thing_that_said_keeps_no_issuer(nlp: Language) -> None:
    text = 'The crowd read a sign that said, "We are not going anywhere."'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text != "The crowd"


def test_quote_between_dashes_is_the_clause_befores(nlp: Language) -> None:
    text = (
        "Former governor Martin Kerr lamented the mayor's habit of making gaffes - \"does "
        'she have to keep giving them so much ammunition?" - but voters said they were '
        "unfazed."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Martin Kerr"


def test_phrase_between_dashes_after_a_cue_before_stays(nlp: Language) -> None:
    text = 'Smith said the plan - "a total disaster from day one" - had failed.'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Smith"
