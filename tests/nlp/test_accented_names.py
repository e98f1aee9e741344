"""Names opening with an accented capital are read like any other (issue 15, session 52).

Canadian and US news names "Éric Girard", "Émilie Dubois", "Åsa Romson" and "Łukasz Żak";
the name rules opened a name with ``[A-Z]`` and skipped every one of them. Each sentence is
written for these tests and each test fails with ``[A-Z]`` in the rule it names.
"""

from __future__ import annotations

from tests.nlp.entity_support import tag
from workbench.nlp.entity_appositions import affiliation_after, in_titled_list
from workbench.nlp.entity_ranks import without_rank_fragments
from workbench.nlp.speaker_descriptions import named_description
from workbench.nlp.speaker_full_names import full_name_before, titled_full_name_before


def test_full_name_before_a_surname_keeps_an_accented_given_name() -> None:
    """speaker_full_names._GIVEN_NAMES: "Åsa Romson" was only "Romson"."""
    text = "Swedish environment minister Åsa Romson resigned. Later Romson spoke."
    assert full_name_before(text, "Romson", frozenset()) == "Åsa Romson"
    text = "Quebec finance minister Éric Girard spoke. Girard said the deficit shrank."
    assert full_name_before(text, "Girard", frozenset()) == "Éric Girard"


def test_given_names_run_over_several_accented_words() -> None:
    text = "the former president Ólafur Ragnar Grímsson said that Grímsson"
    assert full_name_before(text, "Grímsson", frozenset()) == "Ólafur Ragnar Grímsson"


def test_title_and_given_name_take_an_accented_surname() -> None:
    """speaker_full_names.titled_full_name_before: the rest after "Prince Henrik"."""
    text = "Prince Henrik Åberg opened the fair. Later Prince Henrik spoke."
    assert titled_full_name_before(text, "Prince", "Henrik", frozenset()) == "Henrik Åberg"


def test_a_plural_title_introduces_accented_names() -> None:
    """entity_appositions._TITLED_LIST: "Senators Émilie Dubois and Åsa Romson"."""
    text = "Senators Émilie Dubois and Åsa Romson voted against the bill."
    assert in_titled_list(tag(text, "Åsa Romson", "ORG"), text)


def test_a_name_of_an_accented_body_is_a_person() -> None:
    """entity_appositions._AFFILIATION: "Ana Ruiz of Éole Wind Partners said"."""
    text = "Ana Ruiz of Éole Wind Partners said the turbines were ready."
    assert affiliation_after(tag(text, "Ana Ruiz", "ORG"), text)


def test_a_rank_before_an_accented_name_is_cut_from_its_nationality() -> None:
    """entity_ranks._RANK_BEFORE_NAME: "[Norwegian Grand] Master Åsa Berg"."""
    text = "Norwegian Grand Master Åsa Berg won the final on Sunday."
    raw = [tag(text, "Norwegian Grand", "ORG"), tag(text, "Åsa Berg", "PERSON")]
    assert [(m.text, m.label) for m in without_rank_fragments(raw, text)] == [
        ("Norwegian", "NORP"), ("Åsa Berg", "PERSON")]


def test_a_speaker_phrase_owned_by_an_accented_name() -> None:
    """speaker_descriptions._OWNED: "The Éthier campaign" speaks as "Éthier campaign"."""
    text = "“We will win,” the Éthier campaign said."
    assert named_description("The Éthier campaign", text.index("the"), text, 0) == (
        "Éthier campaign")
