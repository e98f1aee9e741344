"""The candidate documents pass through ``claim_contrast`` before they are cut to the
depth read for evidence, so a report of the claim's event found low in the list is
read and listed."""

from __future__ import annotations

import pytest

from workbench.core.models import Article
from workbench.store import Store
from workbench.store import suggestions as module

CLAIM = "The quake damaged the market in the town."
TITLES = [f"Quake {n}" for n in range(25)]


def test_the_contrast_order_decides_which_candidates_are_read(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in for the re-ordering moves the last candidate first: it must be the
    first candidate read, and the candidates it sees carry their words."""
    seen: dict[int, frozenset[str]] = {}
    given: list[int] = []

    def last_first(candidates, words, weight):  # noqa: ANN001, ANN202
        seen.update(words)
        given.extend(candidates)
        return [candidates[-1], *candidates[:-1]]

    monkeypatch.setattr(module, "contrast_order", last_first)
    with Store(None) as store:
        for n, title in enumerate(TITLES):
            store.documents.add_article(
                Article(title, f"The quake damaged the market in town {n}."), analyze=False)
        scored = store.suggestions.scored_candidates(
            store.suggestions.statement_query(CLAIM), depth=3)
    assert len(seen) == module.CONTRAST_DEPTH
    assert all("market" in words for words in seen.values())
    assert len(given) > module.CONTRAST_DEPTH
    first = min(scored, key=lambda s: s.candidate_position)
    assert (first.candidate_position, first.document_id) == (0, given[-1])
