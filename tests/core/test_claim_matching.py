"""Ranking suggestions without a database: word weight, shared entities, speaker, dates."""

from __future__ import annotations

import pytest

from workbench.core.claim_matching import (
    PER_DOCUMENT,
    DocumentData,
    MatchQuery,
    Suggestion,
    best_in_document,
    date_closeness,
    document_data,
    fts_any_of,
    inverse_document_frequency,
    rank,
    score_document,
    term_weights,
)

TEXT = (
    "The ministry imposed new sanctions on steel. "
    "Weather was mild. "
    "Kim spoke at the border."
)


def span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def data(
    mentions: list[tuple[int, int, int, str]] | None = None,
    quotes: list[tuple[int, int, int, int | None]] | None = None,
) -> DocumentData:
    return document_data("Steel", TEXT, "2024-05-01", mentions or [], quotes or [], [])


def test_weights_come_from_the_caller_per_stem() -> None:
    weights = term_weights("Sanctions imposed on steel", lambda word: float(len(word)))
    assert set(weights) == {"sanction", "impos", "steel"}
    assert weights["sanction"] == len("Sanctions")
    assert inverse_document_frequency(9, 0) > inverse_document_frequency(9, 9) == 1.0


def test_the_sentence_covering_the_words_scores_and_the_others_do_not() -> None:
    query = MatchQuery("sanctions imposed on steel")
    weights = term_weights(query.text, lambda word: 1.0)
    found = score_document(7, data(), query, weights)
    assert [(s.document_id, s.text) for s in found] == [
        (7, "The ministry imposed new sanctions on steel.")
    ]
    assert found[0].kind == "sentence"
    assert len(found[0].matches) == 3


def test_a_shared_entity_and_the_claimant_speaking_raise_the_score() -> None:
    kim = span("Kim")
    mentions = [(kim[0], kim[1], 5, "Kim Jong Un")]
    quotes = [(*span("Kim spoke at the border."), 11, 5)]
    query = MatchQuery("Kim border", entity_ids=frozenset({5}), claimant_id=5)
    weights = term_weights(query.text, lambda word: 1.0)
    (found,) = score_document(7, data(mentions=mentions, quotes=quotes), query, weights)
    assert found.shared_entities == ("Kim Jong Un",)
    assert found.kind == "quote" and found.quote_id == 11
    assert found.score == pytest.approx(0.6 + 0.25 + 0.1)


def test_judged_spans_are_skipped_and_ranking_is_stable() -> None:
    query = MatchQuery("sanctions imposed steel")
    weights = term_weights(query.text, lambda word: 1.0)
    judged = [span("imposed new sanctions")]
    assert best_in_document(7, data(), query, weights, judged) == []
    found = best_in_document(7, data(), query, weights, [])
    assert len(found) <= PER_DOCUMENT
    a = Suggestion(2, "b", 5, 9, "x", 0.5, "sentence", (), ())
    b = Suggestion(1, "a", 0, 4, "y", 0.5, "sentence", (), ())
    c = Suggestion(3, "c", 0, 4, "z", 0.9, "sentence", (), ())
    assert rank([a, b, c], 2) == [c, b]


def test_dates_and_the_candidate_query() -> None:
    assert date_closeness("2024-05-01", "2024-05-01T10:00:00") == 1.0
    assert date_closeness("2024-05-01", "2024-05-31") == pytest.approx(0.5)
    assert date_closeness(None, "2024-05-01") == 0.0
    assert fts_any_of({"steel": 1.0, 'say"s': 2.0}) == '"say""s" OR "steel"'
