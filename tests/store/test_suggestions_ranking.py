"""Suggestions on a small library written for the purpose: noise stays out, matches come in.

The two bad examples of issue 16 (a claim matching only "Berlin" or
"Russian"; "cooperation" finding a man called Cooper) and a paraphrase that
shares names and a number with its claim.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workbench.core.models import Article
from workbench.store import Store

FILLER = [
    ("Harvest report", "Farmers in Iowa expect a record corn harvest this autumn after a wet "
     "spring. Prices for soybeans fell slightly on Monday."),
    ("Museum reopens", "The city museum reopened after renovation. Visitors queued for hours to "
     "see the new dinosaur hall."),
    ("Rail strike", "Train drivers walked out over pay. Commuters faced long delays across the "
     "region on Thursday."),
]  # fmt: skip
NOISE = [
    ("Berlin marathon", "Thousands ran the marathon in Berlin on Sunday. A Kenyan runner won in "
     "record time, and the crowd cheered along the route."),
    ("Russian ballet tour", "A Russian ballet company began its tour in London. Critics praised "
     "the dancers and the orchestra."),
    ("Cooper on training", "Coach Dan Cooper said the team would train harder before the final. "
     "\"We play the countries we draw,\" Cooper said."),
]  # fmt: skip
GENOA = ("Bridge collapse in Genoa", "A motorway bridge fell in northern Italy on Tuesday. In "
         "Genoa, 12 people were killed after the Morandi bridge gave way during a storm. "
         "Rescuers searched the rubble through the night. The Morandi bridge had been repaired "
         "in 2016, and the Genoa prosecutor opened an inquiry into the collapse.")


@pytest.fixture(scope="module")
def library() -> Iterator[tuple[Store, dict[str, int]]]:
    store = Store(None)
    ids = {}
    for title, text in [*FILLER, *NOISE, GENOA]:
        changes = store.documents.add_article(Article(title, text), analyze=False)
        ids[title] = changes.documents_added[0]
    yield store, ids
    store.close()


def test_a_single_shared_place_or_nationality_suggests_nothing(
    library: tuple[Store, dict[str, int]],
) -> None:
    store, _ = library
    claim = "The Russian government dismissed the claim from Berlin as groundless."
    assert store.suggestions.suggest_for_statement(claim) == []


def test_cooperation_never_finds_a_man_called_cooper(library: tuple[Store, dict[str, int]]) -> None:
    store, _ = library
    claim = "Miller said the arms deals would undermine cooperation between the two countries."
    assert store.suggestions.suggest_for_statement(claim) == []


def test_a_paraphrase_sharing_names_and_a_number_is_found_once_per_document(
    library: tuple[Store, dict[str, int]],
) -> None:
    store, ids = library
    claim = "Twelve people died when the Morandi bridge collapsed in Genoa."
    (found,) = store.suggestions.suggest_for_statement(claim)
    assert found.document_id == ids[GENOA[0]]
    assert "12 people were killed" in found.text
    assert found.more_in_document >= 1
    again = store.suggestions.suggest_for_statement(claim, per_document=3)
    assert {s.document_id for s in again} == {ids[GENOA[0]]} and len(again) >= 2
    assert again[0].text == found.text
    assert again[0].more_in_document < found.more_in_document  # shown now, so no longer "more"


def test_the_claims_own_document_is_left_out(library: tuple[Store, dict[str, int]]) -> None:
    store, ids = library
    claim = "Twelve people died when the Morandi bridge collapsed in Genoa."
    assert store.suggestions.suggest_for_statement(claim, exclude_document=ids[GENOA[0]]) == []
