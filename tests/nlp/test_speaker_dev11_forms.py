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


def test_a_statement_read_between_two_parts_set_off_by_semicolons(nlp: Language) -> None:
    """`"...;" read the statement; "..."`: the document speaks both parts, and the body
    that issued it is the canonical speaker, not the person of the sentence before."""
    text = (
        "The Regional Water Board issued a statement after the dam failed on Sunday. An "
        "engineer told the Daily Courier the dam broke at noon. "
        '"Nobody was hurt. Crews are at the site and will stay there;" read the statement; '
        '"we will rebuild the dam before the winter rains come." Repairs start next week.'
    )
    assert _speakers(nlp, text) == [
        ("the statement", "The Regional Water Board"),
        ("the statement", "The Regional Water Board"),
    ]


def test_a_document_named_by_its_issuers_nationality_is_the_issuers(nlp: Language) -> None:
    text = (
        "The United States issued a statement on Friday about the border clashes. "
        '"The shelling of villages must stop at once, and both armies must pull back," the '
        "American statement said."
    )
    assert _speakers(nlp, text) == [("the American statement", "The United States")]


def test_someone_issuing_a_document_does_not_own_another_document(nlp: Language) -> None:
    text = (
        "The Harbour Authority issued a warning about the storm on Monday. "
        '"Ships must stay in port until the wind drops below gale force," the report said.'
    )
    assert _speakers(nlp, text) == [("the report", None)]

