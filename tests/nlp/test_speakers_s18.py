"""Speakers, session 18: the organisation against the person who speaks for it, and more.

Sentences written for the test: a document "given by" a spokesperson is the spokesperson's,
not the company's that the document is "by"; the canonical full name of a surname the
model tagged alone is read by the speakers' own ``full_name_before``; a participle
fragment ("Saying, ...") opening a sentence after a full stop goes on with that sentence,
whose subject speaks; a document whose "read" the parser hung on its "of" phrase ("The
summary of the decision read in part:") speaks, while "a message reading" stays its
poster's; a quote inside an announced document ("announced an order by Admiral X
directing units to ...") is its author's. Extraction runs on the real small English
model (fixture ``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct
from workbench.nlp.speaker_full_names import full_name_before

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_statement_given_by_a_spokesman_is_his(nlp: Language) -> None:
    text = (
        "Airbus may still appeal. A statement by Airbus given by Airbus spokesman Rainer "
        'Ohler said "We are very disappointed with the outcome."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Rainer Ohler"


def test_a_full_name_opening_a_sentence_counts_only_for_openers() -> None:
    text = "Talks ended on Tuesday. Tzipi Larkin, the minister, left."
    assert full_name_before(text, "Larkin", frozenset()) is None
    assert full_name_before(text, "Larkin", frozenset(), openers=True) == "Tzipi Larkin"


def test_a_sentence_adverb_or_a_title_is_no_given_name() -> None:
    assert full_name_before("Talks ended. Later Larkin left.", "Larkin", frozenset(),
                            openers=True) is None
    text = "We met Ms Larkin there. Then the minister, Tzipi Larkin, left."
    assert full_name_before(text, "Larkin", frozenset(), openers=True) == "Tzipi Larkin"


def test_a_participle_fragment_goes_on_with_the_sentence_before(nlp: Language) -> None:
    text = (
        "I worked in a garden for two days. They fired me from there too. Saying, "
        '"No, we do not need a gardener. This is not important right now."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "They"


def test_a_participle_opening_its_own_sentence_stays_apart(nlp: Language) -> None:
    text = 'The talks ended late. Saying goodbye was hard, and "we will be back," she said.'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "she"


def test_a_document_whose_read_the_parser_hung_on_its_of_phrase_speaks(nlp: Language) -> None:
    text = (
        "The court ruled on Monday.\n\nThe summary of the decision read in part: "
        '"This Court has already concluded that the advice was unlawful."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The summary of the decision"


def test_a_message_reading_a_quote_is_its_posters(nlp: Language) -> None:
    text = (
        "The polls closed at seven. Trump posted a message on Twitter reading "
        '"Thank you Georgia" moments after polls closed.'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Trump"


def test_an_announced_order_speaks_for_its_author(nlp: Language) -> None:
    text = (
        "The Coast Guard said its staff were safe. The Coast Guard has announced an order by "
        "Coast Guard Commandant Admiral Elson Hermogino directing Coast Guard units nearby to "
        '"join personnel from the army in the investigation."'
    )
    quote = direct(analyse(nlp, text))[-1]
    assert quote.speaker_text == "Elson Hermogino"


def test_an_announcer_without_an_authored_document_still_speaks(nlp: Language) -> None:
    text = 'The ministry announced new rules on Monday, calling them "long overdue."'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The ministry"


def test_a_noun_after_a_semicolon_is_the_subject_of_the_verb_hung_on_it(nlp: Language) -> None:
    text = (
        "The plan prompted the council to hold a vote in March on whether to drop Hale; "
        'one councillor called Hale "the grey emperor of municipal self-promotion." '
        "But the vote failed."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "one councillor"
