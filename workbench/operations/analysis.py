"""Analyse documents marked pending and save each result atomically."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from workbench.core.models import Changes
from workbench.core.progress import Cancelled, Progress
from workbench.store import Store


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
) -> AnalysisReport:
    """Extract entities and quotes for every pending document.

    Each document's analysis is saved in one transaction as it arrives, so an
    interruption leaves every document either analysed or still pending (the
    next run finishes it). Labels the library agrees on (or the analyst chose)
    win over a new document's. ``worker_niceness`` lowers the extraction
    processes' CPU priority (the desktop app keeps its UI responsive that way).
    """
    from workbench.nlp.library_labels import apply_library_labels, library_label_prior
    from workbench.nlp.workers import analyze_items

    progress = progress or Progress()
    report = AnalysisReport()
    items = store.analysis.documents_needing_analysis()
    progress.start(len(items))
    titles = {doc_id: title for doc_id, title, _ in items}
    prior = library_label_prior(store.entities.list_entities()) if items else {}
    try:
        for result in analyze_items(items, workers=workers, niceness=worker_niceness):
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
    except Cancelled:
        report.cancelled = True
    return report
