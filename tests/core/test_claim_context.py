"""A claim read in its document: the document's names, the ``context`` feature, its gate."""

from __future__ import annotations

from workbench.core.claim_documents import name_counts
from workbench.core.claim_features import CorpusStats, MatchQuery, document_data
from workbench.core.claim_feedback import (
    CONTEXT_NAMES,
    context_names,
    expansion_names,
    feedback_order,
)
from workbench.core.claim_matching import (
    CONTEXT_THRESHOLD,
    CONTEXT_WEIGHTS,
    THRESHOLD,
    WEIGHTS,
    evidence_gate,
    match_document,
)
from workbench.core.claim_terms import claim_terms


def weight(word: str) -> float:
    return 3.0


def test_names_are_capitalised_words_inside_sentences_months_left_out() -> None:
    counts = name_counts("Matt Smith met Moffat in May. Smith left. Then Moffat and Smith spoke.")
    assert counts == {"smith": 2, "moffat": 2}  # "Matt", "Smith", "Then" open sentences


def test_context_names_are_the_documents_rarest_names_not_the_claims_words() -> None:
    terms = claim_terms("The BBC named the next actor on Saturday.", weight)
    counts = {"moffat": 5, "tennant": 1, "bbc": 4, "al": 3, "2009": 2, "london": 9, "tardis": 2}
    rarity = {"moffat": 2.0, "tennant": 3.0, "tardis": 2.5, "london": 0.5}
    names = context_names(counts, terms, lambda word: rarity.get(word, 1.0), least_weight=1.0)
    # moffat: 2.0 x 3 (repeats capped); tardis 2.5 x 2; tennant 3.0 x 1; "bbc" is the
    # claim's own word, "al" too short, "2009" a number, "london" too common.
    assert names == ["moffat", "tardis", "tennant"]
    many = {f"name{n:02d}": 1 for n in range(30)}
    assert len(context_names(many, terms, weight)) == CONTEXT_NAMES


def test_the_documents_names_and_the_best_answers_names_are_filtered_alike() -> None:
    """Both second queries leave out the same words (short, stopwords, numbers, the
    claim's own) and keep the heaviest names, ties alphabetical."""
    terms = claim_terms("The BBC named the next actor on Saturday.", weight)
    names = ["moffat", "tennant", "bbc", "al", "2009", "the", "tardis", "capaldi"]
    in_document = context_names(dict.fromkeys(names, 1), terms, weight)
    shared = expansion_names([frozenset(names), frozenset(names)], terms, weight)
    assert in_document == shared == ["capaldi", "moffat", "tardis", "tennant"]


def test_the_context_feature_is_the_share_of_the_documents_names_a_candidate_writes() -> None:
    text = "The actor Matt Smith follows David Tennant, Steven Moffat said."
    data = document_data("", text, None, [], [], [])
    claim = "The BBC named the next actor to play the Doctor."
    query = MatchQuery(claim, context=claim, context_names=("moffat", "tennant", "capaldi",
                                                               "coleman"))
    found = match_document(1, data, query, claim_terms(claim, weight), CorpusStats(20.0))
    assert found and all(dict(s.features)["context"] == 0.5 for s in found)


def test_a_claim_in_its_document_is_judged_with_its_own_weights_and_threshold() -> None:
    assert evidence_gate(MatchQuery("x", context="Text.")) == (CONTEXT_WEIGHTS, CONTEXT_THRESHOLD)
    assert evidence_gate(MatchQuery("x")) == (WEIGHTS, THRESHOLD)


def test_a_statements_leaders_keep_the_words_order_where_the_words_rank_them() -> None:
    """Among the first ``LEADERS`` the names chose, those the words also rank there (1, 2,
    3, 5) take the words' order in the places they hold; 9, brought in by the names alone,
    keeps its place; the words' best answer stays first; the rest keeps the names' order."""
    words = [1, 2, 3, 4, 5, 6, 7]
    joint = [3, 9, 5, 2, 4, 1, 6, 7]
    assert feedback_order(words, joint) == [1, 2, 9, 3, 5, 4, 6, 7]
    assert feedback_order([], [4, 2]) == [4, 2]
