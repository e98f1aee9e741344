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


def _full_words(store: Store, doc_id: int) -> frozenset[str]:
    """A document's words as the re-ordering first read them: from its whole data."""
    data = store.suggestions._load_document_data(doc_id)
    titled = {w.lower() for found in data.title_by_stem.values() for w in found}
    return frozenset(data.vocabulary) | titled


def test_candidate_words_read_cheaply_equal_the_whole_documents_words() -> None:
    """The words read from title and text alone (one query, no sentences or mentions) and
    those taken from documents the features already loaded are the same words the
    re-ordering read from each whole document, so its order does not change."""
    texts = [("Café Crème’s “Quake” in São Paulo", "The quake hit Zürich's market; 7.2 on it."),
             ("ÉLAN OF THE NORTH", "L'Oréal and O'Neil met in naïve Québec at 10:30 a.m."),
             ("Quake 3", "The quake damaged the market_hall in town 3, and it's over.")]
    with Store(None) as store:
        for title, text in texts:
            store.documents.add_article(Article(title, text), analyze=False)
        doc_ids = [int(row[0]) for row in store.db.execute("SELECT id FROM documents")]
        suggestions = store.suggestions
        suggestions._document_data(doc_ids[0])  # one read whole by the features first
        cheap = suggestions._candidate_words(doc_ids)
        assert cheap == {d: _full_words(store, d) for d in doc_ids}
        assert suggestions._candidate_words(doc_ids) == cheap  # cached, same again
