"""A title's place or body glued to the person named after it ("Speaker of the House Ada
Brandt"): the span is cut into the owner and the person."""

from __future__ import annotations

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions


def test_a_body_before_a_name_after_title_of_the_is_cut_off() -> None:
    text = "Speaker of the House Ada Brandt said the vote would go ahead. Brandt left early."
    raw = [tag(text, "House Ada Brandt", "ORG"), tag(text, "Brandt", "PERSON", 1)]
    assert body(finalize_mentions(raw, text, "")) == {
        ("House", "House", "ORG"), ("Ada Brandt", "Ada Brandt", "PERSON"),
        ("Brandt", "Ada Brandt", "PERSON")}


def test_a_place_before_a_name_after_title_of_is_cut_off() -> None:
    text = "President of Ukraine Olek Marchuk met the envoy on Monday."
    raw = [tag(text, "Ukraine Olek Marchuk", "ORG")]
    assert body(finalize_mentions(raw, text, "")) == {
        ("Ukraine", "Ukraine", "GPE"), ("Olek Marchuk", "Olek Marchuk", "PERSON")}


def test_an_unknown_town_is_cut_off_when_the_surname_is_written_again() -> None:
    text = "Mayor of Dravnik Piotr Halas opened the bridge. Halas said it cost too much."
    raw = [tag(text, "Dravnik Piotr Halas", "PERSON"), tag(text, "Halas", "PERSON", 1)]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Dravnik", "Dravnik", "GPE") in found
    assert ("Piotr Halas", "Piotr Halas", "PERSON") in found


def test_full_names_and_places_after_other_words_of_stay_whole() -> None:
    for text, name, label in (
            ("Protesters demanded the resignation of Luis Rivera Marín on Monday.",
             "Luis Rivera Marín", "PERSON"),
            ("He was once the mayor of New York City and a lawyer.", "New York City", "GPE"),
            ("She is the director of Amnesty International in Athens.",
             "Amnesty International", "ORG"),
            ("He is chairman of the House Intelligence Committee. The Committee met.",
             "House Intelligence Committee", "ORG"),
            ("She is the director of Youth Forum Zimbabwe and lives in Harare.",
             "Youth Forum Zimbabwe", "ORG"),
            ("He is district attorney of San Bernardino County and a County man.",
             "San Bernardino County", "ORG")):
        raw = [tag(text, name, label)]
        assert name in {surface for surface, _, _ in body(finalize_mentions(raw, text, ""))}, text


def test_a_nationality_word_the_text_tags_elsewhere_is_cut_off_a_persons_span() -> None:
    text = ("Russian envoys met on Monday. He mocked the Marta Russian reset. "
            "Marta Kowal denied it, and Russian officials agreed.")
    raw = [tag(text, "Russian", "NORP"), tag(text, "Marta Russian", "PERSON"),
           tag(text, "Marta Kowal", "PERSON"), tag(text, "Russian", "NORP", 2)]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Russian", "Russian", "NORP") in found
    assert not any(label == "PERSON" and "Russian" in entity for _, entity, label in found)


def test_a_surname_shaped_like_a_nationality_stays_when_never_tagged_a_nationality() -> None:
    text = "The comedian Dawn French opened the show. French said it went well."
    raw = [tag(text, "Dawn French", "PERSON"), tag(text, "French", "PERSON", 1)]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Dawn French", "Dawn French", "PERSON") in found


def test_a_foreign_surname_the_model_also_calls_a_nationality_stays_in_the_name() -> None:
    text = "Safavian lawyers spoke first. David Safavian was sentenced on Monday."
    raw = [tag(text, "Safavian", "NORP"), tag(text, "David Safavian", "PERSON")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("David Safavian", "David Safavian", "PERSON") in found


def test_a_place_after_a_title_and_from_is_cut_off() -> None:
    text = ("Senator from Vermont Ada Brandt won the caucuses on Saturday. "
            "Brandt thanked her supporters.")
    raw = [tag(text, "Vermont Ada Brandt", "ORG"), tag(text, "Brandt", "PERSON", 1)]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Vermont", "Vermont", "GPE") in found
    assert ("Ada Brandt", "Ada Brandt", "PERSON") in found


def test_a_name_after_a_plain_from_stays_whole() -> None:
    text = "Flights from New York City were delayed. She flew in from Luis Rivera Marín's farm."
    raw = [tag(text, "New York City", "GPE"), tag(text, "Luis Rivera Marín", "PERSON")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("New York City", "New York City", "GPE") in found
    assert ("Luis Rivera Marín", "Luis Rivera Marín", "PERSON") in found


def test_an_executive_title_inside_a_span_splits_company_and_person() -> None:
    text = ("The flaw is serious, said Qualys CTO Wolfgang Kandek on Monday. Kandek urged "
            "users to patch. Acme CTO said nothing.")
    raw = [tag(text, "Qualys CTO Wolfgang Kandek", "WORK_OF_ART"),
           tag(text, "Kandek", "PERSON", 1), tag(text, "Acme CTO", "PERSON")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Qualys", "Qualys", "ORG") in found
    assert ("Wolfgang Kandek", "Wolfgang Kandek", "PERSON") in found
    assert ("Acme", "Acme", "ORG") in found
    assert not any("CTO" in surface for surface, _, _ in found)


def test_a_title_opening_the_span_or_a_lowercase_tail_is_left_alone() -> None:
    text = "The company's CEO Tim Cook spoke. Apple CEO search firm hired."
    raw = [tag(text, "CEO Tim Cook", "PERSON")]
    found = body(finalize_mentions(raw, text, ""))
    assert all(surface.endswith("Tim Cook") for surface, _, _ in found)
