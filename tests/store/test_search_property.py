"""Property tests of simple-mode search: it never raises, and it is an AND of the query's words.

The oracle is brute force over a small library: a document matches iff every
word of the query (a maximal run of letters and digits, the words simple mode
quotes), in one of its spellings with "ß" or "ss" (``sharp_s_spellings``), occurs in
it as a phrase under the tokenizer's own rules, and every run
of symbols of the query (emoji, currency signs) lies inside a run of symbols the
symbol index holds for it. The rules are
taken from SQLite itself: each query word and each document is tokenized by
an FTS5 table with the library's tokenizer (stemming and diacritics included),
read back through ``fts5vocab``, so the oracle is exact and needs no stemmer.
100,000 seeded queries over a nasty alphabet (FTS5 operators, quotes, column
filters, emoji, control characters, lone surrogates, very long strings) share one
library. Advanced mode has no oracle, but on the same queries it must answer or
raise ``SearchSyntaxError`` (a one-line message), never anything else: a lone
surrogate once raised UnicodeEncodeError in 568 of 100,000 of them.
"""

from __future__ import annotations

import random
import re
import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.models import Article
from workbench.store import LibraryFilter, Store
from workbench.store import search as fts
from workbench.store.search_symbols import symbol_runs

WORD = re.compile(r"[^\W_]+")
QUERIES = 100_000
VOCAB = [
    "sanctions", "talks", "minister", "said", "bridge", "council", "vote", "oil", "gas",
    "not", "and", "or", "near", "title", "text", "running", "runs", "ran", "café", "naïve",
    "résumé", "Zürich", "Łódź", "東京", "سلام", "שלום", "2024", "x86", "COVID-19", "e-mail",
    "O'Brien", "don't", "U.S.", "fiancée", "Straße", "ｆｕｌｌ", "İstanbul", "Ωmega",
]  # fmt: skip
ALPHA_WORDS = [word for word in VOCAB if word.isalpha()]  # repeated, still one word
VARIANTS = {"cafe": "café", "naive": "naïve", "resume": "résumé", "zurich": "Zürich"}
OPERATORS = [
    "AND", "OR", "NOT", "NEAR", "near", "NEAR(", "NEAR/3", "*", "^", ":", "title:", "text:",
    "(", ")", "{", "}", "-", "+", '"', "'", '""', "\\", ";", "--", "%", "_", "col:*",
    "'); DROP TABLE documents; --", "^title", "{title text}:", "a*b", "\"unterminated",
]  # fmt: skip
ODD = [
    "😀", "👍🏽", "👨\u200d👩\u200d👧", "🇺🇦", "❤\ufe0f", "\x00", "\x01", "\x07", "\x1b", "\x7f",
    "\u200b", "\ufeff", "\u2028", "\u2029", "\r\n", "\t", "\u202e", "e\u0301", "\U0001e900",
    "\ud800", "\udfff", "a\udc80b", "\ud83d", "\ude00x",
]  # fmt: skip
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, exclude_categories=())
NASTY_TEXT = st.lists(
    st.one_of(st.text(max_size=8), SURROGATES, st.sampled_from(VOCAB + OPERATORS + ODD)),
    max_size=24,
).map("".join)


