"""Ranking suggestions without a database: terms, evidence, features, documents, threshold."""

from __future__ import annotations

import dataclasses

import pytest

from workbench.core.claim_features import (
    CorpusStats,
    MatchQuery,
    date_closeness,
    document_data,
    inverse_document_frequency,
)
from workbench.core.claim_feedback import expansion_names
from workbench.core.claim_matching import (
    CONTEXT_THRESHOLD,
    CONTEXT_WEIGHTS,
    THRESHOLD,
    WEIGHTS,
    Suggestion,
    evidence_gate,
    match_document,
    rank_documents,
    score_of,
)
from workbench.core.claim_terms import (
    claim_terms,
    fts_query,
    numbers_in,
    word_matches,
)

STATS = CorpusStats(40.0)


def weight(word: str) -> float:
    """Every word equally rare, except the few words news repeats everywhere."""
    return 1.0 if word in {"government", "people", "city"} else 3.0


def scored(text: str, claim: str, doc_id: int = 1, **query: object) -> list[Suggestion]:
    data = document_data("", text, None, [], [], [])
    terms = claim_terms(claim, weight)
    return match_document(doc_id, data, MatchQuery(claim, **query), terms, STATS)  # type: ignore[arg-type]


def test_names_never_match_common_words_by_stem() -> None:
    terms = claim_terms("Miller said the deals hurt cooperation with Cooper.", weight)
    cooperation, cooper = terms.terms["cooper"], terms.terms["cooper"]
    assert cooperation is cooper  # one stem, so the forms decide
    assert word_matches(cooper, "cooper", doc_is_name=True)
    assert not word_matches(claim_terms("cooperation grew", weight).terms["cooper"],
                            "cooper", doc_is_name=True)
    assert not word_matches(claim_terms("He met Cooper.", weight).terms["cooper"],
                            "cooperation", doc_is_name=False)
    assert word_matches(claim_terms("He visited Iran.", weight).terms["iran"], "iran's", True)


def test_adjacent_names_are_one_piece_of_evidence() -> None:
    terms = claim_terms("Police in Hong Kong arrested 12 people.", weight)
    assert terms.terms["hong"].unit == terms.terms["kong"].unit != terms.terms["polic"].unit
    assert terms.numbers == {"12"} and terms.predicate == "arrest"
    assert numbers_in("Twelve died; 1,200 fled in 2019.") == {"12", "1200", "2019"}


def test_letter_look_alikes_are_no_number_word() -> None:
    """A case-blind match takes a long s or the Kelvin sign; they used to raise KeyError."""
    assert numbers_in("ſix \u212aids and six boats") == {"6"}


def test_one_shared_place_or_one_common_word_is_never_a_match() -> None:
    claim = "The Russian government dismissed the claim from Berlin as groundless."
    marathon = "Thousands ran the marathon in Berlin on Sunday. The winner set a record."
    budget = "The government approved a budget. Taxes will rise next year."
    candidates = scored(marathon, claim, 1) + scored(budget, claim, 2)
    assert rank_documents(candidates, limit=10, threshold=0.0) == []


def test_a_claim_about_cooperation_does_not_find_a_man_called_cooper() -> None:
    claim = "Miller said arms deals would undermine cooperation between the two countries."
    quote = 'Cooper said the team would train harder. "We play the countries we draw," he said.'
    assert rank_documents(scored(quote, claim), limit=10, threshold=0.0) == []


def test_a_paraphrase_with_the_same_names_and_number_is_found_above_the_threshold() -> None:
    claim = "Twelve people died when the Morandi bridge collapsed in Genoa on Tuesday."
    report = ("A motorway bridge fell in northern Italy. In Genoa, 12 people were killed "
              "after the Morandi bridge gave way during a storm.")
    unrelated = "The city council met on Tuesday to discuss parking in the centre."
    found = rank_documents(scored(report, claim, 1) + scored(unrelated, claim, 2), limit=10)
    assert [s.document_id for s in found] == [1]
    assert "Genoa, 12 people" in found[0].text and found[0].score >= THRESHOLD
    features = dict(found[0].features)
    assert features["numbers"] == 1.0 and features["names"] == 1.0


def suggestion(doc_id: int, start: int, bm25: float, sentence: float = 0.5) -> Suggestion:
    features = (("bm25", bm25), ("sentence", sentence), ("sentence_units", 2.0))
    return Suggestion(doc_id, f"doc {doc_id}", start, start + 5, "text.", 0.0, "sentence", (),
                      (), features=features)


