"""Chunk jobs: one function turns (document, chunk) into results, with document offsets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workbench.nlp import workers
from workbench.nlp.pipeline import analyze_chunk
from workbench.nlp.workers import BatchJob, ChunkJob, ChunkResult, analyze_work, run_job

LEAD = "Filler sentence without names here. " * 10


def test_a_chunk_comes_back_in_document_offsets() -> None:
    chunk = "“We will rebuild the bridge,” Mayor Anna Smith said in Boston."
    document = LEAD + chunk
    [result] = run_job(ChunkJob(7, "Bridge", len(LEAD), chunk))
    assert isinstance(result, ChunkResult) and result.analysis is not None
    assert (result.document_id, result.start, result.end) == (7, len(LEAD), len(document))
    assert result.analysis.mentions and result.analysis.quotes
    for mention in result.analysis.mentions:
        assert document[mention.start:mention.end] == mention.text
    quote = result.analysis.quotes[0]
    assert document[quote.start:quote.end] == quote.text
    assert document[quote.speaker_start:quote.speaker_end] == quote.speaker_text


def test_headline_mentions_come_only_with_the_first_chunk() -> None:
    chunk = "Anna Smith spoke in Boston on Monday about Boston."
    first = analyze_chunk("Boston votes", chunk, 0)
    later = analyze_chunk("Boston votes", chunk, 500)
    assert any(m.field == "title" for m in first.mentions)
    assert all(m.field == "text" for m in later.mentions)


def test_chunks_go_to_the_pool_even_beside_few_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[object] = []

    def pool(jobs: Iterator[object], count: int, niceness: int = 0) -> Iterator[object]:
        sent.extend(jobs)
        return iter(())

    monkeypatch.setattr(workers, "_analyze_in_pool", pool)
    chunk = ChunkJob(1, "T", 0, "Text.")
    list(analyze_work([(2, "Doc", "Text.")], [chunk], workers=2))
    assert sent == [BatchJob([(2, "Doc", "Text.")], {}), chunk]


def test_a_chunk_reads_its_dates_against_the_documents_publication_date() -> None:
    text = "Officials met on Wednesday to discuss the dam."
    [result] = run_job(ChunkJob(3, "Dam", 500, text, published="2023-09-15"))
    [date] = [m for m in result.analysis.mentions if m.label == "DATE"]
    assert (date.text, date.start, date.value) == ("Wednesday", 500 + text.index("Wednesday"),
                                                   "2023-09-13")