class Oracle:
    """Brute-force matching with SQLite's own tokenizer, over one library."""

    def __init__(self, store: Store) -> None:
        schema = store.db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'documents_fts'"
        ).fetchone()[0]
        tokenizer = re.search(r"tokenize\s*=\s*'([^']*)'", schema)
        assert tokenizer is not None
        # A connection of its own, so the oracle never changes the store's state.
        self.scratch = sqlite3.connect(":memory:", isolation_level=None)
        self.scratch.text_factory = bytes  # FTS5 cuts over-long terms, even inside a character
        self.scratch.execute(f"CREATE VIRTUAL TABLE words USING fts5(x, tokenize='{tokenizer[1]}')")
        self.scratch.execute("CREATE VIRTUAL TABLE words_v USING fts5vocab(words, instance)")
        store.db.execute(
            "CREATE VIRTUAL TABLE temp.docs_v USING fts5vocab(main, documents_fts, instance)"
        )
        store.db.execute("CREATE VIRTUAL TABLE temp.documents_symbols_terms_instance"
                         " USING fts5vocab(main, documents_symbols, instance)")
        store.db.conn.text_factory = bytes
        try:
            rows = store.db.execute("SELECT term, doc, col, offset FROM temp.docs_v").fetchall()
        finally:
            store.db.conn.text_factory = str
        self.positions: dict[bytes, dict[int, set[tuple[bytes, int]]]] = {}
        for term, doc, column, offset in rows:
            self.positions.setdefault(term, {}).setdefault(doc, set()).add((column, offset))
        self.terms: dict[str, tuple[bytes, ...]] = {}
        # What the symbol index holds, per document: runs of emoji, currency and other signs.
        self.symbols: dict[int, set[str]] = {}
        for term, doc in store.db.execute(
            "SELECT term, doc FROM documents_symbols_terms_instance"
        ).fetchall():
            self.symbols.setdefault(int(doc), set()).add(str(term))

    def learn(self, words: set[str]) -> None:
        """Tokenize words not seen before, all in one go."""
        new = sorted(word for word in words if word not in self.terms)
        if not new:
            return
        found: dict[int, list[bytes]] = {}
        with self.scratch:
            self.scratch.execute("BEGIN")
            self.scratch.executemany("INSERT INTO words(rowid, x) VALUES (?, ?)", enumerate(new, 1))
            for doc, term in self.scratch.execute(
                "SELECT doc, term FROM words_v ORDER BY doc, offset"
            ):
                found.setdefault(doc, []).append(term)
            self.scratch.execute("ROLLBACK")
        for rowid, word in enumerate(new, 1):
            self.terms[word] = tuple(found.get(rowid, ()))

    def matches(self, query: str) -> set[int]:
        words = WORD.findall(query)
        spellings = {word: fts.sharp_s_spellings(word) for word in words}
        self.learn({spelling for each in spellings.values() for spelling in each})
        result: set[int] | None = None
        for word in words:  # "Straße" in any of its spellings: "strasse" too
            docs = set().union(*(self._phrase(self.terms[s]) for s in spellings[word]))
            result = docs if result is None else result & docs
            if not result:
                return set()
        for run in symbol_runs(query):  # each inside a run of symbols the document holds
            docs = {doc for doc, runs in self.symbols.items() if any(run in held for held in runs)}
            result = docs if result is None else result & docs
        return result or set()

    def _phrase(self, terms: tuple[bytes, ...]) -> set[int]:
        """Documents holding ``terms`` consecutively in one column (none for no terms)."""
        if not terms:
            return set()
        first = self.positions.get(terms[0], {})
        found = set()
        for doc, starts in first.items():
            if any(self._continues(doc, terms, column, offset) for column, offset in starts):
                found.add(doc)
        return found

    def _continues(self, doc: int, terms: tuple[bytes, ...], column: bytes, offset: int) -> bool:
        return all(
            (column, offset + k) in self.positions.get(term, {}).get(doc, set())
            for k, term in enumerate(terms[1:], 1)
        )


def searched_ids(store: Store, text: str) -> list[int]:
    """The ids the library view lists for a simple search of ``text``, by relevance.

    The app's own query (``library_ids``, as the search thread asks it). A text
    with no searchable words does not search at all (the view lists every
    document), so for the oracle it finds nothing.
    """
    search = LibraryFilter(query=text)
    return store.library.library_ids(search, order_by="relevance") if search.searching else []


def build_library(seed: int = 11, documents: int = 40) -> Store:
    rng = random.Random(seed)
    store = Store(None)
    for n in range(documents):
        title = " ".join(rng.choice(VOCAB) for _ in range(rng.randint(1, 4)))
        words = [rng.choice(VOCAB + list(VARIANTS)) for _ in range(rng.randint(3, 30))]
        text = " ".join(words) + f" doc{n}."
        store.documents.add_article(Article(title=title, text=text), analyze=False)
    return store


def piece(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        word = rng.choice(VOCAB + list(VARIANTS))
        return rng.choice([word, word.upper(), word.title(), word.lower()])
    if roll < 0.65:
        return rng.choice(OPERATORS)
    if roll < 0.8:
        return rng.choice(ODD)
    if roll < 0.9:
        return "".join(chr(_code_point(rng)) for _ in range(rng.randint(1, 4)))
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 6)))


def _code_point(rng: random.Random) -> int:
    return rng.randrange(1, 0x30000)  # lone surrogates (0xD800-0xDFFF) included


def random_query(rng: random.Random) -> str:
    roll = rng.random()
    count = rng.randint(1, 8)
    if roll < 0.0005:
        count = rng.randint(500, 3000)  # a pasted paragraph
    elif roll < 0.001:
        return rng.choice(ALPHA_WORDS) * rng.randint(10_000, 50_000)  # one enormous word
    separators = ["", " ", " ", " ", "  ", "\t", "\n"]
    return "".join(piece(rng) + rng.choice(separators) for _ in range(count))


