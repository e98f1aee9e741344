"""The learned re-ranker study (tests/eval/suggestion_learned_rank.py).

Why tested though the app does not ship it: docs/quality-suggestions.md reports its
cross-validated figures, and says the model refits the same weights every time, that the
held-out topics of a fold never train its model, and that all-zero weights are the shipped
order. The statements and their feature tables are made up for this test.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np

_PATH = Path(__file__).resolve().parent / "eval" / "suggestion_learned_rank.py"
_SPEC = importlib.util.spec_from_file_location("suggestion_learned_rank", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
study = importlib.util.module_from_spec(_SPEC)
sys.modules["suggestion_learned_rank"] = study
_SPEC.loader.exec_module(study)
features = sys.modules["suggestion_learned_features"]
scoring = sys.modules["suggestion_scoring"]
TITLE = features.COLUMNS.index("title share")
LISTABLE = features.COLUMNS.index("listable")


def row(topic: int, true_places: tuple[int, ...], marked: tuple[int, ...] = (),
        count: int = 20) -> features.Row:
    """A made-up statement: candidates 100.. in shipped order, true at ``true_places``;
    candidates at ``marked`` places write the title's words (``title share`` 1); every
    candidate listable; its place in the usual columns."""
    order = list(range(100 + topic * 1000, 100 + topic * 1000 + count))
    table = np.zeros((count, len(features.COLUMNS)))
    table[:, LISTABLE] = 1.0
    table[:, 0] = np.log1p(np.arange(count))
    table[:, 1] = 1 / (np.arange(count) + 1)
    table[list(marked), TITLE] = 1.0
    query = scoring.Query(f"statement {topic}", 1, frozenset(order[p] for p in true_places),
                          "dev")
    return features.Row(query, topic, order, table)


def separable(topics: range) -> list[features.Row]:
    """Statements whose true reports at places 12-14 write the title's words (as do the
    first five), the others at places 5-11 none."""
    return [row(t, (0, 1, 2, 12, 13, 14), marked=(0, 1, 2, 3, 4, 12, 13, 14)) for t in topics]


def test_refitting_gives_the_same_weights():
    rows = separable(range(1, 7)) + [row(9, (0, 3, 8), marked=(8, 10))]
    first, second = study.fit(rows, study.Setting()), study.fit(rows, study.Setting())
    assert np.array_equal(first[0], second[0])
    assert first[0][TITLE] > 0


def test_a_feature_that_marks_the_true_reports_moves_them_into_the_first_ten():
    rows = separable(range(1, 7))
    for setting in (study.Setting(), study.Setting(offset=True), study.Setting(ascent=True)):
        model = study.fit(rows, setting)
        moved = study.reordered(rows[0], model, setting)
        assert moved[:5] == rows[0].order[:5]
        assert set(moved[5:8]) == {rows[0].order[p] for p in (12, 13, 14)}
        assert study.recall_at_10(rows[0], model, setting) == 1.0


def test_zero_weights_keep_the_shipped_order_and_its_recall():
    made = row(1, (0, 4, 11, 15))
    zero = (np.zeros(len(features.COLUMNS)), np.zeros(len(features.COLUMNS)),
            np.ones(len(features.COLUMNS)))
    assert study.reordered(made, zero, study.Setting(offset=True)) == made.order
    assert study.recall_at_10(made, zero, study.Setting(ascent=True)) == 0.5


def test_ascent_keeps_the_shipped_order_when_no_move_gains():
    rows = [row(t, (0, 1, 2, 3), marked=(6, 15)) for t in range(1, 5)]
    model = study.fit(rows, study.Setting(ascent=True))
    assert not model[0].any()


def test_a_fold_is_never_trained_on_its_own_topics():
    rows = separable(range(1, 8))
    chosen = study.folds(rows, 3)
    assert sorted(t for fold in chosen for t in fold) == list(range(1, 8))
    assert len(study.folds(rows, 0)) == 7
    seen: list[set[int]] = []
    fitted = study.fit

    def spy(training, setting):
        seen.append({r.topic for r in training})
        return fitted(training, setting)
    study.fit = spy
    try:
        study.cross_validated(rows, [], 3, study.Setting())
    finally:
        study.fit = fitted
    assert [topics & fold for topics, fold in zip(seen, chosen, strict=True)] == [set()] * 3


def test_pairs_across_place_10_pair_only_documents_on_either_side_of_it():
    made = row(1, (0, 12, 14))
    setting = study.Setting(boundary=True)
    model = (np.zeros(0), np.zeros(len(features.COLUMNS)), np.ones(len(features.COLUMNS)))
    differences, margins, _ = study.pairs([made], setting, model)
    assert len(differences) == 10  # places 12 and 14 against the wrong ones at 5-9
    assert (margins < 0).all()  # each true report comes after the document it is paired with
    every, _, _ = study.pairs([made], study.Setting(), model)
    assert len(every) == 2 * 13


class Words:
    """A made-up library: each document's words, every word of IDF 6 but "the" (1)."""

    def __init__(self, words: dict[int, str]) -> None:
        self.found = {d: frozenset(text.split()) for d, text in words.items()}

    def words(self, doc: int) -> frozenset[str]:
        return self.found[doc]

    def rare_weight(self, word: str) -> float:
        return 1.0 if word == "the" else 6.0


def test_the_leaders_words_are_rare_words_two_of_the_first_three_write():
    library = Words({1: "the aceh quake bireuen", 2: "the aceh quake", 3: "the papua quake"})
    shared = features._leaders_words(library, [1, 2, 3])
    assert shared[None] == {"aceh": 6.0, "quake": 6.0}
    assert shared[3] == {"aceh": 6.0, "quake": 6.0}  # what both other leaders write
    assert shared[1] == {"quake": 6.0}
    assert features._share(shared[None], frozenset({"quake", "papua"})) == 0.5