def test_one_row_per_document_with_its_other_statements_counted() -> None:
    weights = {"bm25": 1.0}
    candidates = [suggestion(1, 0, 0.6), suggestion(1, 10, 0.6, 0.9), suggestion(1, 20, 0.6),
                  suggestion(2, 0, 0.8)]
    rows = rank_documents(candidates, limit=10, threshold=0.5, weights=weights)
    assert [(s.document_id, s.start, s.more_in_document) for s in rows] == [(2, 0, 0), (1, 10, 2)]
    two = rank_documents(candidates, limit=10, per_document=2, threshold=0.5, weights=weights)
    assert [(s.document_id, s.start, s.more_in_document) for s in two] == [
        (2, 0, 0), (1, 10, 1), (1, 0, 1)]
    assert len(rank_documents(candidates, limit=1, per_document=3, weights=weights)) == 1


def test_threshold_says_nothing_below_it_and_keeps_every_document_with_evidence_above_it(
) -> None:
    weights = {"bm25": 1.0}
    weak = [suggestion(1, 0, 0.3), suggestion(2, 0, 0.1)]
    assert rank_documents(weak, limit=10, threshold=0.4, weights=weights) == []
    mixed = [suggestion(1, 0, 0.5), suggestion(2, 0, 0.15), suggestion(3, 0, 0.05)]
    kept = rank_documents(mixed, limit=10, threshold=0.4, weights=weights)
    assert [s.document_id for s in kept] == [1, 2, 3]  # as BM25 would list them
    no_evidence = dataclasses.replace(mixed[0], features=(("bm25", 0.9), ("sentence_units", 1.0)))
    assert rank_documents([no_evidence], limit=10, threshold=0.0, weights=weights) == []


def test_a_document_with_one_shared_word_is_listed_only_if_it_names_the_event() -> None:
    weights = {"bm25": 1.0}
    one_word = (("bm25", 0.1), ("sentence_units", 1.0))
    names_event = dataclasses.replace(suggestion(2, 0, 0.1),
                                      features=(*one_word, ("event_names", 0.3)))
    word_only = dataclasses.replace(suggestion(3, 0, 0.1),
                                    features=(*one_word, ("event_names", 0.1)))
    kept = rank_documents([suggestion(1, 0, 0.5), names_event, word_only], limit=10,
                          threshold=0.4, weights=weights)
    assert [s.document_id for s in kept] == [1, 2]
    assert rank_documents([names_event], limit=10, threshold=0.0, weights=weights) == []


def test_a_claim_read_in_its_document_is_judged_by_its_own_weights_and_threshold() -> None:
    in_document = MatchQuery("Smith will play the Doctor.", context="Smith is the Doctor.")
    assert evidence_gate(in_document) == (CONTEXT_WEIGHTS, CONTEXT_THRESHOLD)
    assert evidence_gate(MatchQuery("Smith will play the Doctor.")) == (WEIGHTS, THRESHOLD)
    assert CONTEXT_THRESHOLD != THRESHOLD and CONTEXT_WEIGHTS != WEIGHTS


def test_documents_keep_the_candidate_order_and_show_their_evidence_as_score() -> None:
    weights = {"bm25": 1.0}
    strong_late = dataclasses.replace(suggestion(1, 0, 0.9), candidate_position=3)
    weak_first = dataclasses.replace(suggestion(2, 0, 0.5), candidate_position=0)
    rows = rank_documents([strong_late, weak_first], limit=10, threshold=0.4, weights=weights)
    assert [s.document_id for s in rows] == [2, 1]
    assert [round(s.score, 3) for s in rows] == [0.5, 0.9]


def test_feedback_asks_again_for_the_rare_names_the_best_answers_share() -> None:
    terms = claim_terms("The actress checked into rehab again, her lawyer said.", weight)
    best = [frozenset({"lohan", "betty", "ford", "malibu", "al"}),
            frozenset({"lohan", "ford", "al"}), frozenset({"lohan", "betty", "rancho"})]
    rarity = {"lohan": 2.5, "betty": 3.0, "ford": 1.0}
    names = expansion_names(best, terms, lambda word: rarity.get(word, 1.0))
    assert names == ["lohan", "betty", "ford"]  # "malibu", "rancho": once; "al": too short
    assert expansion_names(best[:1], terms, weight) == []
    said = claim_terms("Lohan checked into rehab.", weight)
    assert "lohan" not in expansion_names(best, said, weight)


