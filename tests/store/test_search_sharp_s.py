"""German "ß" and "ss" in a library search: "Straße" found by "strasse" and the reverse.

The index's tokenizer (unicode61) folds case and removes diacritics but keeps "ß" and
"ss" apart, so each spelling found only its own documents; the query asks for both.
"""

from __future__ import annotations

import pytest

from workbench.core.models import Article
from workbench.store import Store, matched_spans
from workbench.store.search import highlight_query, sharp_s_spellings

TEXTS = {
    "Berlin": "Die Friedrichstraße bleibt gesperrt, die Straße nach Mitte ist frei.",
    "Zürich": "Die Bahnhofstrasse ist gesperrt, die Strasse zum See ist frei.",
    "Kiel": "Im Schlossgarten liegt die Schloßstraße, beim Fußball ist es laut.",
    "London": "The class met in the main hall; the pass was closed.",
}


def _found(store: Store, query: str) -> list[str]:
    return sorted(hit.title for hit in store.library.search(query))


@pytest.fixture
def german(store: Store) -> Store:
    for title, text in TEXTS.items():
        store.documents.add_article(Article(title=title, text=text), analyze=False)
    return store


@pytest.mark.parametrize(("query", "titles"), [
    ("strasse", ["Berlin", "Zürich"]),
    ("Straße", ["Berlin", "Zürich"]),
    ("STRASSE", ["Berlin", "Zürich"]),
    ("STRAẞE", ["Berlin", "Zürich"]),  # the capital sharp s
    ("Strasse frei", ["Berlin", "Zürich"]),  # every word, each in either spelling
    ("strasse Mitte", ["Berlin"]),
    ("schlossstrasse", ["Kiel"]),  # "ss" read as "ß" in one place of two
    ("fussball", ["Kiel"]),
    ("Bahnhofstraße", ["Zürich"]),
    ("class", ["London"]),  # English words with "ss" are found as before
])
def test_either_spelling_finds_both(german: Store, query: str, titles: list[str]) -> None:
    assert _found(german, query) == titles
    assert german.library.count_search(query) == len(titles)


def test_the_snippet_and_the_reader_mark_the_other_spelling(german: Store) -> None:
    [hit] = [hit for hit in german.library.search("strasse") if hit.title == "Berlin"]
    assert "[Straße]" in hit.snippet_text()
    text = TEXTS["Berlin"]
    marked = [text[s:e] for s, e in matched_spans(text, highlight_query("strasse", False), 10)]
    assert marked == ["Straße"]


def test_advanced_search_matches_as_written(german: Store) -> None:
    """FTS5's own syntax is passed through: an analyst writes ("strasse" OR "straße")."""
    assert [h.title for h in german.library.search("strasse", advanced=True)] == ["Zürich"]


@pytest.mark.parametrize(("word", "spellings"), [
    ("Köln", ["Köln"]),
    ("Straße", ["Straße", "strasse"]),
    ("Strasse", ["Strasse", "straße"]),
    ("Schlossstraße", ["Schlossstraße", "schlossstrasse", "schloßstrasse", "schloßstraße"]),
])
def test_spellings(word: str, spellings: list[str]) -> None:
    assert sharp_s_spellings(word) == spellings


def test_a_word_of_many_double_s_asks_for_at_most_eight_spellings() -> None:
    assert len(sharp_s_spellings("ss" * 10)) == 8
