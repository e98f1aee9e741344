"""A candidate document as claim matching reads it: its words found by stem, lazily.

Why lazy: a batch of 1,000 claims reads some 40,000 candidate documents, and
stemming every word of each (Snowball in pure Python) cost more than all the
scoring. A document keeps only its sorted vocabulary; a claim's stem is looked
up by prefix (Snowball stems keep all but at most the last letter of the
word), only the few words that share it are stemmed, and their positions are
found when first asked for and remembered.
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass, field
from typing import Any

from workbench.core.claim_terms import WORD_PATTERN, fold_accents, numbers_in
from workbench.core.event_names import name_counts, word_counts, written_names
from workbench.core.sentences import sentence_spans, stem
from workbench.core.word_runs import WordRuns, whole_words

SCANNED_WORDS = 64  # a suggestion asks a candidate fewer; one pass costs ~50 scans (news article)
_WORD = re.compile(WORD_PATTERN, re.UNICODE)  # as the claim's words: "126,000" is one


@dataclass
class DocumentData:
    """One candidate document: text, sentences, vocabulary and the analysis' spans."""

    title: str
    text: str
    published: str | None
    sentences: list[tuple[int, int]]
    vocabulary: list[str]
    title_by_stem: dict[str, list[str]]
    length: int
    mentions: list[tuple[int, int, int, str]]
    quotes: list[tuple[int, int, int, int | None]]
    claims: list[tuple[int, int, int]]
    entity_ids: frozenset[int] = frozenset()
    sentence_starts: list[int] = field(default_factory=list)
    _lower: str = ""
    _spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _runs: WordRuns | None = None
    _numbers: frozenset[str] | None = None
    _names: frozenset[str] | None = None
    _whole_names: frozenset[str] | None = None
    _written: frozenset[str] | None = None
    _mentions_by_sentence: dict[int, list[tuple[int, int, int]]] | None = None
    _entity_names: dict[int, str] | None = None
    _spans_by_sentence: dict[str, dict[int, list[Any]]] = field(default_factory=dict)

    def sentence_of(self, position: int) -> int | None:
        """Index of the sentence holding ``position`` (None between sentences)."""
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        return index if index >= 0 and position < self.sentences[index][1] else None

    def words_with_stem(self, key: str) -> list[str]:
        """The document's distinct lowercase words whose stem is ``key``."""
        prefix = key[: max(2, len(key) - 1)]
        index = bisect.bisect_left(self.vocabulary, prefix)
        found = []
        while index < len(self.vocabulary) and self.vocabulary[index].startswith(prefix):
            word = self.vocabulary[index]
            if stem(word) == key:
                found.append(word)
            index += 1
        return found

    def spans_of(self, words: list[str]) -> dict[str, list[tuple[int, int]]]:
        """Where each (lowercase) vocabulary word occurs as a whole word (remembered). The
        first ``SCANNED_WORDS`` are scanned for; a document asked more (``compare``'s
        book asked every word of the other one) is read once into ``WordRuns``."""
        for word in words:
            if word not in self._spans:
                if self._runs is None and len(self._spans) >= SCANNED_WORDS:
                    self._runs = WordRuns(self._lower)
                self._spans[word] = (list(whole_words(self._lower, word)) if self._runs is None
                                     else self._runs.spans(word))
        return {w: self._spans[w] for w in words}

    @property
    def numbers(self) -> frozenset[str]:
        """Numbers the document writes (read when a claim with numbers first asks)."""
        if self._numbers is None:
            self._numbers = numbers_in(self.text)
        return self._numbers

    @property
    def mentions_by_sentence(self) -> dict[int, list[tuple[int, int, int]]]:
        """The entity mentions (start, end, entity id) by sentence, in text order (read once:
        a cached candidate document is scored against many claims)."""
        if self._mentions_by_sentence is None:
            found: dict[int, list[tuple[int, int, int]]] = {}
            for mention in sorted((s, e, i) for s, e, i, _ in self.mentions):
                index = self.sentence_of(mention[0])
                if index is not None:
                    found.setdefault(index, []).append(mention)
            self._mentions_by_sentence = found
        return self._mentions_by_sentence

    def quotes_over(self, start: int, end: int) -> list[tuple[int, int, int, int | None]]:
        """The quotes overlapping ``start``..``end``, in ``quotes`` order."""
        return self._over("quotes", start, end)

    def claims_over(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The claims overlapping ``start``..``end``, in ``claims`` order."""
        return self._over("claims", start, end)

    def _over(self, kind: str, start: int, end: int) -> list[Any]:
        """Spans of ``kind`` overlapping a stretch: for a whole sentence, only those placed
        in it are tested. Why: each scored sentence of a book-length document walked all
        its quotes and claims (for its kind and its speaker), the most of ``compare``'s
        time on two books; any other stretch walks them all, so both read the same."""
        items: list[Any] = getattr(self, kind)
        index = self.sentence_of(start)
        if index is None or self.sentences[index] != (start, end):
            return [item for item in items if item[0] < end and item[1] > start]
        if kind not in self._spans_by_sentence:
            self._spans_by_sentence[kind] = _by_sentence(items, self.sentences,
                                                         self.sentence_starts)
        return [item for item in self._spans_by_sentence[kind].get(index, ())
                if item[0] < end and item[1] > start]

    @property
    def entity_names(self) -> dict[int, str]:
        """Each mentioned entity's canonical name by id (read once: a statement's shared
        names were looked up by walking every mention, which on a book-length document
        cost more than scoring its sentences, ``workbench compare`` found)."""
        if self._entity_names is None:
            self._entity_names = {entity_id: name for _, _, entity_id, name in self.mentions}
        return self._entity_names

    @property
    def names(self) -> frozenset[str]:
        """Lowercase capitalised words that do not open their sentence (``event_names.
        word_counts``; read when first asked: only the best candidates' are, for the
        feedback query)."""
        if self._names is None:
            self._names = frozenset(word_counts(self.text, self.sentences))
        return self._names

    @property
    def whole_names(self) -> frozenset[str]:
        """The document's whole names and their endings (``event_names.name_counts``)."""
        if self._whole_names is None:
            self._whole_names = frozenset(name_counts(self.text, self.sentences))
        return self._whole_names

    @property
    def written(self) -> frozenset[str]:
        """Every run of capitalised words and part of one (``event_names.written_names``):
        a name asked for is found in the document when it is one of them."""
        if self._written is None:
            self._written = written_names(self.text)
        return self._written


