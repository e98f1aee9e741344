"""Headlines in Title Case or capitals: their capitals are not names.

A Title Case headline read with the sentence rule made one run of "names" of
the whole line, so a document writing any one of its words found "its names".
"""

from __future__ import annotations

from workbench.core.claim_features import CorpusStats, MatchQuery, document_data
from workbench.core.claim_matching import match_document, rank_documents
from workbench.core.claim_terms import claim_terms, headline_cased, word_matches


def weight(word: str) -> float:
    return 3.0


def test_title_case_and_capitals_are_headline_casing_but_a_list_of_names_is_not() -> None:
    assert headline_cased("Jury Convicts Local Man In Shooting Death Of Pregnant Girlfriend")
    assert headline_cased("STRIKERS BLOCK PORT ON SUSPICION OF SABOTAGE")
    assert not headline_cased("Angela Merkel, Emmanuel Macron and Boris Johnson met in Berlin.")
    assert not headline_cased("The Russian government dismissed the claim from Berlin.")
    assert not headline_cased("Ferry Sinks")  # too short to tell


def test_lower_case_after_a_hyphen_or_apostrophe_does_not_break_title_case() -> None:
    """Before: "elected" of "Re-elected" was read as a lower-case word of its own."""
    assert headline_cased("Senator Re-elected Amid Economic Worries")
    assert headline_cased("Pro-government Rally Draws Thousands Downtown")
    assert headline_cased("Mayor's Aide Resigns Over Budget Leak")
    assert not headline_cased("The senator was re-elected amid economic worries.")


def test_a_title_case_headlines_words_are_separate_pieces_of_evidence() -> None:
    headline = claim_terms("Jury Convicts Local Man In Shooting Death Of Girlfriend", weight)
    assert not any(term.is_name for term in headline.terms.values())
    assert len({term.unit for term in headline.terms.values()}) == len(headline.terms)
    sentence = claim_terms("A jury in Ohio convicted Mark Daley of murder.", weight)
    assert sentence.terms["daley"].is_name
    assert sentence.terms["mark"].unit == sentence.terms["daley"].unit


def test_one_shared_word_of_a_title_case_headline_is_not_its_names() -> None:
    headline = "Harbour Pilots Strike Over Night Shifts At Rotterdam Port"
    other = "The festival in Rotterdam drew large crowds. Bands played until late."
    terms = claim_terms(headline, weight)
    found = match_document(1, document_data("", other, None, [], [], []),
                           MatchQuery(headline), terms, CorpusStats(40.0))
    assert all(dict(s.features)["names"] == 0.0 for s in found)
    assert rank_documents(found, limit=10, threshold=0.0) == []


def test_a_capitalised_headline_word_still_matches_only_near_forms_as_a_name_does() -> None:
    """Its capital does not make it a name, but it may be one: "Cooper" in a Title Case
    headline never finds "cooperation", while "Convicts" still finds "convicted"."""
    terms = claim_terms("Cooper Convicts Arms Dealer Before Summit", weight)
    assert not word_matches(terms.terms["cooper"], "cooperation", doc_is_name=False)
    assert word_matches(terms.terms["cooper"], "cooper", doc_is_name=True)
    assert word_matches(terms.terms["convict"], "convicted", doc_is_name=False)