def test_speaker_entities_and_dates_count() -> None:
    text = "Kim spoke at the border about the missile test."
    mentions = [(0, 3, 5, "Kim Jong Un")]
    quotes = [(0, len(text), 11, 5)]
    data = document_data("", text, "2024-05-01", mentions, quotes, [])
    query = MatchQuery("Kim border missile", entity_ids=frozenset({5}), claimant_id=5,
                       published="2024-05-01")
    (found,) = match_document(7, data, query, claim_terms(query.text, weight), STATS)
    features = dict(found.features)
    assert features["speaker"] == 1.0 and features["entities"] == 1.0
    assert features["recency"] == 1.0 and found.kind == "quote" and found.quote_id == 11
    assert found.shared_entities == ("Kim Jong Un",)
    assert score_of(found.features, {"speaker": 2.0}) == 2.0


def test_judged_spans_are_skipped() -> None:
    text = "Sanctions on steel were imposed. Steel sanctions hurt exports."
    data = document_data("", text, None, [], [], [])
    terms = claim_terms("sanctions imposed on steel", weight)
    query = MatchQuery("sanctions imposed on steel")
    found = match_document(1, data, query, terms, STATS, [(0, 32)])
    assert found and all(s.start >= 32 for s in found)


def test_dates_weights_and_the_candidate_query() -> None:
    assert date_closeness("2024-05-01", "2024-05-01T10:00:00") == 1.0
    assert date_closeness("2024-05-01", "2024-05-31") == pytest.approx(0.5)
    assert date_closeness(None, "2024-05-01") == 0.0
    assert inverse_document_frequency(9, 0) > inverse_document_frequency(9, 9) == 1.0
    assert fts_query(["steel", 'say"s', "steel"]) == '"say""s" OR "steel"'


def test_both_calibration_tables_weigh_exactly_the_features() -> None:
    """A feature added to FEATURES but not to a table would silently weigh 0 there."""
    from workbench.core import claim_matching

    features = set(claim_matching.FEATURES)
    assert set(claim_matching.WEIGHTS) == features
    assert set(claim_matching.CONTEXT_WEIGHTS) == features
    assert "context" in features


def test_every_name_of_a_claim_is_matched_strictly() -> None:
    """word_matches relies on it: a name's term is strict, mixed spellings are neither."""
    found = claim_terms("Officials in Kyiv said Cooper met Kyiv officials and the cooper.",
                        lambda _word: 1.0)
    names = [t for t in found.terms.values() if t.is_name]
    assert names and all(t.strict for t in names)
    kyiv = next(t for t in names if "kyiv" in t.surfaces)
    assert not word_matches(kyiv, "kyivstar", False) and word_matches(kyiv, "kyiv", False)


def test_number_words_are_found_in_any_case_and_only_as_whole_words() -> None:
    """The first-letter look-ahead (for speed) finds what the plain alternation found."""
    import re

    from workbench.core.claim_terms import _NUMBER_WORDS, _WORD_NUMBER

    plain = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
    text = ("FIVE soldiers, Twenty-one more and a hundred others: often tenth, "
            "fortyish, seventeen, ninety, Nine, ELEVEN, thousand-strong, tenfold, "
            "x-ten, 3 million, BILLIONS, billion.")
    assert _WORD_NUMBER.findall(text) == plain.findall(text)
    assert numbers_in(text) == {"3", "5", "20", "100", "9", "10", "11", "1000", "million",
                                "billion"}


def test_accents_are_folded_and_a_text_with_only_quotes_or_dashes_is_left_as_it_is() -> None:
    """Only texts with a letter to fold are translated (for speed): the same result as
    translating every text, and a text with curly quotes alone comes back unchanged."""
    from workbench.core.claim_terms import _ACCENT_FOLD, fold_accents

    quoted = "“We will rebuild,” the mayor said — on Monday’s visit."
    assert fold_accents(quoted) is quoted
    for text in (quoted, "Rosselló met Ñuñez in Zürich — “ÉLAN” ſ", "plain ascii", "Ĳssel ǅ"):
        assert fold_accents(text) == text.translate(_ACCENT_FOLD)
    assert fold_accents("Rosselló in Zürich") == "Rossello in Zurich"
