"""One shared place is one piece of evidence, however it is written (issue 16).

Sentences written for these tests. A candidate's entity mentions are given by hand,
as the analysis would record them: (start, end, entity id, name).
"""

from __future__ import annotations

from workbench.core.claim_evidence import evidence_units
from workbench.core.claim_features import CorpusStats, MatchQuery, document_data
from workbench.core.claim_matching import (
    THRESHOLD,
    WEIGHTS,
    Suggestion,
    match_document,
    rank_documents,
)
from workbench.core.claim_terms import claim_terms

STATS = CorpusStats(40.0)
PLACE = 7


def weight(word: str) -> float:
    return 3.0


def mentions_of(text: str, name: str, entity_id: int) -> list[tuple[int, int, int, str]]:
    """Every occurrence of ``name`` in ``text`` as a mention of ``entity_id``."""
    found, start = [], text.find(name)
    while start >= 0:
        found.append((start, start + len(name), entity_id, name))
        start = text.find(name, start + 1)
    return found


def scored(text: str, claim: str, doc_id: int, place: str) -> list[Suggestion]:
    data = document_data("", text, None, mentions_of(text, place, PLACE), [], [])
    query = MatchQuery(claim, entity_ids=frozenset({PLACE}))
    return match_document(doc_id, data, query, claim_terms(claim, weight), STATS)


def test_a_name_opening_the_statement_is_one_piece_with_the_words_after_it() -> None:
    terms = claim_terms("United States troops seized an oil tanker near Oman.", weight)
    assert terms.terms["unit"].unit == terms.terms["state"].unit != terms.terms["troop"].unit
    assert not terms.terms["unit"].is_name and terms.predicate == "seiz"  # not "united"
    plain = claim_terms("Police arrested the mayor of Lagos.", weight)
    assert not plain.terms["polic"].is_name and plain.predicate == "arrest"
    listed = claim_terms("Russia, China sign a pact.", weight)  # a comma: two names
    assert not listed.terms["russia"].is_name


def test_words_inside_one_mention_and_its_entity_count_once() -> None:
    mentions = [(10, 23, PLACE), (40, 42, PLACE)]  # "United States" ... "US"
    assert evidence_units([(10, 16, 0), (17, 23, 1)], mentions, {PLACE}) == 1
    assert evidence_units([(10, 16, 0), (17, 23, 1), (50, 56, 2)], mentions, {PLACE}) == 2
    assert evidence_units([(10, 16, 0), (17, 23, 1)], [], set()) == 2  # no analysis: words
    assert evidence_units([], mentions, {PLACE}) == 1


def test_a_candidate_sharing_only_the_place_opening_the_statement_is_not_listed() -> None:
    claim = "United States troops seized an oil tanker near Oman."
    talks = ("Trade talks with the United States resumed in Geneva on Monday. "
             "Officials expect a deal before the summer.")
    assert rank_documents(scored(talks, claim, 1, "United States"), limit=10,
                          threshold=0.0) == []


def test_a_place_written_as_words_and_as_an_entity_is_not_two_pieces() -> None:
    claim = "Police arrested the mayor of Lagos for fraud."
    festival = "The festival in Lagos drew large crowds. Music played all night."
    assert rank_documents(scored(festival, claim, 1, "Lagos"), limit=10, threshold=0.0) == []


def test_a_place_with_the_event_words_is_still_found() -> None:
    claim = "United States troops seized an oil tanker near Oman."
    report = ("Near Oman, United States troops seized a tanker on Sunday. "
              "The crew was not harmed.")
    talks = "Trade talks with the United States resumed in Geneva on Monday."
    found = rank_documents(scored(report, claim, 1, "United States")
                           + scored(talks, claim, 2, "United States"), limit=10)
    assert [s.document_id for s in found] == [1]
    assert found[0].score >= THRESHOLD and "troops seized" in found[0].text


def test_rows_of_one_document_share_its_part_and_differ_by_their_sentences_own() -> None:
    claim = "United States troops seized an oil tanker near Oman."
    report = ("Near Oman, United States troops seized a tanker on Sunday. "
              "The tanker was seized by troops at dawn. "
              "Troops later seized a second tanker.")
    rows = rank_documents(scored(report, claim, 1, "United States"), limit=10, per_document=3)
    assert len(rows) == 3 and rows[0].start == 0
    shares = [dict(r.features)["sentence"] for r in rows]
    document_part = {round(r.score - WEIGHTS["sentence"] * s
                           - WEIGHTS["sentence_entities"] * dict(r.features)["sentence_entities"],
                           9) for r, s in zip(rows, shares, strict=True)}
    assert len(document_part) == 1  # the document's part is the same on every row
    assert rows[0].score > rows[1].score and shares[0] > shares[1]
    assert rows[1].score == rows[2].score and shares[1] == shares[2]  # the same words: equal
