"""A company's descriptor opening a sentence is no part of its name (issue 15, point 3).

Hand-made mentions as the small model tags our own passages ("[Carmaker General Motors]
said", "[Retailer Tesco]" read as a person) go through the whole-document pass.
"""

from __future__ import annotations

import pytest

from tests.nlp.entity_support import body, entities, tag
from workbench.nlp.entities import finalize_mentions


@pytest.mark.parametrize(("sentence", "tagged", "label", "name"), [
    ("Carmaker General Motors said on Tuesday it would cut jobs.",
     "Carmaker General Motors", "ORG", "General Motors"),
    ("Retailer Tesco posted a 5% rise in sales.", "Retailer Tesco", "PERSON", "Tesco"),
    ("Drugmaker Pfizer recalled the pills.", "Drugmaker Pfizer", "PERSON", "Pfizer"),
    ("Broadcaster Sky News reported that the talks had collapsed.",
     "Broadcaster Sky News", "PERSON", "Sky News"),
    ("Prices rose. Developer Berkeley Group bought the site.",
     "Developer Berkeley Group", "PERSON", "Berkeley Group"),
    ("Publisher Penguin Random House bought the firm.",
     "Publisher Penguin Random House", "ORG", "Penguin Random House"),
])
def test_a_descriptor_opening_a_sentence_is_cut_from_the_company(
        sentence: str, tagged: str, label: str, name: str) -> None:
    found = body(finalize_mentions([tag(sentence, tagged, label)], sentence, ""))
    assert found == {(name, name, "ORG")}


def test_the_cut_company_is_the_one_named_later() -> None:
    text = "Retailer Tesco posted a rise in sales. Tesco shares rose 3%."
    raw = [tag(text, "Retailer Tesco", "PERSON"), tag(text, "Tesco", "ORG", 1)]
    assert entities(finalize_mentions(raw, text, "")) == {"Tesco": "ORG"}


def test_a_trade_before_a_person_s_name_stays_the_person() -> None:
    """ "Broadcaster David Dimbleby": the trade before a person is the job-word rule's,
    the person stays a person (and keeps the span the speaker rules read)."""
    text = "Broadcaster David Dimbleby said he would retire."
    found = body(finalize_mentions([tag(text, "Broadcaster David Dimbleby", "PERSON")],
                                   text, ""))
    assert found == {("Broadcaster David Dimbleby", "David Dimbleby", "PERSON")}


def test_a_descriptor_inside_a_sentence_is_left_alone() -> None:
    """Mid-sentence a capital is the name's own: "the Lender Group"."""
    text = "Shares in the Lender Group rose."
    found = entities(finalize_mentions([tag(text, "Lender Group", "ORG")], text, ""))
    assert found == {"Lender Group": "ORG"}


def test_a_word_qualifying_a_lowercase_descriptor_is_no_name() -> None:
    """ "[Budget] airline Ryanair": the sentence start capitalised "Budget"."""
    text = "Budget airline Ryanair cut 20 routes on Monday."
    raw = [tag(text, "Budget", "ORG"), tag(text, "Ryanair", "ORG")]
    assert entities(finalize_mentions(raw, text, "")) == {"Ryanair": "ORG"}


def test_a_company_before_another_s_descriptor_stays() -> None:
    """ "Toyota supplier Denso": "supplier" is no descriptor of the list, and "Toyota"
    is a name."""
    text = "Toyota supplier Denso raised its forecast."
    raw = [tag(text, "Toyota", "ORG"), tag(text, "Denso", "ORG")]
    assert entities(finalize_mentions(raw, text, "")) == {"Toyota": "ORG", "Denso": "ORG"}
