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


@pytest.mark.parametrize(("sentence", "nationality", "company"), [
    ("German carmaker Volkswagen said sales fell in China.", "German", "Volkswagen"),
    ("British retailer Tesco cut prices.", "British", "Tesco"),
    ("Swiss lender UBS posted a loss.", "Swiss", "UBS"),
])
def test_a_nationality_before_a_lowercase_descriptor_stays(
        sentence: str, nationality: str, company: str) -> None:
    """ "German carmaker Volkswagen": the nationality is a name of its own (review, stop
    54: it was dropped as a word qualifying the descriptor)."""
    raw = [tag(sentence, nationality, "NORP"), tag(sentence, company, "ORG")]
    found = entities(finalize_mentions(raw, sentence, ""))
    assert found[nationality] == "NORP" and found[company] == "ORG"


@pytest.mark.parametrize(("sentence", "tagged", "label", "name"), [
    ("Watchdog Bob Carter said the council had broken the rules.",
     "Watchdog Bob Carter", "PERSON", "Bob Carter"),
    ("Bookmaker Fred Done said he would pay out early.",
     "Bookmaker Fred Done", "PERSON", "Fred Done"),
    ("Manufacturer Sam Patel said the plant would stay open.",
     "Manufacturer Sam Patel", "PERSON", "Sam Patel"),
])
def test_a_company_word_before_a_person_s_full_name_leaves_the_person(
        sentence: str, tagged: str, label: str, name: str) -> None:
    """A full name after the descriptor is a person's unless it ends like an
    organisation's: "Watchdog Bob Carter" is no company (review, stop 54)."""
    found = finalize_mentions([tag(sentence, tagged, label)], sentence, "")
    assert all(m.label != "ORG" for m in found if m.entity.endswith(name.split()[-1]))


def test_a_trade_before_a_two_word_name_read_as_a_company_is_not_cut() -> None:
    """ "Producer Jerry Bruckheimer" read as an organisation: the trade is not cut off to
    leave a company "Jerry Bruckheimer" (review, stop 54); the job-word rule decides."""
    text = "Producer Jerry Bruckheimer praised the cast. Bruckheimer said the film was done."
    raw = [tag(text, "Producer Jerry Bruckheimer", "ORG"), tag(text, "Bruckheimer", "PERSON")]
    assert entities(finalize_mentions(raw, text, "")).get("Jerry Bruckheimer") != "ORG"


@pytest.mark.parametrize(("text", "tagged", "label"), [
    ("Airline Pilots Association members voted to strike. The pilots want a 20% rise.",
     "Airline Pilots Association", "ORG"),
])
def test_a_descriptor_making_a_phrase_with_a_common_word_is_the_name_s(
        text: str, tagged: str, label: str) -> None:
    """ "Airline Pilots Association" (a union): the next word is a common plural of the
    text ("pilots") before a body's head word, so "Pilots Association" is no name on its
    own."""
    found = body(finalize_mentions([tag(text, tagged, label)], text, ""))
    assert {name for _text, name, _label in found} == {tagged}


def test_a_descriptor_the_text_capitalises_mid_sentence_is_the_name_s() -> None:
    """The show named again mid-sentence keeps its capital "Supermarket": the first
    mention is that name too, no "Sweep"."""
    text = "Supermarket Sweep returns this autumn. Fans of Supermarket Sweep cheered."
    raw = [tag(text, "Supermarket Sweep", "ORG"), tag(text, "Supermarket Sweep", "ORG", 1)]
    assert entities(finalize_mentions(raw, text, "")) == {"Supermarket Sweep": "ORG"}


def test_a_rest_named_alone_elsewhere_is_cut_though_it_is_a_common_word() -> None:
    """ "Retailer Next" beside "next week" and "shares in Next": the text names Next alone."""
    text = "Retailer Next said sales fell. Shares in Next dropped 4% and may fall next week."
    raw = [tag(text, "Retailer Next", "ORG"), tag(text, "Next", "ORG", 1)]
    assert entities(finalize_mentions(raw, text, "")) == {"Next": "ORG"}


def test_a_company_whose_first_word_is_common_but_no_plural_is_still_cut() -> None:
    """ "Carmaker General Motors" beside "general trading": "General" makes no phrase."""
    text = "Carmaker General Motors said it would cut jobs in general assembly."
    found = body(finalize_mentions([tag(text, "Carmaker General Motors", "ORG")], text, ""))
    assert found == {("General Motors", "General Motors", "ORG")}


@pytest.mark.parametrize(("text", "tagged", "name"), [
    ("Retailer Target said on Wednesday that sales fell 5 per cent in the quarter, missing "
     "its own target by a wide margin.", "Retailer Target", "Target"),
    ("Airline Frontier added ten routes, calling it a new frontier for budget travel.",
     "Airline Frontier", "Frontier"),
    ("Retailer Marks & Spencer said profit fell. The result marks a third bad year.",
     "Retailer Marks & Spencer", "Marks & Spencer"),
])
def test_a_company_named_with_a_common_word_loses_its_descriptor(
        text: str, tagged: str, name: str) -> None:
    """Review of stop 55: a one-word company that is also a common word ("target",
    "frontier"), or a plural not before a body's head word ("marks"), keeps no
    descriptor."""
    found = body(finalize_mentions([tag(text, tagged, "ORG")], text, ""))
    assert {found_name for _text, found_name, _label in found} == {name}
