"""A huge document is analysed in chunks: offsets, progress in words, resume, cancel, failure.

Tiny thresholds (a document of a few KB counts as huge, chunks of ~600
characters) exercise the same code an import of a 50 MB file runs.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Iterator

import pytest

from workbench.core.models import Article
from workbench.core.progress import Progress
from workbench.core.text import count_words
from workbench.nlp import chunks, workers
from workbench.operations import analysis as analysis_operation
from workbench.operations.analysis import analysis_steps, analyze_pending
from workbench.store import Store

NAMES = ["Angela Merkel", "Barack Obama", "Emmanuel Macron", "Justin Trudeau"]
PLACES = ["Berlin", "Paris", "Ottawa", "Boston"]


def huge_text(paragraphs: int = 24) -> str:
    """Synthetic news paragraphs: names, places and attributed quotes."""
    parts = []
    for n in range(paragraphs):
        name, other = NAMES[n % 4], NAMES[(n + 1) % 4]
        place = PLACES[n % 4]
        parts.append(f"{name} met {other} in {place} on Tuesday. “We agree on trade number "
                     f"{n},” {name.split()[-1]} said. The talks went on for hours.")
    return "\n\n".join(parts)


@pytest.fixture
def tiny_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chunks, "HUGE_DOCUMENT_CHARS", 1_000)
    monkeypatch.setattr(chunks, "HUGE_CHUNK_CHARS", 600)


@pytest.fixture
def chunk_log(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record the start of every chunk sent to extraction."""
    sent: list[int] = []
    original = analysis_operation._chunk_jobs

    def logged(huge: list[analysis_operation.HugeDocument],
               published: dict[int, str]) -> Iterator[workers.ChunkJob]:
        for job in original(huge, published):
            sent.append(job.start)
            yield job

    monkeypatch.setattr(analysis_operation, "_chunk_jobs", logged)
    return sent


def stop(steps: Generator[object, None, object]) -> None:
    """End a run as a kill would (nothing more saved); wait for its in-process parser."""
    steps.close()
    _join_feeders()


def _join_feeders() -> None:
    """Let a stopped run's feeder thread end: two threads must not share one spaCy model."""
    for thread in threading.enumerate():
        if thread.name == analysis_operation.FEEDER_THREAD:
            thread.join(timeout=30)


@pytest.fixture(autouse=True)
def _no_feeder_left() -> Iterator[None]:
    yield
    _join_feeders()


def add(store: Store, text: str, title: str = "Summit") -> int:
    return store.documents.add_article(Article(title=title, text=text, format="text")
                                       ).documents_added[0]


def spans(store: Store, doc_id: int) -> tuple[set[tuple[int, int, str]], set[tuple[int, int]]]:
    mentions = {(m["start"], m["end"], m["label"])
                for m in store.analysis.document_entities(doc_id) if m["field"] == "text"}
    quotes = {(q["start"], q["end"]) for q in store.analysis.document_quotes(doc_id)}
    return mentions, quotes


@pytest.mark.usefixtures("tiny_chunks")
def test_chunks_are_saved_with_document_offsets(store: Store, chunk_log: list[int]) -> None:
    text = huge_text()
    doc_id = add(store, text)
    progress = Progress()
    report = analyze_pending(store, workers=1, progress=progress)
    assert report.analyzed == [doc_id] and len(chunk_log) > 3
    assert progress.total == progress.done == count_words(text)
    for mention in store.analysis.document_entities(doc_id):
        if mention["field"] == "text":
            assert text[mention["start"]:mention["end"]] == mention["text"]
    quotes = store.analysis.document_quotes(doc_id)
    assert len(quotes) == 24
    assert all(text[q["start"]:q["end"]] == q["text"] for q in quotes)
    assert {q["speaker"] for q in quotes} >= {"Angela Merkel", "Justin Trudeau"}
    assert store.analysis.recorded_chunks(doc_id) == set()
    assert store.documents.get_document(doc_id)["status"] == "analyzed"


