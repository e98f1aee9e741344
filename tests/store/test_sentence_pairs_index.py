"""The compare pairs read through ``AskedIndex`` are exactly those of scoring every sentence.

The documents are written for this test: many invented sentences built from a small stock of
council, flood and court news words and names, so most sentences share a common word with
many others ("said", "council") and only some hold two pieces of evidence.
"""

from __future__ import annotations

import random

from workbench.core.claim_features import MIN_UNITS
from workbench.core.claim_matching import (
    THRESHOLD,
    WEIGHTS,
    MatchQuery,
    gate_units,
    match_document,
    score_of,
)
from workbench.core.claim_terms import claim_terms
from workbench.core.comparison import SentencePair, SideSpan
from workbench.core.models import Analysis, Article, Mention
from workbench.store import Store
from workbench.store.sentence_pairs import PairedDocuments, sentence_pairs

PEOPLE = ["Irene Dobbs", "Tom Reyes", "Ada Venn", "Hallam Street"]
PLACES = ["Kelston", "Marrow Bridge", "Brenford"]
SUBJECTS = ["The city council", "Police", "The Kelston Fire Service", "The KFS", "Engineers",
            "Residents", "The court", "A spokesman"]
# Names and the entity each is (an acronym names its body: shared evidence with no shared word).
ENTITIES = {"Irene Dobbs": "PERSON", "Tom Reyes": "PERSON", "Ada Venn": "PERSON",
            "Hallam Street": "FAC", "Kelston Fire Service": "ORG", "KFS": "ORG",
            "Kelston": "GPE", "Marrow Bridge": "FAC", "Brenford": "GPE"}
CANONICAL = {"KFS": "Kelston Fire Service"}
VERBS = ["closed", "inspected", "reopened", "said it would repair", "flooded", "fined",
         "praised", "counted the cost of"]
OBJECTS = ["the bridge", "the road", "four drivers", "the piers", "the market", "the school",
           "the flood defences", "the old mill"]
ENDINGS = ["on Tuesday", "after heavy rain", "for 12 days", "at a cost of 3 million pounds",
           "despite protests", ""]


def invented_text(sentences: int, seed: int) -> str:
    """``sentences`` news-like sentences, some naming a person or a place."""
    rng = random.Random(seed)
    written = []
    for _ in range(sentences):
        words = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)]
        if rng.random() < 0.6:
            words.append(f"in {rng.choice(PLACES)}")
        words.append(rng.choice(ENDINGS))
        if rng.random() < 0.5:
            words.append(f", {rng.choice(PEOPLE)} said")
        written.append(" ".join(w for w in words if w).replace(" ,", ",") + ".")
    return " ".join(written)


def mentions_of(text: str) -> tuple[Mention, ...]:
    """Each name where it is written, longest first, never overlapping."""
    taken: list[tuple[int, int]] = []
    for name in sorted(ENTITIES, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(s < end and e > start for s, e, _ in taken):
                taken.append((start, end, name))
            start = text.find(name, end)
    return tuple(Mention(s, e, name, ENTITIES[name], CANONICAL.get(name, name))
                 for s, e, name in sorted(taken))


def add(store: Store, title: str, text: str) -> int:
    (doc_id,) = store.documents.add_article(Article(title, text), analyze=False).documents_added
    store.analysis.save_analysis(doc_id, Analysis(mentions_of(store.documents.document_text(
        doc_id))))
    return doc_id


def every_sentence_scored(pair: PairedDocuments, weight_of) -> set[SentencePair]:
    """The pairs as a suggestion would find them: each asking sentence scored against every
    sentence of the asked document, with no index and no shortcut."""
    found = set()
    for start, end in pair.asking.sentences:
        text = pair.asking.text[start:end]
        terms = claim_terms(text, weight_of)
        if not terms.terms:
            continue
        mentioned = frozenset(e for s, _, e, _ in pair.asking.mentions if start <= s < end)
        query = MatchQuery(text, pair.ids[0], mentioned, None, pair.asking.published)
        best = None
        for match in match_document(pair.ids[1], pair.asked, query, terms, pair.stats):
            score = score_of(match.features, WEIGHTS)
            if gate_units(dict(match.features)) < MIN_UNITS or score < THRESHOLD:
                continue
            if best is None or score > best.score:
                best = SentencePair(SideSpan(start, end, text),
                                    SideSpan(match.start, match.end, match.text), score,
                                    match.shared_entities)
        if best is not None:
            found.add(best)
    return found


def test_indexed_pairs_are_the_pairs_of_scoring_every_sentence(store: Store) -> None:
    # One pair whose second piece of evidence is the body named two ways (KFS).
    a = add(store, "Council closes the bridge",
            invented_text(40, seed=1) + " The KFS evacuated families overnight.")
    b = add(store, "Flooding in Kelston",
            "The Kelston Fire Service evacuated the homes. " + invented_text(300, seed=2))
    add(store, "Chess club wins cup", "The Brenford chess club won the county cup on Saturday.")
    reads = store.suggestions.reads
    pair = PairedDocuments(reads.document_data(a), reads.document_data(b), (a, b),
                           reads.corpus_stats())

    def weight_of(word: str) -> float:
        return reads.word_weight(3, word)

    indexed = set(sentence_pairs(pair, weight_of))
    assert indexed == every_sentence_scored(pair, weight_of)
    assert len(indexed) > 10  # many sentences paired, so the two paths were really compared
    assert any(p.span_b.text == "The Kelston Fire Service evacuated the homes."
               for p in indexed)


def test_a_sentence_with_one_shared_thing_is_never_paired(store: Store) -> None:
    a = add(store, "Bridge", "Irene Dobbs opened the bridge in Kelston.")
    b = add(store, "Mill", "The old mill burned on Sunday. Ada Venn visited Kelston.")
    reads = store.suggestions.reads
    pair = PairedDocuments(reads.document_data(a), reads.document_data(b), (a, b),
                           reads.corpus_stats())
    assert list(sentence_pairs(pair, lambda word: reads.word_weight(2, word))) == []
