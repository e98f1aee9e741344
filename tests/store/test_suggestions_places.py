"""A place shared with a statement is not enough to list a document, through the store (issue 16).

Sentences written for these tests; no analysis, so the words alone decide.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support import unanalysed_library
from workbench.store import Store

DOCUMENTS = [
    ("Trade talks", "Trade talks with the United States resumed in Geneva on Monday. "
     "Officials expect a deal before the summer."),
    ("Harvest report", "Farmers expect a record corn harvest this autumn after a wet spring."),
    ("Museum reopens", "The city museum reopened after renovation on Friday."),
    ("Tanker seized", "Near Oman, United States troops seized an oil tanker on Sunday. "
     "The crew was not harmed, the navy said."),
]  # fmt: skip


@pytest.fixture(scope="module")
def library() -> Iterator[tuple[Store, dict[str, int]]]:
    yield from unanalysed_library(DOCUMENTS)


def test_a_statement_sharing_only_its_opening_place_gets_no_match(
    library: tuple[Store, dict[str, int]],
) -> None:
    store, _ = library
    assert store.suggestions.suggest_for_statement(
        "United States envoys visited Seoul to discuss tariffs.") == []


def test_a_place_with_the_event_words_is_found_and_the_place_alone_is_not_listed(
    library: tuple[Store, dict[str, int]],
) -> None:
    store, ids = library
    found = store.suggestions.suggest_for_statement(
        "United States troops seized an oil tanker near Oman.")
    assert [s.document_id for s in found] == [ids["Tanker seized"]]
