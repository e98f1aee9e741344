"""A title of the shape "X of (the) Y" is one piece of evidence, through the store (issue 16).

Sentences written for these tests; no analysis, so the words alone decide.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support import unanalysed_library
from workbench.store import Store

DOCUMENTS = [
    ("Briefing", "The Speaker of the House was not told. Aides declined to comment."),
    ("Rates", "Analysts expect the Bank of England to hold rates in March."),
    ("Campus", "Students at the University of Toronto returned to class on Monday."),
    ("Budget vote", "Speaker of the House Nancy Pelosi said the budget vote would go ahead "
     "on Thursday despite the shutdown."),
    ("Weather", "Heavy snow closed roads across the region on Tuesday."),
]  # fmt: skip


@pytest.fixture(scope="module")
def library() -> Iterator[tuple[Store, dict[str, int]]]:
    yield from unanalysed_library(DOCUMENTS)


def _listed(store: Store, statement: str) -> list[int]:
    return [s.document_id for s in store.suggestions.suggest_for_statement(statement)]


def test_a_sentence_sharing_only_the_title_is_not_listed(
    library: tuple[Store, dict[str, int]],
) -> None:
    store, ids = library
    listed = _listed(store, "Speaker of the House Nancy Pelosi said the shutdown "
                            "would end before the budget vote on Thursday.")
    assert ids["Briefing"] not in listed
    assert listed[:1] == [ids["Budget vote"]]


@pytest.mark.parametrize("statement", [
    "Officials of the Bank of England met ministers to discuss the new currency.",
    "Researchers of the University of Toronto published a new vaccine study.",
])
def test_a_statement_sharing_only_a_title_of_its_owner_gets_no_match(
    library: tuple[Store, dict[str, int]], statement: str,
) -> None:
    store, _ = library
    assert _listed(store, statement) == []
