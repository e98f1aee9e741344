"""A list of quoted words is one quotation even when only its first entry has a cue of its
own (`calls him a "fraud" and a "bully."`). Sentences written for the test."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct, direct_texts

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_later_entry_of_a_quoted_list_joins_the_first(nlp: Language) -> None:
    """The parser gives "calls" the first entry only; the second, alone, had no cue."""
    text = (
        "And last spring, while attending the protests in Denver, Tom Baker calls a "
        'shouting Jones a "traitor" and a "Leninist."'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.text for q in quotes] == ['"traitor" and a "Leninist."']
    assert quotes[0].speaker_text == "Tom Baker"


def test_scare_quotes_with_words_between_them_stay_out(nlp: Language) -> None:
    """Two unattributed words with a clause between them are no list: both are dropped."""
    text = 'The "experts" met on Friday, and the "plan" they drew up was sent to the council.'
    assert direct_texts(nlp, text) == []
