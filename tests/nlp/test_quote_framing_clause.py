"""A quote introduced by a comma after a clause about a person ("X extended an
invitation to the fans, "we ..."") is that person's, though no verb of saying frames it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language

FRAMED = (
    "Nina Patel scored twice on Saturday. After the match closed, club chairman Peter "
    'Hollis extended an invitation to the fans, "we have always loved this town, and '
    'hopefully we can now build a new stadium here".'
)


def test_the_person_of_the_framing_clause_speaks(nlp: Language) -> None:
    quotes = direct(analyse(nlp, FRAMED))
    assert [q.speaker for q in quotes] == ["Peter Hollis"]


def test_a_quote_opening_its_own_sentence_is_not_framed(nlp: Language) -> None:
    text = (
        "Club chairman Peter Hollis extended an invitation to the fans. "
        '"We have always loved this town."'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker for q in quotes] == ["Peter Hollis"]  # the sentence before speaks
