"""Forms of Wikinews speakers read in dev11's errors (issue 15, session 21): a bare office
for the one person the text gave it under two spellings (``speaker_roles``). Sentences
written for these tests; run on the real small model (``nlp``)."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.quote_support import analyse, direct


def _speakers(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker_text, q.speaker) for q in direct(analyse(nlp, text))]


def test_a_bare_office_is_its_holder_named_in_full_then_by_surname(nlp: Language) -> None:
    """"President Maria Lopez" and "President Lopez" are one holder, whatever the entity
    layer links: "The president" is Maria Lopez, not nobody."""
    text = (
        "President Maria Lopez met the union leaders on Monday. Talks went on late into the "
        "night, and President Lopez left without a deal. The president called the offer "
        '"an insult to every worker in this country".'
    )
    assert _speakers(nlp, text) == [("The president", "Maria Lopez")]


def test_a_bare_office_two_people_held_stays_unnamed(nlp: Language) -> None:
    text = (
        "President Maria Lopez met President Juan Ortega on Monday. The president called "
        'the offer "an insult to every worker in this country".'
    )
    assert _speakers(nlp, text) == [("The president", None)]

