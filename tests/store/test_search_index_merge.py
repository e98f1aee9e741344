"""The full-text index merged in committed steps: fewer segments, the same answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import segment_count
from workbench.core.models import Article
from workbench.store import Store

WORDS = ("sanctions", "ceasefire", "tariffs", "election", "pipeline", "refinery", "summit",
         "drought", "strike", "verdict", "merger", "embargo")


def article(number: int) -> Article:
    """A distinct article whose words overlap the others' (so rankings differ)."""
    chosen = [WORDS[(number * step) % len(WORDS)] for step in (1, 3, 5, 7)]
    return Article(title=f"Report {number} on {chosen[0]}",
                   text=f"Officials in city {number} spoke of {' and '.join(chosen)} today.")


@pytest.fixture
def many(tmp_path: Path):
    with Store(tmp_path / "library.sqlite") as store:
        for number in range(120):  # one transaction each, as an import stores them
            store.documents.add_article(article(number), analyze=False)
        yield store


def answers(store: Store) -> list[list[tuple[int, str, float]]]:
    """Each query's hits in order, with their snippets and bm25 ranks."""
    return [[(hit.document_id, hit.snippet, round(hit.rank, 9))
             for hit in store.library.search(word, limit=200)]
            for word in (*WORDS, "city 7", "report")]


def test_merging_leaves_one_segment_and_the_same_answers(many: Store) -> None:
    before = answers(many)
    assert segment_count(many) > 1
    steps = list(many.library.merge_search_index())
    assert steps and all(pages >= 2 for pages in steps)
    assert segment_count(many) == 1
    assert answers(many) == before


def test_a_merged_index_has_nothing_left_to_merge(many: Store) -> None:
    list(many.library.merge_search_index())
    assert list(many.library.merge_search_index()) == []


def test_an_interrupted_merge_keeps_its_steps_and_finishes_later(many: Store) -> None:
    before = answers(many)
    steps = many.library.merge_search_index()
    next(steps)
    steps.close()  # the writer stopped between two committed steps
    assert not many.db.conn.in_transaction
    assert answers(many) == before
    list(many.library.merge_search_index())
    assert segment_count(many) == 1
    assert answers(many) == before
