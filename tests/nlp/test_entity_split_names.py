"""A company's two-word name the model cut in two is joined again (issue 15): "[Northrop]
[Grumman] CEO". Sentences written for these tests; mentions made by hand, as the small
model tags them."""

from __future__ import annotations

from tests.nlp.entity_support import body, tag
from workbench.nlp.entities import finalize_mentions
from workbench.nlp.entity_split_names import joined_company_names


def test_a_company_cut_before_its_chief_executive_is_one_organisation() -> None:
    text = "Harwell Dynamics CEO Dana Okafor said the jets were ready."
    raw = [tag(text, "Harwell", "ORG"), tag(text, "Dynamics", "PRODUCT"),
           tag(text, "Dana Okafor", "PERSON")]
    assert body(finalize_mentions(raw, text, "")) == {
        ("Harwell Dynamics", "Harwell Dynamics", "ORG"),
        ("Dana Okafor", "Dana Okafor", "PERSON")}


def test_a_company_cut_in_two_where_the_text_writes_it_whole_elsewhere_is_joined() -> None:
    text = "Veltrix Martin won the bid. Files from Veltrix Martin, its rival, were read."
    raw = [tag(text, "Veltrix Martin", "ORG"), tag(text, "Veltrix", "ORG", 1),
           tag(text, "Martin", "PERSON", 1)]
    assert [(m.text, m.label) for m in joined_company_names(raw, text)] == [
        ("Veltrix Martin", "ORG"), ("Veltrix Martin", "ORG")]


def test_a_brand_and_its_product_stay_apart_without_a_sign_of_one_name() -> None:
    text = "The Veltrix Orbit sold well, and Veltrix said so."
    raw = [tag(text, "Veltrix", "ORG"), tag(text, "Orbit", "PRODUCT"),
           tag(text, "Veltrix", "ORG", 1)]
    assert joined_company_names(raw, text) == raw


def test_two_names_with_a_word_or_a_comma_between_stay_apart() -> None:
    text = "Veltrix, Martin said, and Veltrix boss Martin CEO agreed."
    raw = [tag(text, "Veltrix", "ORG"), tag(text, "Martin", "PERSON"),
           tag(text, "Veltrix", "ORG", 1), tag(text, "Martin", "PERSON", 1)]
    assert joined_company_names(raw, text) == raw


def test_a_text_without_names_has_nothing_to_join() -> None:
    assert joined_company_names([], "Nobody was named.") == []


def test_a_companys_first_word_read_as_an_unknown_place_is_that_company() -> None:
    text = "Users say Zentrix System's VPN fails. Zentrix has promised a fix for Paris."
    raw = [tag(text, "Zentrix System", "ORG"), tag(text, "Zentrix", "GPE", 1),
           tag(text, "Paris", "GPE")]
    found = body(finalize_mentions(raw, text, ""))
    assert ("Zentrix", "Zentrix System", "ORG") in found
    assert ("Paris", "Paris", "GPE") in found


def _joined(text: str, raw: list) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in joined_company_names(raw, text)]


def test_a_ministrys_field_after_and_is_joined_to_its_name() -> None:
    text = "The Ministry of Municipal Affairs and Housing said the rules take effect in May."
    raw = [tag(text, "Ministry of Municipal Affairs", "ORG"), tag(text, "Housing", "ORG")]
    assert _joined(text, raw) == [("Ministry of Municipal Affairs and Housing", "ORG")]


def test_a_body_of_its_own_after_a_ministrys_and_stays_apart() -> None:
    text = "The Ministry of Defence and Army said the exercise would go ahead next week."
    raw = [tag(text, "Ministry of Defence", "ORG"), tag(text, "Army", "ORG")]
    assert _joined(text, raw) == [("Ministry of Defence", "ORG"), ("Army", "ORG")]


def test_a_field_a_lowercase_noun_follows_is_another_bodys_modifier() -> None:
    text = ("Doctors from the Ministry of Health and Transport workers marched together "
            "through the capital on Friday.")
    raw = [tag(text, "Ministry of Health", "ORG"), tag(text, "Transport", "ORG")]
    assert _joined(text, raw) == [("Ministry of Health", "ORG"), ("Transport", "ORG")]


def test_a_verb_of_saying_after_the_field_keeps_the_ministry_whole() -> None:
    text = "The Ministry of Municipal Affairs and Housing says the rules take effect in May."
    raw = [tag(text, "Ministry of Municipal Affairs", "ORG"), tag(text, "Housing", "ORG")]
    assert _joined(text, raw) == [("Ministry of Municipal Affairs and Housing", "ORG")]
