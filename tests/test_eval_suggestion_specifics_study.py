"""The specifics study's scores (tests/eval/suggestion_specifics_study.py).

Why tested though the app does not ship them: docs/quality-suggestions.md reports each idea's
figures from these functions, and says the study's shipped order is the product's contrast;
each must do what the doc says. The documents are made up for this test.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from workbench.core.claim_contrast import contrast_order

_PATH = Path(__file__).resolve().parent / "eval" / "suggestion_specifics_study.py"
_SPEC = importlib.util.spec_from_file_location("suggestion_specifics_study", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
study = importlib.util.module_from_spec(_SPEC)
sys.modules["suggestion_specifics_study"] = study
_SPEC.loader.exec_module(study)
scoring = sys.modules["suggestion_scoring"]


class Library(study.Library):
    """The study's library over made-up texts, every word of IDF 6 (no store)."""

    def __init__(self, texts: dict[int, str]) -> None:
        self.texts = {doc: ("", text) for doc, text in texts.items()}
        self._words, self._stems, self._sentences = {}, {}, {}

    def word_weight(self, word: str) -> float:
        return 6.0

    place_names = ["aceh", "papua"]

    def places(self, doc: int, characters: int | None) -> frozenset[str]:
        lead = self.texts[doc][1][:characters].lower()
        return frozenset(name for name in self.place_names if name in lead)

    def rare_weight(self, word: str) -> float:
        return 6.0


def case(statement: str, texts: dict[int, str]) -> study.Case:
    query = scoring.Query(statement, 0, frozenset({1}), "dev")
    return study.Case(query, sorted(texts), None, Library(texts))


def twenty(texts: dict[int, str]) -> dict[int, str]:
    """Made-up candidates 1-20: the given texts, the rest about the topic only."""
    return {doc: texts.get(doc, "an earthquake struck the island") for doc in range(1, 21)}


def test_the_shipped_order_is_the_contrast_the_product_runs():
    texts = twenty({d: "quake aceh bireuen" for d in (1, 2, 3, 12, 15)} | {
        d: "quake papua manokwari" for d in (6, 7, 8, 9)})
    made = case("A quake struck Aceh", texts)
    words = {d: made.library.words(d) for d in made.candidates}
    assert study.shipped(made) == contrast_order(made.candidates, words, made.library.rare_weight)
    assert study.shipped(made)[5:7] == [12, 15]


def test_a_candidate_naming_another_magnitude_scores_below_one_naming_none():
    made = case("A 6.1 magnitude quake struck on Sunday",
                {1: "a 6.1 quake on Sunday", 2: "a 7.3 quake", 3: "a quake on Tuesday",
                 4: "a quake"})
    reference = {k: v for k in study.KINDS if (v := study.values(k, made.query.text))}
    assert reference == {"weekday": {"sunday"}, "decimal": {"6.1"}}
    score = study.agreement(made, reference, None)
    assert [score(d) for d in (1, 2, 3, 4)] == [2, -1, -1, 0]


def test_local_idf_weighs_nothing_a_word_every_candidate_writes():
    texts = twenty({d: "an earthquake struck the island near bireuen" for d in (12, 14)})
    made = case("An earthquake struck near Bireuen", texts)
    moved = study.local_idf(20, 5.0)(made)
    assert moved[5:7] == [12, 14]
    everyone = case("An earthquake struck the island", twenty({}))
    assert study.local_idf(20, 5.0)(everyone) == study.shipped(everyone)


def test_the_split_weight_favours_a_word_half_the_candidates_write_local_idf_a_rare_one():
    texts = twenty({d: "an earthquake struck near bireuen" for d in range(6, 16)}
                   | {20: "an earthquake struck near lhokseumawe"})
    made = case("It struck between Bireuen and Lhokseumawe", texts)
    assert study.split_words(20, 5.0)(made)[5] in range(6, 16)
    assert study.local_idf(20, 5.0)(made)[5] == 20


def test_predicate_near_specifics_counts_them_in_the_predicate_sentence_only():
    made = case("Gunmen killed 12 in Kirkuk",
                {1: "Gunmen killed 12 in Kirkuk.", 2: "They killed 12. Kirkuk is far.", 3: "None."})
    assert made.terms.predicate
    score = study.predicate_scores(made)
    assert score(1) > score(2) > score(3) == 0
    assert study.predicate_scores(made, least=3)(2) == 0


def test_a_candidate_whose_lead_names_another_place_moves_below_one_naming_the_statements():
    texts = twenty({d: "an earthquake struck papua" for d in range(6, 12)}
                   | {d: "an earthquake struck aceh" for d in (18, 19)})
    made = case("An earthquake struck Aceh", texts)
    assert study.places(5.0)(made)[5:7] == [18, 19]
    assert study.places(5.0)(made)[-6:] == list(range(6, 12))


def test_the_leads_specifics_apply_only_to_statements_writing_none_of_their_own():
    texts = twenty({d: "a 6.1 quake" for d in (1, 2, 3)} | {d: "a 6.1 quake" for d in (19, 20)}
                   | {d: "a 7.3 quake" for d in range(6, 12)})
    variant = study.without_own_specifics(study.leaders_specifics(5.0, 5, shared=2))
    assert variant(case("A quake struck", texts))[5:7] == [19, 20]
    own = case("A quake struck on Sunday", texts)
    assert variant(own) == study.shipped(own)
