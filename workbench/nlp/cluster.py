"""What a cluster worker runs: one batch of documents in, their analysis results out.

Why a module of its own, free of Dask: the function a ``dask.distributed``
worker runs is sent by reference (module and name), so it must live in the
installed package and import nothing the worker lacks. It runs exactly the
extraction the local worker processes run (``pipeline.analyze_many``, one
``nlp.pipe`` per batch, the model loaded once per worker process and kept),
so a document gets the same entities, quotes and speakers wherever it was
analysed. Library-wide choices (labels the library agrees on) are made by the
local writer afterwards, on both paths.
"""

from __future__ import annotations

import traceback
from collections.abc import Mapping, Sequence

from workbench.nlp.workers import AnalysisResult

Item = tuple[int, str, str]


def analyze_batch(
    batch: Sequence[Item], published: Mapping[int, str] | None = None
) -> list[AnalysisResult]:
    """Analyse ``batch`` ((id, title, text) items); one result per item, in order.

    ``published`` (id -> publication date) anchors relative dates, as locally.

    A batch that fails is analysed again one document at a time, so one bad
    text fails alone (its result carries the reason) and the others are kept.
    """
    from workbench.nlp.pipeline import analyze_many

    items = [tuple(item) for item in batch]
    try:
        return [
            AnalysisResult(doc_id, analysis)
            for doc_id, analysis in analyze_many(items, published=published)
        ]
    except Exception:  # noqa: BLE001 - isolate the failing document below
        if len(items) == 1:
            return [_failure(items[0][0])]
    return [result for item in items for result in analyze_batch([item], published)]


def warm_up() -> str:
    """Load the model in this worker now (before the first batch); return its description.

    Also the check that a worker can analyse at all: a worker without the
    package or the model fails here with the reason, before any batch is sent.
    """
    from workbench.nlp.pipeline import model_description

    return model_description()


def _failure(doc_id: int) -> AnalysisResult:
    last = traceback.format_exc(limit=1).strip().splitlines()[-1]
    return AnalysisResult(doc_id, None, f"analysis failed: {last}")
