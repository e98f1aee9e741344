from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.models import Article
from workbench.store import SearchSyntaxError, Store
from workbench.store.search import INDEX_TOKENIZER, count_matches, simple_query


@pytest.fixture
def searchable(store: Store) -> Store:
    store.documents.add_article(
        Article(title="Sanctions on Russia", text="The US warned of sanctions.")
    )
    store.documents.add_article(
        Article(title="Arms deal", text="North Korea and Russia discussed arms.")
    )
    store.documents.add_article(
        Article(title="Weather", text="Rain is expected in Kyiv (not snow).")
    )
    return store


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sanctions", 1),
        ("russia", 2),
        ("Russia arms", 1),
        ("NOT", 1),
        ("(not snow)", 1),
        ('"unbalanced', 0),
        ("-russia", 2),
        ("title:weather", 0),
        ("arms*", 1),
        ("", 0),
        ("   ", 0),
        ("***", 0),
    ],
)
def test_simple_mode_is_an_and_of_tokens(searchable: Store, query: str, expected: int) -> None:
    assert searchable.library.count_search(query) == expected
    assert len(searchable.library.search(query)) == expected


def test_simple_query_quotes_every_token() -> None:
    assert simple_query('NOT a"b (c) A') == '"NOT" AND "a" AND "b" AND "c"'


def test_advanced_mode_passes_syntax_through(searchable: Store) -> None:
    assert searchable.library.count_search("russia NOT arms", advanced=True) == 1
    assert searchable.library.count_search("title:weather", advanced=True) == 1


@pytest.mark.parametrize("query", ['"unbalanced', "AND", "title:", "(a OR", "NEAR("])
def test_advanced_syntax_errors_are_one_line(searchable: Store, query: str) -> None:
    with pytest.raises(SearchSyntaxError) as info:
        searchable.library.search(query, advanced=True)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("russia -arms", "'arms' is read as a column name"),
        ("author:someone", "'author' is read as a column name"),
        ("(russia OR", "the query ends too early"),
        ("*", "a '\\*' must follow the word or phrase it completes"),
    ],
)
def test_advanced_syntax_errors_say_what_to_change(
    searchable: Store, query: str, words: str
) -> None:
    """Found by an attack run: "russia -arms" said "no such column: arms" and "(a OR" said
    'fts5: syntax error near ""', SQLite's words for what the analyst typed."""
    for search in (searchable.library.search, searchable.library.count_search):
        with pytest.raises(SearchSyntaxError, match=words):
            search(query, advanced=True)


def test_snippets_mark_matches(searchable: Store) -> None:
    (hit,) = searchable.library.search("warned")
    assert "[warned]" in hit.snippet_text()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_random_strings_never_make_simple_search_raise(text: str) -> None:
    store = Store(None)
    store.documents.add_article(Article(title="t", text="some text here"))
    store.library.search(text)
    store.library.count_search(text)
    store.close()


@pytest.mark.parametrize(("order_by", "descending"),
                         [("relevance", False), ("title", False), ("published", True)])
def test_library_ids_limit_is_a_prefix_of_the_full_order(store: Store, order_by: str,
                                                         descending: bool) -> None:
    """The first page read alone must match the same rows of the full ranking, ties included."""
    from workbench.store import LibraryFilter

    for number in range(40):
        text = f"Item {number}. " + "Russia " * (1 + number % 4)
        store.documents.add_article(Article(title=f"T{number % 3}", text=text,
                                  published=f"2021-01-{1 + number % 5:02d}"))
    store.documents.add_article(Article(title="Other", text="Nothing here."))
    search = LibraryFilter(query="russia")
    full = store.library.library_ids(search, order_by=order_by, descending=descending)
    assert len(full) == 40 == store.library.count_library(search)
    top = store.library.library_ids(search, order_by=order_by, descending=descending, limit=15)
    assert top == full[:15]
    rows = store.library.library_rows(top[:3], search)
    assert [row["id"] for row in rows] == top[:3]
    assert all("russia" in row["snippet"].lower() for row in rows)


def test_count_matches_stops_one_document_past_at_most() -> None:
    """With ``at_most`` the count stops one past it (a common word is told apart without
    counting all its documents); under it, the count is exact."""
    with Store(None) as store:
        for n in range(5):
            store.documents.add_article(Article(f"Day {n}", f"The harbour opened {n}."),
                                        analyze=False)
        assert count_matches(store.db, "harbour") == 5
        assert count_matches(store.db, "harbour", at_most=2) == 3
        assert count_matches(store.db, "harbour", at_most=9) == 5
        assert count_matches(store.db, "harbour", at_most=-1) == 0


def test_the_query_check_reads_queries_with_the_index_s_own_tokenizer(tmp_path) -> None:
    """check_search_query builds an empty copy of the index to find syntax errors before a
    library opens; a tokenizer differing from the real index's would judge other queries."""
    with Store(tmp_path / "library.sqlite") as store:
        sql = store.db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").fetchone()[0]
    assert f"tokenize='{INDEX_TOKENIZER}'" in sql
