"""Junk entities and split people left by the model (issue 15): hashtags, characters named
with a rank, a company named like a person, a lone given name read as an organisation.

Hand-made mentions (as the small model tags them) go through the whole-document pass,
so each test names the model mistake its rule repairs.
"""

from __future__ import annotations

from tests.nlp.entity_support import body, entities, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_given_names import late_given_names


def test_a_hashtag_is_no_person_unless_the_prose_also_writes_the_name() -> None:
    text = ("Fans posted under #MeToo all week. Later #Obama trended after Obama spoke "
            "in Chicago.")
    raw = [tag(text, "MeToo", "PERSON"), tag(text, "Obama", "PERSON"),
           tag(text, "Obama", "PERSON", 1)]
    assert entities(finalize_mentions(raw, text, "")) == {"Obama": "PERSON"}


def test_a_character_named_with_a_rank_keeps_the_rank_and_is_no_place_person() -> None:
    text = ("Captain Zorvia leads the box office this week. Captain Sam Reid said the ship "
            "sank. Captain Reid was calm.")
    raw = [tag(text, "Zorvia", "PERSON"), tag(text, "Sam Reid", "PERSON"),
           tag(text, "Reid", "PERSON", 1)]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Captain Zorvia", "Captain Zorvia", "PERSON") in found
    assert ("Reid", "Sam Reid", "PERSON") in found  # a real captain, named in full


def test_a_lone_word_after_a_rank_that_speaks_is_a_person_s_surname() -> None:
    text = "Captain Vell said the storm was over. The crew cheered."
    raw = [tag(text, "Vell", "PERSON")]
    assert entities(finalize_mentions(raw, text, "")) == {"Vell": "PERSON"}


def test_a_company_named_like_a_person_does_not_join_the_person() -> None:
    text = ("Tolland shares fell 5% on Tuesday after Marcus Tolland's grandson spoke. "
            "Tolland dealers said sales were weak.")
    raw = [tag(text, "Tolland", "ORG"), tag(text, "Marcus Tolland", "PERSON"),
           tag(text, "Tolland", "ORG", 2)]
    assert entities(finalize_mentions(raw, text, "")) == {
        "Tolland": "ORG", "Marcus Tolland": "PERSON"}


def test_a_surname_without_a_company_s_words_still_joins_the_person() -> None:
    text = "Marcus Tolland opened the plant. Tolland said the jobs would stay."
    raw = [tag(text, "Marcus Tolland", "PERSON"), tag(text, "Tolland", "ORG", 1)]
    assert entities(finalize_mentions(raw, text, "")) == {"Marcus Tolland": "PERSON"}


def test_a_lone_given_name_read_as_an_organisation_joins_the_person() -> None:
    text = "Wren Castellano opened the bakery in March. Wren bakes every morning at four."
    raw = [tag(text, "Wren Castellano", "PERSON"), tag(text, "Wren", "ORG", 1)]
    assert body(finalize_mentions(raw, text, "")) == {
        ("Wren Castellano", "Wren Castellano", "PERSON"), ("Wren", "Wren Castellano", "PERSON")}


def test_a_given_name_two_people_share_a_place_or_a_company_word_stays() -> None:
    text = "Wren Castellano and Wren Obi met. Wren spoke first. Georgia Lund flew to Georgia."
    raw = [tag(text, "Wren Castellano", "PERSON"), tag(text, "Wren Obi", "PERSON"),
           tag(text, "Wren", "ORG", 2), tag(text, "Georgia Lund", "PERSON"),
           tag(text, "Georgia", "FAC", 1)]
    found = late_given_names(raw)
    assert [m.label for m in found] == ["PERSON", "PERSON", "ORG", "PERSON", "FAC"]
    text = "The Mac App Store opened. Mac sales rose."
    raw = [tag(text, "Mac App Store", "PERSON"), tag(text, "Mac", "ORG", 1)]
    assert late_given_names(raw)[1].label == "ORG"  # a product read as a person
    text = "Wren Castellano sold Wren shares."
    raw = [tag(text, "Wren Castellano", "PERSON"), tag(text, "Wren", "ORG", 1)]
    assert late_given_names(raw, frozenset({"Wren"}))[1].label == "ORG"


def test_a_company_s_first_word_read_as_a_person_is_the_company() -> None:
    text = ("Officials banned the airline Kestra Air on Monday. They suspended Kestra's "
            "permit. Mr. Kestra was not reached.")
    raw = [tag(text, "Kestra Air", "ORG"), tag(text, "Kestra", "PERSON", 1),
           tag(text, "Kestra", "PERSON", 2)]
    assert body(finalize_mentions(raw, text, "")) == {
        ("Kestra Air", "Kestra Air", "ORG"), ("Kestra", "Kestra Air", "ORG"),
        ("Kestra", "Kestra", "PERSON")}  # a titled one is a person of that name


def test_a_company_s_first_word_that_is_a_person_s_surname_stays_the_person() -> None:
    text = "Dunmore Airlines owned the plane. Dunmore flew it. Ali Dunmore, a pilot, agreed."
    raw = [tag(text, "Dunmore Airlines", "ORG"), tag(text, "Dunmore", "PERSON", 1),
           tag(text, "Ali Dunmore", "PERSON")]
    assert ("Dunmore", "Ali Dunmore", "PERSON") in body(finalize_mentions(raw, text, ""))


def test_a_casting_phrase_read_as_one_name_is_the_person_and_the_character() -> None:
    text = "Cosplayer Mina Rasktel as Nightshade drew a crowd. Ports as Hubs opened."
    raw = [tag(text, "Mina Rasktel as Nightshade", "ORG"), tag(text, "Ports as Hubs", "ORG")]
    assert body(finalize_mentions(raw, text, "")) == {
        ("Mina Rasktel", "Mina Rasktel", "PERSON"), ("Nightshade", "Nightshade", "PERSON"),
        ("Ports as Hubs", "Ports as Hubs", "ORG")}  # no person's full name before "as"
