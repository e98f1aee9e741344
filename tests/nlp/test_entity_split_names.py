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
