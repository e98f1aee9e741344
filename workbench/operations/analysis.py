"""Analyse documents marked pending and save each result atomically, in small steps.

spaCy runs in worker processes (``workbench.nlp.workers.analyze_work``;
small jobs in the caller's process, or in the desktop app's warm process),
iterated on a feeder thread; the caller's thread only saves the results as
they arrive. ``analysis_steps`` is the stepped job the desktop writer
interleaves with analyst actions; ``analyze_pending`` runs the same steps to
the end (the command line).

A huge document (``workbench.nlp.chunks.is_huge``) is analysed as chunks
spread over the same workers: each chunk's results are saved in their own
transaction and recorded, chunks recorded by an earlier (killed or
cancelled) run are skipped, and the document is finished (document-wide
label vote, status) when its last chunk is in. Progress counts words, so a
book-length text moves the bar as steadily as a folder of articles.

A run claims the pending documents no other live run holds (two imports at
once, or the app and a script, never parse one document twice) and gives
back what it did not save when it ends; a killed run's claims are taken over
by the next run (``store/analysis_claims.py``).

``extraction_results`` is the one place that turns documents and chunks into
results; a runner that sends the same jobs elsewhere plugs in there.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from workbench.core.models import AnalysisItem, Changes
from workbench.core.progress import Cancelled, Progress
from workbench.core.text import count_words
from workbench.nlp import workers as extraction
from workbench.nlp.chunks import is_huge, person_merges, plan_chunks
from workbench.nlp.library_labels import LibraryLabels
from workbench.nlp.pipeline import ANALYSIS_VERSION
from workbench.nlp.workers import AnalysisResult, ChunkJob, ChunkResult, Result, SmallJobRunner
from workbench.operations.background_labels import BackgroundLabels
from workbench.operations.library_settling import SettleReport, settling_steps
from workbench.operations.result_order import InSendingOrder
from workbench.operations.stepping import Feed, feed_steps, run_steps
from workbench.store import AnalysisRun, Store

FEEDER_THREAD = "workbench-analysis-feeder"
# How often a run saving results tells the library it is alive (its claims' lease).
LEASE_RENEWAL_SECONDS = 30.0
AnalysisSteps = Generator["Feed[object] | None", None, "AnalysisReport"]
# Where extraction of whole documents runs: (id, title, text) items and their
# publication dates in, one AnalysisResult per item out, in any order. None:
# local worker processes; a cluster passes its own.
Extractor = Callable[[list[AnalysisItem], Mapping[int, str]], Iterable[object]]


@dataclass
class AnalysisReport:
    """How many documents were analysed, and which failed (id, reason)."""

    analyzed: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    cancelled: bool = False
    left_to_others: int = 0  # pending documents another run under way is analysing
    settled: SettleReport | None = None  # the library label pass after the run's documents


@dataclass
class HugeDocument:
    """A document analysed in chunks: its plan, and the chunks still to come."""

    document_id: int
    title: str
    text: str
    remaining: set[tuple[int, int]]  # the writer's: emptied as chunks are saved
    chunk_words: dict[tuple[int, int], int] = field(default_factory=dict)  # every planned chunk
    words_done: int = 0
    failed: bool = False
    to_send: tuple[tuple[int, int], ...] = field(init=False)  # the feeder's: never changes

    def __post_init__(self) -> None:
        self.to_send = tuple(sorted(self.remaining))


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
    warm: SmallJobRunner | None = None,
) -> AnalysisSteps:
    """The analysis as steps: results arrive from a feeder thread, each step saves a few.

    Each document's analysis (or each chunk of a huge one) is saved in one
    transaction as it arrives, so an interruption leaves every document
    either analysed or still pending, with its saved chunks recorded (the
    next run finishes it). Labels the library agrees on (or the analyst
    chose) win over a new document's. ``worker_niceness`` lowers the
    extraction processes' CPU priority (the desktop app keeps its UI
    responsive that way).
    ``extractor`` runs the extraction of whole documents elsewhere (a cluster);
    the chunks of huge documents stay on the local workers; the saving is the same.
    ``warm`` runs the small jobs that would otherwise run in this process (the
    desktop app's warm process: spaCy never loads beside the UI).
    """
    progress = progress or Progress()
    run = AnalysisRun.of_this_process()
    items = store.analysis.claim_pending(run)  # another run's documents are left to it
    try:
        whole = [item for item in items if not is_huge(item.text)]
        huge = [plan_huge_document(store, item) for item in items if is_huge(item.text)]
        published = store.analysis.publication_dates([doc_id for doc_id, _, _ in items])
        saver = _ResultSaver(store, whole, huge, progress, on_change, run)
        saver.report.left_to_others = store.analysis.held_elsewhere(run)
        feed: Feed[Result] = Feed(
            lambda: extraction_results(whole, huge, workers, worker_niceness, published,
                                       extractor, warm),
            FEEDER_THREAD)
        try:
            yield from feed_steps(feed, saver.save, progress.check)
        except Cancelled:
            saver.report.cancelled = True
        finally:
            saver.save_waiting()  # results that overtook a document that never came back
        if saver.report.analyzed and not saver.report.cancelled:
            yield from saver.settle()  # earlier documents agree with the later ones now
    finally:
        store.analysis.end_run(run)  # what was not saved stays pending, free for the next run
    return saver.report


def outdated_documents(store: Store) -> list[int]:
    """Documents this version of the app would extract differently: analysed by an older
    ``ANALYSIS_VERSION`` (its rules changed since), never analysed, or failed."""
    return store.analysis.not_analysed_by(ANALYSIS_VERSION)


def mark_outdated_for_analysis(store: Store) -> Changes:
    """Mark the outdated documents pending, so the next analysis run redoes exactly those.

    One function for ``workbench reanalyze --outdated`` and the desktop app's Tools →
    Analyse Outdated Documents…: both then run the ordinary analysis, which keeps the
    analyst's curation (labels, names, hidden entities) as any re-analysis does.
    """
    return store.analysis.mark_for_analysis(outdated_documents(store))


def plan_huge_document(store: Store, item: AnalysisItem) -> HugeDocument:
    """Plan a huge document's chunks, leaving out those an earlier run saved.

    Saved chunks that do not match today's plan (the chunk size or the
    analysis version changed) are forgotten, and the document starts over.
    Each chunk's words are counted here, once: the progress total, the
    resumed part and every chunk's step are sums of these counts.
    """
    doc_id, title, text = item
    plan = {(span.start, span.end) for span in plan_chunks(text)}
    recorded = store.analysis.recorded_chunks(doc_id)
    saved = {(start, end) for start, end, version in recorded if version == ANALYSIS_VERSION}
    if len(saved) != len(recorded) or not saved <= plan:
        store.analysis.restart_chunks(doc_id)
        saved = set()
    chunk_words = {(start, end): count_words(text[start:end]) for start, end in plan}
    document = HugeDocument(doc_id, title, text, plan - saved, chunk_words)
    document.words_done = sum(chunk_words[span] for span in saved)
    return document


def extraction_results(
    whole: list[AnalysisItem],
    huge: list[HugeDocument],
    workers: int | None,
    niceness: int,
    published: Mapping[int, str] | None = None,
    extractor: Extractor | None = None,
    warm: SmallJobRunner | None = None,
) -> Iterator[Result]:
    """Every result: one per whole document, one per chunk still to do of each huge one.

    Without a huge document this is ``analyze_items`` (the documents-only
    seam tests and other runners replace); with one, ``analyze_work`` sends
    the chunks to the same workers. An ``extractor`` (a cluster) takes the
    whole documents; the chunks of huge ones follow on the local workers.
    """
    published = published or {}
    if extractor is not None:
        sent = iter(extractor(whole, published))  # type: ignore[arg-type]
        if not huge:
            return sent
        chunks = extraction.analyze_work([], _chunk_jobs(huge, published), workers=workers,
                                         niceness=niceness, warm=warm)
        return itertools.chain(sent, chunks)
    if not huge:
        return extraction.analyze_items(whole, workers=workers, niceness=niceness,
                                        published=published, warm=warm)
    return extraction.analyze_work(whole, _chunk_jobs(huge, published), workers=workers,
                                   niceness=niceness, published=published, warm=warm)


def _chunk_jobs(huge: Iterable[HugeDocument], published: Mapping[int, str]) -> Iterator[ChunkJob]:
    """The chunks still to analyse, in document order, cut from the text only when sent.

    Each chunk carries its document's anchor (the publication date, else the
    date line opening the body): a later chunk has no date line of its own.
    """
    anchors = {
        d.document_id: published.get(d.document_id) or _date_line_iso(d.text) for d in huge
    }
    for document in huge:
        for start, end in document.to_send:
            if document.failed:  # set by the writer: the rest of it is not worth parsing
                break
            yield ChunkJob(document.document_id, document.title, start,
                           document.text[start:end], anchors[document.document_id])


class _ResultSaver:
    """The writer's half: save each result as it arrives and count the words done."""

    def __init__(self, store: Store, whole: list[AnalysisItem], huge: list[HugeDocument],
                 progress: Progress, on_change: Callable[[Changes], None] | None,
                 run: AnalysisRun) -> None:
        self.store = store
        self.run = run
        self.lease_renewed = time.monotonic()
        self.progress = progress
        self.on_change = on_change
        self.report = AnalysisReport()
        self.titles = {doc_id: title for doc_id, title, _ in whole}
        self.words = {doc_id: count_words(text) for doc_id, _, text in whole}
        self.huge = {document.document_id: document for document in huge}
        self.in_order: InSendingOrder[AnalysisResult] = InSendingOrder(
            doc_id for doc_id, _, _ in whole)
        # chunks of huge documents are sent after every whole document, so they are saved
        # after them too, whatever finishes first
        self.held_chunks: list[ChunkResult] = []
        # the library's labels and people, learning from each document this run saves;
        # never counted for a run with nothing to save (the thread loads the gazetteer)
        self._labels = (BackgroundLabels(list(store.entities.list_entities()))
                        if whole or huge else None)
        total = sum(self.words.values()) + sum(sum(d.chunk_words.values()) for d in huge)
        progress.start(total)
        already = sum(d.words_done for d in huge)
        if already:
            progress.step("resuming", already)
        self._finish_empty_plans()

    @property
    def prior(self) -> LibraryLabels:
        """The library's labels and people (counted off the writer's thread: background_labels)."""
        if self._labels is None:  # a run with no work saves nothing: never asked, never counted
            raise RuntimeError("an analysis run with nothing to analyse has no labels to save with")
        return self._labels.get()

    def save(self, result: Result) -> None:
        """Save one document's or one chunk's result (called on the writer's thread)."""
        if isinstance(result, AnalysisResult):
            for ready in self.in_order.arrived(result.document_id, result):
                self._save_document(ready)
        elif isinstance(result, ChunkResult):
            self.held_chunks.append(result)
        if self.in_order.all_handed_on:
            self._save_held_chunks()
        if time.monotonic() - self.lease_renewed > LEASE_RENEWAL_SECONDS:
            self.store.analysis.renew_claims(self.run)
            self.lease_renewed = time.monotonic()

    def save_waiting(self) -> None:
        """Save the results still held back for a document sent before them."""
        for ready in self.in_order.rest():
            self._save_document(ready)
        self._save_held_chunks()

    def settle(self) -> Generator[None, None, None]:
        """The library-wide label pass once this run's documents are in (the last steps)."""
        self.report.settled, changes = yield from settling_steps(self.store, self.prior)
        self._changed(changes)

    def _save_held_chunks(self) -> None:
        held, self.held_chunks = self.held_chunks, []
        for chunk in held:
            self._save_chunk(chunk)

    def _save_document(self, result: AnalysisResult) -> None:
        doc_id, analysis = result.document_id, result.analysis
        if analysis is None:
            self._fail(doc_id, result.error)
        else:
            earlier = self.store.analysis.document_entities(doc_id)  # a re-analysis: counted
            self.prior.forget((row["entity"], row["label"]) for row in earlier)
            analysis = self.prior.apply(analysis)
            changes = self.store.analysis.save_analysis(doc_id, analysis)
            self.prior.observe(analysis)
            self.report.analyzed.append(doc_id)
            self._changed(changes)
        self.progress.step(self.titles.get(doc_id, ""), self.words.get(doc_id, 0))

    def _save_chunk(self, result: ChunkResult) -> None:
        document = self.huge.get(result.document_id)
        if document is None:  # its document failed already: the rest of it is moot
            return
        start, end = result.start, result.end
        document.remaining.discard((start, end))
        words = document.chunk_words.get((start, end), 0)
        if result.analysis is None:
            document.failed = True
            del self.huge[document.document_id]
            self._fail(document.document_id, result.error)
        else:
            analysis = self.prior.apply(result.analysis)
            self._changed(self.store.analysis.save_chunk(document.document_id, start, end,
                                                         analysis))
            if not document.remaining:
                self._finish(document)
        self.progress.step(document.title, words)

    def _finish_empty_plans(self) -> None:
        """Finish huge documents whose every chunk an earlier run saved (killed at the end)."""
        for document in [d for d in self.huge.values() if not d.remaining]:
            self._finish(document)

    def _finish(self, document: HugeDocument) -> None:
        self.huge.pop(document.document_id, None)
        self._changed(self.store.analysis.finish_chunked(document.document_id, ANALYSIS_VERSION,
                                                         person_merges))
        self.report.analyzed.append(document.document_id)

    def _fail(self, doc_id: int, error: str | None) -> None:
        self.store.analysis.mark_analysis_failed(doc_id)
        self.report.failed.append((doc_id, error or "analysis failed"))

    def _changed(self, changes: Changes) -> None:
        if self.on_change is not None:
            self.on_change(changes)


def _date_line_iso(text: str) -> str | None:
    from workbench.core.time_normalise import date_line_anchor  # huge documents only

    day = date_line_anchor(text)
    return day.isoformat() if day is not None else None