def _by_sentence(items: list[Any], sentences: list[tuple[int, int]], starts: list[int]
                 ) -> dict[int, list[Any]]:
    """Each span (``item[0]``, ``item[1]``) listed under every sentence it overlaps, in
    ``items`` order (sentences are in order and never overlap: the ones before the
    sentence holding a span's start end before it)."""
    found: dict[int, list[Any]] = {}
    for item in items:
        first = max(0, bisect.bisect_right(starts, item[0]) - 1)
        for index in range(first, bisect.bisect_left(starts, item[1])):
            if sentences[index][0] < item[1] and sentences[index][1] > item[0]:
                found.setdefault(index, []).append(item)
    return found


def document_data(
    title: str,
    text: str,
    published: str | None,
    mentions: list[tuple[int, int, int, str]],
    quotes: list[tuple[int, int, int, int | None]],
    claims: list[tuple[int, int, int]],
) -> DocumentData:
    """Read a document once: sentences and vocabulary (names and numbers when first asked).

    ``mentions`` are (start, end, entity id, entity name), ``quotes`` (start,
    end, quote id, speaker entity id) and ``claims`` (start, end, claim id).
    A name (``DocumentData.names``) is a capitalised word that does not open its sentence;
    a whole name (``whole_names``) a run of capitalised words or an ending of one.
    """
    sentences = sentence_spans(text)
    lower = fold_accents(_same_length_lower(text))
    words = _WORD.findall(lower)
    title_by_stem: dict[str, list[str]] = {}
    title_words = _WORD.findall(title.lower())
    for word in title_words:  # titles are often Title Cased: no names there
        word = fold_accents(word)
        title_by_stem.setdefault(stem(word), []).append(word)
    return DocumentData(
        title, text, published, sentences, sorted(set(words)), title_by_stem,
        len(words) + len(title_words), mentions, quotes, claims,
        frozenset(e for _, _, e, _ in mentions), [s for s, _ in sentences], lower,
    )  # fmt: skip


def document_words(title: str, text: str) -> frozenset[str]:
    """The lowercase words of a document and its title, exactly as ``document_data`` reads
    them (its ``vocabulary`` and the words of its ``title_by_stem``).

    Why apart: the contrast re-ordering needs only the words of candidates the
    features never read, and splitting them into sentences, stems, mentions and
    quotes cost more than the whole re-ordering. Each word is interned: the store keeps
    thousands of candidates' words (``SuggestionReads.candidate_words``), and one copy of
    "government" for all of them keeps that cache a third of the size."""
    words = set(map(sys.intern, _WORD.findall(fold_accents(_same_length_lower(text)))))
    words.update(sys.intern(fold_accents(word)) for word in _WORD.findall(title.lower()))
    return frozenset(words)


def _same_length_lower(text: str) -> str:
    """Lowercase, keeping every offset ("İ" lowercases to two code points: it stays)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
