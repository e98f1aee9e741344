"""The candidate documents pass through ``claim_contrast`` before they are cut to the
depth read for evidence, so a report of the claim's event found low in the list is
read and listed."""

from __future__ import annotations

import random

import pytest

from workbench.core import claim_contrast
from workbench.core.claim_contrast import MIN_IDF, contrast_order
from workbench.core.claim_features import inverse_document_frequency
from workbench.core.models import Article
from workbench.store import Store
from workbench.store import search as fts
from workbench.store import suggestions as module
from workbench.store.suggestion_reads import SuggestionReads

CLAIM = "The quake damaged the market in the town."
TITLES = [f"Quake {n}" for n in range(25)]


def test_the_contrast_order_decides_which_candidates_are_read(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in for the re-ordering moves the last candidate first: it must be the
    first candidate read, and the candidates it sees carry their words."""
    seen: dict[int, frozenset[str]] = {}
    given: list[int] = []

    def last_first(candidates, words, weight, numbers=None):  # noqa: ANN001, ANN202
        seen.update(words)
        given.extend(candidates)
        return [candidates[-1], *candidates[:-1]]

    monkeypatch.setattr(claim_contrast, "contrast_order", last_first)
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


def test_the_claims_numbers_each_candidate_writes_reach_the_contrast(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbers are counted per candidate as the gate reads them ("seven" is 7), and a
    claim without numbers asks for no count (no document is loaded for it)."""
    given: list[dict[int, int] | None] = []

    def keep(candidates, words, weight, numbers=None):  # noqa: ANN001, ANN202
        given.append(numbers)
        return candidates

    monkeypatch.setattr(claim_contrast, "contrast_order", keep)
    with Store(None) as store:
        for n, title in zip(("seven", "three", "7", "many"), TITLES, strict=False):
            store.documents.add_article(
                Article(title, f"The quake damaged {n} markets in the town."), analyze=False)
        for text in ("The quake damaged 7 markets in the town.", CLAIM):
            store.suggestions.scored_candidates(store.suggestions.statement_query(text))
    with_numbers, without = given
    assert without is None
    assert with_numbers is not None
    assert sorted(with_numbers.values()) == [0, 0, 1, 1]


def _full_words(store: Store, doc_id: int) -> frozenset[str]:
    """A document's words as the re-ordering first read them: from its whole data."""
    data = store.suggestions.reads.load_document_data(doc_id)
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
        reads = store.suggestions.reads
        reads.document_data(doc_ids[0])  # one read whole by the features first
        cheap = reads.candidate_words(doc_ids)
        assert cheap == {d: _full_words(store, d) for d in doc_ids}
        assert reads.candidate_words(doc_ids) == cheap  # cached, same again


def test_counting_a_words_documents_only_as_far_as_the_bar_keeps_the_contrast_order() -> None:
    """The re-ordering's word weights stop counting a word's documents past the most a
    marking word may be in (``most_documents``): over a library of common and rare
    words, every order equals the one the fully counted weights give, and some words
    were indeed left uncounted and some orders indeed moved."""
    rng = random.Random(7)
    vocabulary = [f"word{n}" for n in range(120)]
    chances = [1 / (1 + n / 4) for n in range(len(vocabulary))]
    with Store(None) as store:
        for n in range(240):
            chosen = {rng.choices(vocabulary, chances)[0] for _ in range(12)}
            chosen.add(f"place{n // 6}")  # an event's word: six documents write it
            store.documents.add_article(
                Article(f"Quake {n}", "The quake " + " ".join(sorted(chosen)) + "."),
                analyze=False)
        doc_ids = [int(row[0]) for row in store.db.execute("SELECT id FROM documents")]
        capped = store.suggestions.reads
        exact = SuggestionReads(capped.db)
        words = capped.candidate_words(doc_ids)
        total = len(doc_ids)
        moved = 0
        for _ in range(40):
            event = rng.randrange(len(doc_ids) // 6) * 6
            others = rng.sample([d for d in doc_ids[:event] + doc_ids[event + 6:]], 19)
            later = others[2:] + doc_ids[event + 3:event + 6]
            rng.shuffle(later)
            candidates = doc_ids[event:event + 3] + others[:2] + later
            cheap = contrast_order(candidates, words,
                                   lambda word: capped.rare_word_weight(total, word))
            full = contrast_order(candidates, words,
                                  lambda word: exact.word_weight(total, word))
            assert cheap == full
            moved += cheap != candidates
        assert capped.common and moved
        uncounted = [key.split(":", 1)[1] for key in capped.common]
        assert all(inverse_document_frequency(total, fts.count_matches(store.db, word))
                   < MIN_IDF for word in uncounted)


def test_candidate_numbers_read_without_loading_documents_equal_the_gates(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The numbers the contrast counts in candidates the features never read come from
    their text alone (no document's whole data is loaded for them), and they are the
    numbers the gate reads in the whole document, digits and words alike; a document
    the features already loaded gives its own."""
    texts = ["Seven died when the 6.1 quake hit; 1,200 homes fell.",
             "Forty-two of the eleventh floor's 3 lifts failed.",
             "No figures were given."]
    with Store(None) as store:
        for n, text in enumerate(texts):
            store.documents.add_article(Article(f"Quake {n}", text), analyze=False)
        doc_ids = [int(row[0]) for row in store.db.execute("SELECT id FROM documents ORDER BY id")]
        reads = store.suggestions.reads
        whole = {d: reads.load_document_data(d).numbers for d in doc_ids}
        loaded = reads.document_data(doc_ids[0])

        def refuse(doc_id: int) -> None:
            raise AssertionError(f"document {doc_id} loaded whole for its numbers")

        monkeypatch.setattr(reads, "load_document_data", refuse)
        numbers = reads.candidate_numbers(doc_ids)
    assert numbers == whole
    assert numbers[doc_ids[0]] is loaded.numbers
    assert {"7", "6.1", "1200"} <= numbers[doc_ids[0]]
    assert not numbers[doc_ids[2]]


def test_candidate_words_drop_the_least_recently_asked_document_first(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ``CACHED_WORD_SETS`` documents the one asked longest ago is dropped, not all
    of them: a document asked again recently is not read again from the library."""
    from workbench.store import suggestion_reads

    monkeypatch.setattr(suggestion_reads, "CACHED_WORD_SETS", 2)
    with Store(None) as store:
        for n in range(3):
            store.documents.add_article(Article(f"Quake {n}", f"Report {n} of the quake."),
                                        analyze=False)
        first, second, third = [int(r[0]) for r in store.db.execute(
            "SELECT id FROM documents ORDER BY id")]
        reads = store.suggestions.reads
        reads.candidate_words([first])
        reads.candidate_words([second])
        kept = reads.candidate_words([first])[first]
        reads.candidate_words([third])  # the third pushes out the second, asked longest ago
        asked: list[object] = []
        monkeypatch.setattr(reads, "db", _Spy(store.db, asked))
        assert reads.candidate_words([first])[first] is kept
        assert not asked
        assert "report" in reads.candidate_words([second])[second]
        assert len(asked) == 1


class _Spy:
    """A database whose ``execute`` calls are recorded (to see what was read again)."""

    def __init__(self, db: object, asked: list[object]) -> None:
        self.db, self.asked = db, asked

    def execute(self, *args: object) -> object:
        self.asked.append(args)
        return self.db.execute(*args)  # type: ignore[attr-defined]
