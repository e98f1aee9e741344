"""A claim made from a detected quote names that quote, or none, after the text is re-analysed.

Why: every analysis deletes a document's quotes and writes new rows, and SQLite hands
freed ids to the new ones. A claim made from quote 2 ("…will be confirmed") kept
``quote_id`` 2 after an update, when quote 2 had become another sentence, so the JSON
export and the reader's "already a claim" pointed at the wrong quote.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workbench.core.models import Analysis, Article, Quote
from workbench.store import Store

OLD = 'Tobias said "it will be respectful." Leo said "Gorsuch will be confirmed."'
NEW = ('A colleague said "he is fair." Tobias said "it will be respectful." '
       'Leo said "Gorsuch will be confirmed."')


def _quotes(text: str) -> Analysis:
    """One direct quote per pair of quotation marks, in reading order."""
    quotes, start = [], text.find('"')
    while start != -1:
        end = text.index('"', start + 1) + 1
        quotes.append(Quote(start, end, text[start:end], speaker_text="a speaker"))
        start = text.find('"', end)
    return Analysis(quotes=tuple(quotes))


@pytest.fixture
def store() -> Iterator[Store]:
    library = Store(None)
    yield library
    library.close()


def _made_from_last_quote(store: Store) -> tuple[int, int]:
    doc = store.documents.add_article(Article(title="Vote", text=OLD),
                                      analyze=False).documents_added[0]
    store.analysis.save_analysis(doc, _quotes(OLD))
    last = store.analysis.document_quotes(doc)[-1]
    claim, _ = store.claims.claim_from_quote(last["id"])
    assert store.claims.get_claim(claim).quote_id == last["id"]
    return doc, claim


def test_after_an_update_the_claim_names_the_quote_now_holding_its_words(store: Store) -> None:
    doc, claim = _made_from_last_quote(store)
    store.versions.replace_document_text(doc, NEW)
    store.analysis.save_analysis(doc, _quotes(NEW))
    made = store.claims.get_claim(claim)
    quote = next(q for q in store.analysis.document_quotes(doc) if q["id"] == made.quote_id)
    assert quote["text"] == '"Gorsuch will be confirmed."'
    assert (quote["start"], quote["end"]) == (made.start, made.end)


def test_a_quote_no_longer_found_leaves_the_claim_without_one(store: Store) -> None:
    doc, claim = _made_from_last_quote(store)
    store.analysis.save_analysis(doc, _quotes(OLD.split(" Leo")[0]))  # the quote not found
    assert store.claims.get_claim(claim).quote_id is None


def test_undo_of_the_update_gives_the_old_quote_back(store: Store) -> None:
    doc, claim = _made_from_last_quote(store)
    before = store.claims.get_claim(claim).quote_id
    store.versions.replace_document_text(doc, NEW)
    store.analysis.save_analysis(doc, _quotes(NEW))
    store.history.undo()
    assert store.claims.get_claim(claim).quote_id == before


def test_a_claim_inside_a_quote_keeps_naming_it_after_a_reanalysis(store: Store) -> None:
    doc = store.documents.add_article(Article(title="Vote", text=OLD),
                                      analyze=False).documents_added[0]
    store.analysis.save_analysis(doc, _quotes(OLD))
    start = OLD.index("Gorsuch")
    claim, _ = store.claims.add_claim(doc, start, start + len("Gorsuch will be"))
    store.analysis.save_analysis(doc, _quotes(OLD))  # the same quotes, new rows
    made = store.claims.get_claim(claim)
    quote = next(q for q in store.analysis.document_quotes(doc) if q["id"] == made.quote_id)
    assert quote["text"] == '"Gorsuch will be confirmed."'
