"""Whole numbers and names with digits are one piece of evidence on both sides of a match."""

from __future__ import annotations

from workbench.core.claim_features import CorpusStats, MatchQuery, document_data
from workbench.core.claim_matching import Suggestion, match_document, rank_documents
from workbench.core.claim_terms import claim_terms, numbers_in
from workbench.core.word_runs import WordRuns, whole_words

STATS = CorpusStats(40.0)


def weight(word: str) -> float:
    """Every word equally rare."""
    return 3.0


def scored(text: str, claim: str, doc_id: int = 1) -> list[Suggestion]:
    data = document_data("", text, None, [], [], [])
    return match_document(doc_id, data, MatchQuery(claim), claim_terms(claim, weight), STATS)


def test_a_grouped_number_is_one_word_and_never_shares_its_thousands() -> None:
    """The analyst walk: "126,000" matched the "000" of "35,000" in another document."""
    claim = "Officials said 126,000 ballots were rejected in Ostrava."
    stadium = "The new stadium near Ostrava holds 35,000 fans. It opened on Sunday."
    assert "126,000" in claim_terms(claim, weight).terms
    assert "000" not in claim_terms(claim, weight).terms
    assert rank_documents(scored(stadium, claim), limit=10, threshold=0.0) == []


def test_a_name_with_digits_is_one_piece_of_evidence() -> None:
    """The analyst walk: "COVID-19" counted as two ("COVID" and "19"), so one shared name
    listed a document that reports nothing of the claim."""
    claim = "Schools in Lagos closed because of COVID-19 infections among teachers."
    other = "COVID-19 vaccines arrived by plane on Monday. The shipment was small."
    assert "covid-19" in claim_terms(claim, weight).terms
    assert rank_documents(scored(other, claim), limit=10, threshold=0.0) == []
    assert numbers_in("COVID-19 hit the G7 and an F-16 crashed; 5bn and 1.5 m.") == {"5", "1.5"}


def test_a_shared_grouped_number_is_still_found() -> None:
    """The tabloid headline that lost its "000" when only the claim side was changed."""
    claim = "US virus death toll tops 100,000"
    report = "The US death toll from the virus passed 100,000 on Wednesday, officials said."
    found = rank_documents(scored(report, claim), limit=10, threshold=0.0)
    assert found and "100,000" in found[0].matched_words


def test_the_scan_and_the_runs_find_grouped_words_alike() -> None:
    """Parts of "35,000" or "covid-19" are no whole words; the wholes are."""
    text = "a toll of 35,000 and 35 and covid-19 and covid and 19 and 1.5 end."
    runs = WordRuns(text)
    for word, count in (("35", 1), ("000", 0), ("35,000", 1), ("covid", 1), ("19", 1),
                        ("covid-19", 1), ("1", 0), ("1.5", 1)):
        assert len(list(whole_words(text, word))) == count, word
        assert runs.spans(word) == list(whole_words(text, word)), word