@pytest.mark.usefixtures("tiny_chunks")
def test_a_huge_documents_words_are_counted_once(store: Store,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    text = huge_text()
    add(store, text)
    counted: list[int] = []

    def counting(part: str) -> int:
        counted.append(len(part))
        return count_words(part)

    monkeypatch.setattr(analysis_operation, "count_words", counting)
    progress = Progress()
    analyze_pending(store, workers=1, progress=progress)
    assert progress.done == progress.total == count_words(text)
    assert sum(counted) == len(text)


@pytest.mark.usefixtures("tiny_chunks")
def test_a_killed_run_resumes_with_the_chunks_not_saved(store: Store,
                                                        chunk_log: list[int]) -> None:
    text = huge_text()
    doc_id = add(store, text)
    analyze_pending(store, workers=1)
    whole_run = spans(store, doc_id)
    every_chunk = list(chunk_log)
    store.analysis.mark_for_analysis([doc_id])
    chunk_log.clear()
    progress = Progress()
    steps = analysis_steps(store, workers=1, progress=progress)
    while len(store.analysis.recorded_chunks(doc_id)) < 2:
        next(steps)
    stop(steps)  # the process dies here: two chunks saved, the rest never arrive
    saved = {start for start, _, _ in store.analysis.recorded_chunks(doc_id)}
    assert store.documents.get_document(doc_id)["status"] == "pending"
    chunk_log.clear()
    progress = Progress()
    assert analyze_pending(store, workers=1, progress=progress).analyzed == [doc_id]
    assert sorted(chunk_log) == sorted(set(every_chunk) - saved)
    assert progress.done == progress.total == count_words(text)
    assert spans(store, doc_id) == whole_run


@pytest.mark.usefixtures("tiny_chunks")
def test_cancel_stops_between_chunks_and_keeps_what_was_saved(store: Store) -> None:
    doc_id = add(store, huge_text())
    progress = Progress()
    steps = analysis_steps(store, workers=1, progress=progress)
    while not store.analysis.recorded_chunks(doc_id):
        next(steps)
    progress.cancel()
    with pytest.raises(StopIteration) as stopped:
        while True:
            next(steps)
    assert stopped.value.value.cancelled
    assert store.documents.get_document(doc_id)["status"] == "pending"
    assert store.analysis.recorded_chunks(doc_id)


@pytest.mark.usefixtures("tiny_chunks")
def test_saved_chunks_from_another_plan_start_the_document_over(
        store: Store, monkeypatch: pytest.MonkeyPatch, chunk_log: list[int]) -> None:
    doc_id = add(store, huge_text())
    steps = analysis_steps(store, workers=1)
    while not store.analysis.recorded_chunks(doc_id):
        next(steps)
    stop(steps)
    monkeypatch.setattr(chunks, "HUGE_CHUNK_CHARS", 900)  # a new version, other cuts
    chunk_log.clear()
    analyze_pending(store, workers=1)
    assert chunk_log[0] == 0
    mentions, _ = spans(store, doc_id)
    assert len(mentions) == len({start for start, _, _ in mentions})  # nothing twice


@pytest.mark.usefixtures("tiny_chunks")
def test_a_failing_chunk_fails_its_document_only(store: Store,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.nlp import pipeline

    huge = add(store, huge_text())
    small = add(store, "Angela Merkel spoke in Berlin on Monday.", title="Short")
    original = pipeline.analyze_chunk

    def broken(title: str, chunk: str, offset: int, nlp: object = None,
               published: str | None = None) -> object:
        if offset > 0:
            raise ValueError("bad chunk")
        return original(title, chunk, offset, published=published)

    monkeypatch.setattr(pipeline, "analyze_chunk", broken)
    report = analyze_pending(store, workers=1)
    assert report.analyzed == [small]
    assert [doc for doc, _ in report.failed] == [huge]
    assert "bad chunk" in report.failed[0][1]
    assert store.documents.get_document(huge)["status"] == "failed"


@pytest.mark.usefixtures("tiny_chunks")
def test_a_surname_chunks_away_from_the_full_name_is_the_same_person(store: Store) -> None:
    lead = "Angela Merkel arrived in Berlin on Monday for the budget talks."
    later = ["Merkel spoke to reporters about the budget on Tuesday morning."] * 20
    doc_id = add(store, "\n\n".join([lead, *later]))
    analyze_pending(store, workers=1)
    people = {m["entity"] for m in store.analysis.document_entities(doc_id)
              if m["label"] == "PERSON"}
    assert people == {"Angela Merkel"}


def test_every_chunk_dates_its_expressions_on_the_documents_date_line(
        store: Store, tiny_chunks: None) -> None:
    """No publication date: 'Tuesday' in a later chunk is anchored on the body's date line."""
    doc_id = add(store, "WASHINGTON, Sept. 13, 2023 - Talks.\n\n" + huge_text())
    analyze_pending(store, workers=1)
    tuesdays = [m for m in store.analysis.document_entities(doc_id)
                if m["text"] == "Tuesday" and m["start"] > 1_000]
    assert tuesdays and {m["value"] for m in tuesdays} == {"2023-09-12"}
