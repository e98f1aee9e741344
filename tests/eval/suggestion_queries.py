"""Ask the store the evaluation's claims: plain BM25's answers and the suggestions' features.

Kept apart from ``eval_claim_suggestions.py`` (which builds the claim sets, scores
and writes the report) so every claim set, ECB+ or ours (``tabloid_check``), is
asked the same way.
"""

from __future__ import annotations

import re
import time

import numpy as np
from suggestion_scoring import Query

from workbench.core.claim_matching import CANDIDATE_DOCUMENTS, FEATURES, gate_units, listable
from workbench.store import Store

# The words plain BM25 asks for: letters and digits, an inner apostrophe kept ("don't").
_BASELINE_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """Every word of ``text`` with its span and lowercase form, for the baseline's query."""
    return [(m.start(), m.end(), m.group().lower()) for m in _BASELINE_WORD.finditer(text)]


def bm25_baseline(store: Store, text: str, exclude: int, depth: int = 10) -> list[int]:
    """Plain FTS5 bm25() over every word of the claim, OR-ed; own document left out; the
    first ``depth`` documents (10 for the eval, deeper for the rank study)."""
    words = sorted({w for _, _, w in word_spans(text)})
    if not words:
        return []
    query = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
    rows = store.db.execute(
        "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts)"
        " LIMIT ?", [query, depth + 1]).fetchall()  # fmt: skip
    return [int(r[0]) for r in rows if int(r[0]) != exclude][:depth]


def claim_entities(store: Store, query: Query) -> frozenset[int] | None:
    """The entities a claim is about as the claim path reads them (the mentions in its span
    of its document, ``Suggestions.entities_in_span``); None when its document is not in
    the library (claims with no match): then, as for a statement, the names it spells out."""
    document = store.documents.get_document(query.doc_id) if query.doc_id > 0 else None
    span = find_span(document["text"], query.text) if document else None
    if span is None:
        return None
    return store.suggestions.entities_in_span(query.doc_id, *span)


def find_span(text: str, sentence: str) -> tuple[int, int] | None:
    """Where ``sentence`` is in ``text``, whatever whitespace the store kept between words."""
    words = sentence.split()
    if not words:
        return None
    found = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return found.span() if found else None


def run_queries(store: Store, queries: list[Query], in_context: bool = False,
                depth: int = CANDIDATE_DOCUMENTS) -> float:
    """Fill every query's baseline ranking and candidate features; return claims per second.

    ``in_context``: the claim is read in its document (``Query.context``) and its entities
    are its mentions there, as ``suggest_for_claim`` reads a claim. ``depth``: candidate
    documents read (deeper for re-ranking experiments)."""
    started = time.perf_counter()
    for query in queries:
        query.baseline = bm25_baseline(store, query.text, query.doc_id)
        asked = store.suggestions.statement_query(
            query.text, exclude_document=query.doc_id,
            context=query.context if in_context else None,
            entity_ids=claim_entities(store, query) if in_context else None)
        scored = store.suggestions.scored_candidates(asked, depth)
        query.doc_ids = np.array([s.document_id for s in scored], dtype=np.int64)
        query.positions = np.array([s.candidate_position for s in scored], dtype=np.int64)
        query.features = np.array(
            [[dict(s.features).get(name, 0.0) for name in FEATURES] for s in scored]
        ).reshape(len(scored), len(FEATURES))
        query.units = np.array([gate_units(dict(s.features)) for s in scored])
        query.listable = np.array([listable(dict(s.features)) for s in scored], dtype=bool)
    return len(queries) / (time.perf_counter() - started)
