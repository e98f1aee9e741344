"""Speakers, session 18: the organisation against the person who speaks for it.

Sentences written for the test: a title's holder named in apposition speaks, not the
employer compounded onto the title (which the small model may tag a person); a document
"given by" a spokesperson is the spokesperson's, not the company's that the document is
"by"; and the canonical full name of a surname the model tagged alone is read by the
speakers' own ``full_name_before``. Extraction runs on the real small English model
(fixture ``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct
from workbench.nlp.speaker_names import full_name_before

if TYPE_CHECKING:
    from spacy.language import Language


def test_the_title_holder_in_apposition_speaks_not_the_employer(nlp: Language) -> None:
    text = (
        "Orders rose again. Ryanair CEO, Michael O'Leary, justified the purchase by saying, "
        '"The new jets cut our costs."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Michael O'Leary"


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
