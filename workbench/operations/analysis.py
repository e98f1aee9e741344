"""Analyse documents marked pending and save each result atomically, in small steps.

spaCy runs in worker processes (``workbench.nlp.workers.analyze_items``),
iterated on a feeder thread; the caller's thread only saves the results as
they arrive. ``analysis_steps`` is the stepped job the desktop writer
interleaves with analyst actions; ``analyze_pending`` runs the same steps to
the end (the command line).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field

from workbench.core.models import Changes
from workbench.core.progress import Cancelled, Progress
from workbench.operations.stepping import Feed, feed_steps, run_steps
from workbench.store import Store

FEEDER_THREAD = "workbench-analysis-feeder"
AnalysisSteps = Generator["Feed[object] | None", None, "AnalysisReport"]
# Where extraction runs: (id, title, text) items in, one AnalysisResult per item out,
# in any order. None: local worker processes; a cluster passes its own.
Extractor = Callable[[list[tuple[int, str, str]]], Iterable[object]]


@dataclass
class AnalysisReport:
    """How many documents were analysed, and which failed (id, reason)."""

    analyzed: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    cancelled: bool = False


def analyze_pending(
    store: Store,
    *,
    progress: Progress | None = None,
    workers: int | None = None,
    on_change: Callable[[Changes], None] | None = None,
    worker_niceness: int = 0,
    extractor: Extractor | None = None,
) -> AnalysisReport:
    """Extract entities and quotes for every pending document (every step run here)."""
    return run_steps(analysis_steps(store, progress=progress, workers=workers,
                                    on_change=on_change, worker_niceness=worker_niceness,
                                    extractor=extractor))


def analysis_steps(
    store: Store,
    *,
    progress: Progress | None = None,
    workers: int | None = None,
    on_change: Callable[[Changes], None] | None = None,
    worker_niceness: int = 0,
    extractor: Extractor | None = None,
) -> AnalysisSteps:
    """The analysis as steps: results arrive from a feeder thread, each step saves a few.

    Each document's analysis is saved in one transaction as it arrives, so an
    interruption leaves every document either analysed or still pending (the
    next run finishes it). Labels the library agrees on (or the analyst chose)
    win over a new document's. ``worker_niceness`` lowers the extraction
    processes' CPU priority (the desktop app keeps its UI responsive that way).
    ``extractor`` runs the extraction elsewhere (a cluster); the saving is the same.
    """
    from workbench.nlp import workers as extraction
    from workbench.nlp.library_labels import apply_library_labels, library_label_prior

    progress = progress or Progress()
    report = AnalysisReport()
    items = store.analysis.documents_needing_analysis()
    progress.start(len(items))
    titles = {doc_id: title for doc_id, title, _ in items}
    prior = library_label_prior(store.entities.list_entities()) if items else {}

    def save(result: extraction.AnalysisResult) -> None:
        if result.analysis is None:
            store.analysis.mark_analysis_failed(result.document_id)
            report.failed.append((result.document_id, result.error or "analysis failed"))
        else:
            analysis = apply_library_labels(result.analysis, prior)
            changes = store.analysis.save_analysis(result.document_id, analysis)
            report.analyzed.append(result.document_id)
            if on_change is not None:
                on_change(changes)
        progress.step(titles.get(result.document_id, ""))

    def extract() -> Iterable[object]:
        if extractor is not None:
            return extractor(items)
        return extraction.analyze_items(items, workers=workers, niceness=worker_niceness)

    feed: Feed[extraction.AnalysisResult] = Feed(extract, FEEDER_THREAD)  # type: ignore[arg-type]
    try:
        yield from feed_steps(feed, save, progress.check)
    except Cancelled:
        report.cancelled = True
    return report