def query_batches(seed: int, total: int, size: int = 5_000) -> Iterator[list[str]]:
    """Seeded queries in batches (the oracle tokenizes each batch's new words at once)."""
    rng = random.Random(seed)
    for first in range(0, total, size):
        yield [random_query(rng) for _ in range(min(size, total - first))]


@pytest.fixture(scope="module")
def library() -> Iterator[tuple[Store, Oracle]]:
    store = build_library()
    yield store, Oracle(store)
    store.close()


def test_the_oracle_agrees_on_plain_words(library: tuple[Store, Oracle]) -> None:
    store, oracle = library
    for query in ["sanctions", "Sanctions minister", "cafe", "CAFÉ", "run", "istanbul", "東京"]:
        assert set(searched_ids(store, query)) == oracle.matches(query), query
    assert oracle.matches("cafe") == oracle.matches("café") != set()  # diacritics removed
    assert oracle.matches("running") == oracle.matches("runs")  # porter stems both to "run"
    assert set(searched_ids(store, "STRASSE")) == oracle.matches("strasse") != set()
    assert oracle.matches("strasse") == oracle.matches("Straße")  # "ß" and "ss" both ways


def test_a_hundred_thousand_nasty_queries(library: tuple[Store, Oracle]) -> None:
    store, oracle = library
    checked = nonempty = 0
    for batch in query_batches(seed=2024, total=QUERIES):
        oracle.learn({word for query in batch for word in WORD.findall(query)})
        for query in batch:
            expected = oracle.matches(query)
            found = searched_ids(store, query)
            assert set(found) == expected, (query[:200], found, expected)
            assert len(found) == len(set(found))
            if checked % 50 == 0:
                assert store.library.count_search(query) == len(expected)
                hits = store.library.search(query, limit=5)
                assert {hit.document_id for hit in hits} <= expected
                assert_advanced_answers_or_refuses(store, query)
            checked += 1
            nonempty += bool(expected)
    assert checked == QUERIES
    assert nonempty > QUERIES // 20  # the generator really exercises matching, not only misses


@given(st.text(max_size=200))
@settings(max_examples=500, deadline=None)
def test_any_text_is_a_safe_simple_query(text: str) -> None:
    store, oracle = _shared()
    assert set(searched_ids(store, text)) == oracle.matches(text)
    assert store.library.count_search(text) == len(oracle.matches(text))
    store.library.search(text, limit=3)


def assert_advanced_answers_or_refuses(store: Store, query: str) -> None:
    """Advanced mode answers, or raises a one-line SearchSyntaxError; nothing else."""
    try:
        store.library.search(query, advanced=True, limit=3)
        store.library.count_search(query, advanced=True)
    except fts.SearchSyntaxError as error:
        assert "\n" not in str(error)


@given(NASTY_TEXT)
@settings(max_examples=500, deadline=None)
def test_any_text_with_lone_surrogates_is_a_safe_query_in_both_modes(text: str) -> None:
    store, oracle = _shared()
    assert set(searched_ids(store, text)) == oracle.matches(text)
    assert_advanced_answers_or_refuses(store, text)


def test_the_generators_produce_lone_surrogates() -> None:
    queries = [query for batch in query_batches(seed=2024, total=5_000) for query in batch]
    assert sum(any(0xD800 <= ord(c) <= 0xDFFF for c in query) for query in queries) > 50


_SHARED: list[tuple[Store, Oracle]] = []


def _shared() -> tuple[Store, Oracle]:
    """One library for all hypothesis examples (function fixtures do not mix with @given)."""
    if not _SHARED:
        store = build_library(seed=5)
        _SHARED.append((store, Oracle(store)))
    return _SHARED[0]


def test_a_pasted_text_repeating_one_word_asks_for_it_once(
    library: tuple[Store, Oracle],
) -> None:
    """FTS5 ranking is quadratic in repeated terms (20,000 copies: 16 s, 138 s with snippets)."""
    store, oracle = library
    assert fts.simple_query("Sanctions sanctions " * 10_000) == '"Sanctions"'
    assert set(searched_ids(store, "sanctions " * 20_000)) == oracle.matches("sanctions")


def test_words_differing_only_in_a_case_fts5_does_not_fold_are_both_required() -> None:
    with Store(None) as store:
        store.documents.add_article(Article(title="x", text="ა word"), analyze=False)
        oracle = Oracle(store)
        for query in ("ა Ა", "Ა ა", "ა"):
            assert set(searched_ids(store, query)) == oracle.matches(query), query
