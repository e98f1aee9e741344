"""A pronoun crediting a reply ("…," she replied) is the person the sentence before
asked, not the asker (issue 15). Sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_the_one_asked_replies(nlp: Language) -> None:
    text = (
        "Councillor Dana Pryor said the vote would be close. At the meeting, Pryor asked "
        "Maria Ostrowski whether the library would close on Sundays. "
        '"We have not decided anything yet," she replied.'
    )
    quotes = direct(analyse(nlp, text, {"Pryor": "Dana Pryor"}))
    assert [q.speaker for q in quotes] == ["Maria Ostrowski"]


def test_a_pronoun_that_only_says_is_left_to_the_passage(nlp: Language) -> None:
    text = (
        "Councillor Dana Pryor said the vote would be close. At the meeting, Pryor asked "
        "Maria Ostrowski whether the library would close on Sundays. "
        '"We need an answer before June," she said.'
    )
    quotes = direct(analyse(nlp, text, {"Pryor": "Dana Pryor"}))
    assert [q.speaker for q in quotes] != ["Maria Ostrowski"]
