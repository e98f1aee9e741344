"""The writer's "and I quote" aside (``quote_asides``): the words are the reported
person's, not the writer's "I". Extraction runs on the real small English model."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_and_i_quote_after_said_keeps_the_one_who_said_it(nlp: Language) -> None:
    text = (
        'No wonder Trump said, and I quote, "We love the poorly educated." He is '
        "treating his supporters badly."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Trump"


def test_and_i_quote_after_told_keeps_the_teller(nlp: Language) -> None:
    text = (
        "The council met on Tuesday. The senator told the crowd, and I quote, "
        "\u201cWe will never surrender our water rights.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The senator"


def test_writer_quoting_with_no_verb_before_stays_the_writer(nlp: Language) -> None:
    text = 'As I quote in my book, "the sea is patient and the shore is not."'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "I"
