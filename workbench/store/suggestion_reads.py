"""What claim suggestions read of the library, cached until the library changes.

Matching reads the same few hundred documents and words again and again across a batch of
claims: each candidate's sentences, mentions, quotes and claims (LRU-cached), the words of
the candidates the contrast re-ordering looks at (and their numbers, for a numbered claim),
each word's IDF, and the mean document length BM25 needs. ``store.suggestions`` ranks; this
part only reads and remembers.
"""

from __future__ import annotations

from collections import OrderedDict

from sqlite_utils import Database

from workbench.core.claim_contrast import most_documents
from workbench.core.claim_documents import document_words
from workbench.core.claim_features import inverse_document_frequency
from workbench.core.claim_matching import MATCHING_LABELS, CorpusStats, DocumentData, document_data
from workbench.core.claim_terms import numbers_in
from workbench.store import search as fts
from workbench.store.rows import ids_param, in_ids

CACHED_DOCUMENTS = 2000
# Candidates' word sets kept (least recently asked dropped first): a batch of 1,000
# statements asks for some 8,500 documents' words, 20 a statement, and a document asked
# again is mostly asked within a few thousand documents.
CACHED_WORD_SETS = 6000


class SuggestionReads:
    """The library's documents and word counts as suggestion ranking reads them (cached)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._documents: OrderedDict[int, DocumentData] = OrderedDict()
        self._idf: dict[str, float] = {}
        self.common: set[str] = set()  # words too common to mark an event, not counted
        self._words: OrderedDict[int, frozenset[str]] = OrderedDict()
        self._numbers: dict[int, frozenset[str]] = {}
        self._stats: CorpusStats | None = None
        self._cache_version: tuple[int, int] | None = None

    def candidate_words(self, doc_ids: list[int]) -> dict[int, frozenset[str]]:
        """Each document's lowercase words (``document_words``): from its cached data when
        the features read it, else from its title and text alone, read in one query and
        cached. Why: loading a document's whole data (sentences, mentions, quotes) for the
        15 candidates only the re-ordering looks at made batch suggestion half again as slow."""
        for doc_id in doc_ids:
            if doc_id in self._words:
                self._words.move_to_end(doc_id)
            elif doc_id in self._documents:
                data = self._documents[doc_id]
                titled = {w.lower() for found in data.title_by_stem.values() for w in found}
                self._words[doc_id] = frozenset(data.vocabulary) | titled
        missing = [doc_id for doc_id in doc_ids if doc_id not in self._words]
        if missing:
            for doc_id, title, text in self.db.execute(
                    f"SELECT id, title, text FROM documents WHERE {in_ids('id')}",
                    [ids_param(missing)]):
                self._words[int(doc_id)] = document_words(title, text)
        found = {doc_id: self._words[doc_id] for doc_id in doc_ids}
        while len(self._words) > CACHED_WORD_SETS:
            self._words.popitem(last=False)
        return found

    def candidate_numbers(self, doc_ids: list[int]) -> dict[int, frozenset[str]]:
        """Each document's numbers as the gate reads them (``DocumentData.numbers``): from
        its cached data when the features read it, else from its text alone, read in one
        query and cached. Why: the contrast counts a numbered claim's numbers in candidates
        the features never read, and loading their whole data (sentences, mentions,
        quotes) for it made batch suggestion a tenth slower (session 19)."""
        if len(self._numbers) > CACHED_DOCUMENTS:
            self._numbers = {}
        for doc_id in doc_ids:
            if doc_id not in self._numbers and doc_id in self._documents:
                self._numbers[doc_id] = self._documents[doc_id].numbers
        missing = [doc_id for doc_id in doc_ids if doc_id not in self._numbers]
        if missing:
            for doc_id, text in self.db.execute(
                    f"SELECT id, text FROM documents WHERE {in_ids('id')}",
                    [ids_param(missing)]):
                self._numbers[int(doc_id)] = numbers_in(text)
        return {doc_id: self._numbers[doc_id] for doc_id in doc_ids}

    def word_weight(self, total: int, word: str) -> float:
        """IDF of a word over the library of ``total`` documents (cached)."""
        key = f"{total}:{word}"
        if key not in self._idf:
            frequency = fts.count_matches(self.db, word)
            self._idf[key] = inverse_document_frequency(total, frequency)
        return self._idf[key]

    def name_weight(self, total: int, name: str) -> float:
        """IDF of a name (``core.event_names``) over the library: a name of several words
        is counted as a phrase ("supreme court" is rarer than "supreme" or "court")."""
        if " " not in name:
            return self.word_weight(total, name)
        key = f"{total}:\"{name}\""
        if key not in self._idf:
            frequency = fts.count_matches(self.db, f'"{name}"', advanced=True)
            self._idf[key] = inverse_document_frequency(total, frequency)
        return self._idf[key]

    def rare_word_weight(self, total: int, word: str) -> float:
        """A word's IDF when it may mark an event (``most_documents``), else the IDF of one
        document more than a marking word may be in (below the bar): its documents are
        counted only that far. Why: fully counting the common words the leaders share
        made the re-ordering a third of batch suggestion's time; the words it keeps and
        their weights are the same."""
        key = f"{total}:{word}"
        if key in self._idf:
            return self._idf[key]
        most = most_documents(total)
        if key not in self.common:
            frequency = fts.count_matches(self.db, word, at_most=most)
            if frequency <= most:
                self._idf[key] = inverse_document_frequency(total, frequency)
                return self._idf[key]
            self.common.add(key)
        return inverse_document_frequency(total, most + 1)

    def corpus_stats(self) -> CorpusStats:
        if self._stats is None:
            mean = self.db.execute("SELECT avg(word_count) FROM documents").fetchone()[0]
            self._stats = CorpusStats(float(mean or 0.0) or 500.0)
        return self._stats

    def document_data(self, doc_id: int) -> DocumentData:
        """Sentences, stems, mentions, quotes and claims of a document (LRU-cached)."""
        if doc_id in self._documents:
            self._documents.move_to_end(doc_id)
            return self._documents[doc_id]
        data = self.load_document_data(doc_id)
        self._documents[doc_id] = data
        if len(self._documents) > CACHED_DOCUMENTS:
            self._documents.popitem(last=False)
        return data

    def load_document_data(self, doc_id: int) -> DocumentData:
        title, text, published = self.db.execute(
            "SELECT title, text, published FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        marks = ",".join("?" * len(MATCHING_LABELS))
        mentions = [
            (int(s), int(e), int(i), n)
            for s, e, i, n in self.db.execute(
                f'SELECT m.start, m."end", m.entity_id, e.name FROM mentions m JOIN entities e'
                f" ON e.id = m.entity_id WHERE m.document_id = ? AND m.field = 'text'"
                f" AND m.label IN ({marks}) AND e.hidden = 0",
                [doc_id, *MATCHING_LABELS],
            )
        ]
        quotes = [
            (int(s), int(e), int(i), p)
            for s, e, i, p in self.db.execute(
                'SELECT start, "end", id, speaker_entity_id FROM quotes WHERE document_id = ?',
                [doc_id],
            )
        ]
        claims = [
            (int(s), int(e), int(i))
            for s, e, i in self.db.execute(
                'SELECT a.start, a."end", a.id FROM annotations a WHERE a.document_id = ?'
                " AND a.kind = 'claim'",
                [doc_id],
            )
        ]
        return document_data(title, text, published, mentions, quotes, claims)

    def drop_stale_caches(self) -> None:
        """Forget cached documents and weights whenever any connection changed the library."""
        version = (self.db.execute("PRAGMA data_version").fetchone()[0], self.db.conn.total_changes)
        if self._cache_version != version:
            self._documents = OrderedDict()
            self._idf = {}
            self.common = set()
            self._words = OrderedDict()
            self._numbers = {}
            self._stats = None
            self._cache_version = version
