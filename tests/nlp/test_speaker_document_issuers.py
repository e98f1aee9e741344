"""A document cited by its noun alone speaks for whoever the passage said issued it: "the
warning issued by <Name>", "In a statement ..., it said" (the organisation before), and an
executive instrument (a proclamation, a presidential memorandum) for the titled head
(``speaker_document_issuers``, issue 15). Sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct, mention_of
from workbench.nlp.speaker_document_issuers import document_issuer

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_warning_issued_by_an_untagged_service_is_that_services() -> None:
    text = (
        "The red warning issued by Vedur Agency covers the north coast from tonight. "
        '"Expect gusts above 120 km/h," read the warning.'
    )
    found = document_issuer("the warning", text.index("the warning"), [], text)
    assert found is not None and found.entity == "Vedur Agency"


def test_the_tagged_issuer_is_returned_whole() -> None:
    text = (
        "A report published by the Harlan Institute on Monday looked at rents. "
        '"Prices rose in every district," the report said.'
    )
    institute = mention_of(text, "the Harlan Institute", "ORG")
    found = document_issuer("the report", text.index("the report said"), [institute], text)
    assert found == institute


def test_a_spokesman_who_released_it_is_no_issuer() -> None:
    text = (
        "A statement released by spokesman Tom Reyes was short. "
        '"We regret the delay," the statement said.'
    )
    reyes = mention_of(text, "Tom Reyes", "PERSON")
    assert document_issuer("the statement", text.index("the statement said"), [reyes],
                           text) is None


def test_it_after_a_statement_phrase_is_the_organisation_before() -> None:
    text = (
        "The Coastal Authority denied the claims. In a statement released by its "
        "press office, it said the pier was safe. "
        '"No inspection found a fault," the statement said.'
    )
    authority = mention_of(text, "The Coastal Authority", "ORG")
    found = document_issuer("the statement", text.index("the statement said"), [authority],
                            text)
    assert found == authority


def test_a_proclamation_is_the_titled_heads() -> None:
    text = (
        "On Monday, President Ana Ruiz declared a state of emergency in three provinces. "
        "Mayor Carl Holt welcomed the move. "
        'The proclamation said "the floods threaten public order" in the region.'
    )
    ruiz = mention_of(text, "Ana Ruiz", "PERSON")
    holt = mention_of(text, "Carl Holt", "PERSON")
    found = document_issuer("The proclamation", text.index("The proclamation"), [ruiz, holt],
                            text)
    assert found == ruiz


def test_a_presidential_memorandum_is_the_president_named_before_it_not_after() -> None:
    text = (
        "President Obi Mensah is reversing the rule. The presidential memorandum signed "
        "yesterday undoes a policy of former president Kofi Adu. "
        'Officials must, according to the memorandum, "consult the board first".'
    )
    mensah = mention_of(text, "Obi Mensah", "PERSON")
    adu = mention_of(text, "Kofi Adu", "PERSON")
    start = text.index("the memorandum")
    assert document_issuer("the memorandum", start, [mensah, adu], text) == mensah
    plain = text.replace("presidential memorandum", "memorandum")
    start = plain.index("the memorandum")
    assert document_issuer("the memorandum", start, [mensah, adu], plain) is None


def test_a_former_or_vice_president_issues_no_proclamation() -> None:
    text = (
        "Vice President Lee Chen and former President Omar Diaz spoke. "
        'The proclamation said "all flags fly at half mast".'
    )
    people = [mention_of(text, "Lee Chen", "PERSON"), mention_of(text, "Omar Diaz", "PERSON")]
    assert document_issuer("The proclamation", text.index("The proclamation"), people,
                           text) is None


def test_the_quote_read_from_an_issued_warning_is_the_issuers(nlp: Language) -> None:
    text = (
        "The amber warning issued by Vedur Agency applies to six counties. "
        '"Strong winds will bring down trees and power lines," read the warning.'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker for q in quotes] == ["Vedur Agency"]


def test_a_courts_opinion_is_the_court_named_in_full_where_it_ruled() -> None:
    text = (
        "On Friday, the High Court of Eldoria issued a ruling against the mining permit. "
        "The Eldoria Supreme Court was not asked. "
        'The opinion of the Court read, "The permit was granted without a hearing."'
    )
    start = text.index("The opinion of the Court")
    found = document_issuer("The opinion of the Court", start, [], text)
    assert found is not None and found.entity == "High Court of Eldoria"
    start = text.index("The opinion")
    text_summary = text.replace("The opinion of the Court read", "The summary of the decision read")
    found = document_issuer("The summary of the decision", start, [], text_summary)
    assert found is not None and found.entity == "High Court of Eldoria"


def test_a_court_that_opens_its_sentence_loses_its_article() -> None:
    text = (
        "The Appeals Court handed down its judgment on Monday. "
        '"The sentence stands," the judgment said.'
    )
    found = document_issuer("the judgment", text.index("the judgment said"), [], text)
    assert found is not None and found.entity == "Appeals Court"
    assert found.text == text[found.start : found.end]


def test_a_summary_of_something_else_is_no_courts() -> None:
    text = (
        "The High Court of Eldoria issued a ruling on Friday. "
        '"Growth slowed," the summary of the report said.'
    )
    start = text.index("the summary")
    assert document_issuer("the summary of the report", start, [], text) is None
