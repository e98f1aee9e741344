"""Forms of Wikinews speakers read in dev11's errors (issue 15, session 21): a bare office
for the one person the text gave it under two spellings (``speaker_roles``), a statement
read between two quoted parts and the body that issued a document
(``speaker_documents``, ``speaker_document_owners``), an office "of" a place glued to the
name (``speaker_phrase_names``), a participle before its noun that is no verb of saying
(``cues``), a body cited by its head noun and a group's document (``speaker_descriptions``).
Sentences written for these tests; run on the real small model (``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import speaker_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "President Maria Lopez" and "President Lopez" are one holder, whatever the entity
        # layer links: "The president" is Maria Lopez, not nobody.
        pytest.param(
            "President Maria Lopez met the union leaders on Monday. Talks went on late into "
            "the night, and President Lopez left without a deal. The president called the "
            'offer "an insult to every worker in this country".',
            [("The president", "Maria Lopez")],
            id="a_bare_office_is_its_holder_named_in_full_then_by_surname",
        ),
        pytest.param(
            "President Maria Lopez met President Juan Ortega on Monday. The president called "
            'the offer "an insult to every worker in this country".',
            [("The president", None)],
            id="a_bare_office_two_people_held_stays_unnamed",
        ),
        # `"...;" read the statement; "..."`: the document speaks both parts, and the body
        # that issued it is the canonical speaker, not the person of the sentence before.
        pytest.param(
            "The Regional Water Board issued a statement after the dam failed on Sunday. An "
            "engineer told the Daily Courier the dam broke at noon. "
            '"Nobody was hurt. Crews are at the site and will stay there;" read the '
            'statement; "we will rebuild the dam before the winter rains come." Repairs '
            "start next week.",
            [
                ("the statement", "The Regional Water Board"),
                ("the statement", "The Regional Water Board"),
            ],
            id="a_statement_read_between_two_parts_set_off_by_semicolons",
        ),
        pytest.param(
            "The United States issued a statement on Friday about the border clashes. "
            '"The shelling of villages must stop at once, and both armies must pull back," '
            "the American statement said.",
            [("the American statement", "The United States")],
            id="a_document_named_by_its_issuers_nationality_is_the_issuers",
        ),
        pytest.param(
            "The Harbour Authority issued a warning about the storm on Monday. "
            '"Ships must stay in port until the wind drops below gale force," the report '
            "said.",
            [("the report", None)],
            id="someone_issuing_a_document_does_not_own_another_document",
        ),
        # "agreed facts" describes the facts: the "according to" names the source.
        pytest.param(
            "The gang used a van and two ladders. Two of the thefts were, according to "
            'agreed facts read in court, "planned weeks ahead". The hearing ended.',
            [("agreed facts", None)],
            id="a_participle_before_its_noun_is_no_verb_of_saying",
        ),
        pytest.param(
            "The mayor of Lakeside died on Monday. The government of Malawi on Tuesday "
            "announced his death. The government statement, which was posted online, said "
            'the country "has lost a tireless servant of the people."',
            [("The government statement", "government of Malawi")],
            id="a_groups_document_is_the_group_named_with_its_owner",
        ),
    ],
)
def test_quote_speakers_and_canonicalspeaker_pairs(
    nlp: Language, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    """Each case is one sentence form; the id names what it checks."""
    assert speaker_pairs(nlp, text) == expected


def test_an_office_of_a_place_before_a_name_credits_the_name(nlp: Language) -> None:
    """The model tags "Georgia Salome Zurabishvili" as one entity; the title's place is
    cut off and the person speaks, not "President"."""
    text = (
        "The ferry sank on Monday. President of Georgia Salome Zurabishvili said, "
        '"We will send divers and a hospital ship to the coast tonight."'
    )
    assert [speaker for speaker, _ in speaker_pairs(nlp, text)] == ["Salome Zurabishvili"]


def test_a_body_cited_by_the_noun_before_its_of_is_the_body(nlp: Language) -> None:
    """ "the commission" for "Commission on Presidential Debates", and a capitalised "The
    Department" the model tags as an organisation of its own."""
    text = (
        "The National Commission on Coastal Safety announced on Friday that the beach will "
        'close. In an official statement, the commission said, "The cliffs above the beach '
        'are no longer stable enough for visitors."'
    )
    assert speaker_pairs(nlp, text) == [
        ("the commission", "The National Commission on Coastal Safety"),
    ]
    text = (
        "The Nevada Department of Corrections did not name the inmate. "
        "The Department put out a statement on Saturday: "
        '"He was taken to a hospital in Bend and is in a stable condition tonight."'
    )
    assert [speaker for _, speaker in speaker_pairs(nlp, text)] == [
        "The Nevada Department of Corrections",
    ]


def test_an_inverted_verb_read_as_a_names_modifier_still_speaks(nlp: Language) -> None:
    text = (
        '"We are proud of every nurse who worked through the night" tweeted Mayor of Leeds '
        "Anna Price. More help is on the way."
    )
    (speaker, _), = speaker_pairs(nlp, text)
    assert speaker is not None and speaker.endswith("Anna Price")


def test_a_person_set_off_after_a_title_speaks_not_the_employer(nlp: Language) -> None:
    """The model tags "Dyson" before "CEO" as a person; the name in commas speaks."""
    text = (
        "Shares rose by as much as 3%. Dyson CEO, Roland Krueger, defended his choice of "
        'supplier by saying, "The new engines burn far less fuel than the old ones."'
    )
    assert [speaker for speaker, _ in speaker_pairs(nlp, text)] == ["Roland Krueger"]
