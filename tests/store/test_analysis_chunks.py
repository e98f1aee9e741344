"""Saving a huge document chunk by chunk: first chunk clears, finish votes labels document-wide."""

from __future__ import annotations

import pytest

from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.store import Store, analysis_chunks


def _mention(start: int, label: str, name: str = "Jordan") -> Mention:
    return Mention(start=start, end=start + len(name), text=name, label=label, entity=name)


def _doc(store: Store) -> int:
    text = " ".join(["Jordan said so."] * 40)
    return store.documents.add_article(Article(title="T", text=text, format="text")
                                       ).documents_added[0]


def test_the_first_chunk_replaces_an_earlier_analysis_and_later_ones_add(store: Store) -> None:
    doc_id = _doc(store)
    store.analysis.save_analysis(doc_id, Analysis(mentions=(_mention(0, "PERSON"),)))
    store.analysis.save_chunk(doc_id, 0, 160, Analysis(mentions=(_mention(16, "PERSON"),)))
    store.analysis.save_chunk(doc_id, 160, 320, Analysis(mentions=(_mention(160, "PERSON"),)))
    starts = [m["start"] for m in store.analysis.document_entities(doc_id)]
    assert starts == [16, 160]
    assert store.analysis.recorded_chunks(doc_id) == {(0, 160, 1), (160, 320, 1)}


def test_finishing_votes_one_label_per_name_and_forgets_the_chunks(store: Store) -> None:
    doc_id = _doc(store)
    store.analysis.save_chunk(doc_id, 0, 100, Analysis(
        mentions=(_mention(0, "PERSON"), _mention(16, "PERSON")),
        quotes=(Quote(start=20, end=27, text="said so", speaker="Jordan"),)))
    store.analysis.save_chunk(doc_id, 100, 200, Analysis(
        mentions=(_mention(112, "GPE"),),
        quotes=(Quote(start=120, end=127, text="said so", speaker="Jordan"),)))
    store.analysis.finish_chunked(doc_id, 2)
    mentions = store.analysis.document_entities(doc_id)
    assert {m["label"] for m in mentions} == {"PERSON"}
    assert len({m["entity_id"] for m in mentions}) == 1
    assert store.documents.get_document(doc_id)["status"] == "analyzed"
    assert store.analysis.recorded_chunks(doc_id) == set()


def test_a_tie_keeps_both_labels(store: Store) -> None:
    doc_id = _doc(store)
    store.analysis.save_chunk(doc_id, 0, 100, Analysis(mentions=(_mention(0, "PERSON"),)))
    store.analysis.save_chunk(doc_id, 100, 200, Analysis(mentions=(_mention(112, "GPE"),)))
    store.analysis.finish_chunked(doc_id, 2)
    assert {m["label"] for m in store.analysis.document_entities(doc_id)} == {"PERSON", "GPE"}


def test_marking_a_pending_document_keeps_its_chunks_for_resume(store: Store) -> None:
    doc_id = _doc(store)
    store.analysis.save_chunk(doc_id, 0, 100, Analysis(mentions=(_mention(0, "PERSON"),)))
    store.analysis.mark_for_analysis([doc_id])
    store.analysis.mark_for_analysis()
    assert store.analysis.recorded_chunks(doc_id) == {(0, 100, 1)}


def test_marking_a_failed_or_analysed_document_forgets_its_chunks(store: Store) -> None:
    doc_id = _doc(store)
    store.analysis.save_chunk(doc_id, 0, 100, Analysis(mentions=(_mention(0, "PERSON"),)))
    store.analysis.mark_analysis_failed(doc_id)
    store.analysis.mark_for_analysis([doc_id])
    assert store.analysis.recorded_chunks(doc_id) == set()
    store.analysis.save_chunk(doc_id, 0, 100, Analysis(mentions=(_mention(0, "PERSON"),)))
    store.analysis.mark_analysis_failed(doc_id)
    store.analysis.mark_for_analysis()
    assert store.analysis.recorded_chunks(doc_id) == set()


def test_finishing_applies_the_merges_it_is_given(store: Store) -> None:
    doc_id = _doc(store)
    full = Mention(start=0, end=13, text="Jordan Peters", label="PERSON", entity="Jordan Peters")
    store.analysis.save_chunk(doc_id, 0, 100, Analysis(mentions=(full,)))
    store.analysis.save_chunk(doc_id, 100, 200, Analysis(
        mentions=(_mention(112, "PERSON"),),
        quotes=(Quote(start=120, end=127, text="said so", speaker="Jordan"),)))
    seen: list[list[tuple[int, str, str]]] = []

    def merges(names: list[tuple[int, str, str]]) -> dict[int, int]:
        seen.append(names)
        ids = {name: entity_id for entity_id, name, _ in names}
        return {ids["Jordan"]: ids["Jordan Peters"]}

    store.analysis.finish_chunked(doc_id, 2, merges)
    assert sorted(name for _, name, _ in seen[0]) == ["Jordan", "Jordan Peters"]
    assert {m["entity"] for m in store.analysis.document_entities(doc_id)} == {"Jordan Peters"}
    assert {q["speaker"] for q in store.analysis.document_quotes(doc_id)} == {"Jordan Peters"}


def _many_mentions(start: int, count: int) -> Analysis:
    """``count`` model mentions of "Jordan", 20 characters apart from ``start``."""
    return Analysis(mentions=tuple(_mention(start + 20 * n, "PERSON") for n in range(count)))


def _steps_to_save_a_chunk(store: Store, mentions_before: int) -> int:
    """SQLite VM steps of saving one small chunk after ``mentions_before`` are stored."""
    text = "Jordan said so. " * (2 * mentions_before + 200)
    doc_id = store.documents.add_article(Article(title="T", text=text, format="text")
                                         ).documents_added[0]
    store.analysis.save_chunk(doc_id, 0, 20 * mentions_before,
                              _many_mentions(0, mentions_before))
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    store.db.conn.set_progress_handler(count, 10)
    start = 20 * mentions_before
    store.analysis.save_chunk(doc_id, start, start + 400, _many_mentions(start, 20))
    store.db.conn.set_progress_handler(None, 0)
    return steps[0]


def test_saving_a_chunk_reads_no_more_as_the_document_grows(store: Store) -> None:
    small = _steps_to_save_a_chunk(store, 50)
    large = _steps_to_save_a_chunk(store, 5_000)
    assert large < 2 * small


def _analyst_mention(store: Store, doc_id: int, start: int, end: int) -> None:
    store.entities.create_entity_mention(doc_id, start, end, "Jordan", "PERSON")


def test_a_chunk_drops_model_mentions_over_the_analysts_near_it(store: Store) -> None:
    doc_id = _doc(store)
    _analyst_mention(store, doc_id, 160, 166)
    store.analysis.save_chunk(doc_id, 0, 150, Analysis(mentions=(_mention(0, "PERSON"),)))
    store.analysis.save_chunk(doc_id, 150, 320, Analysis(
        mentions=(_mention(160, "PERSON"), _mention(176, "PERSON"))))
    model = [m["start"] for m in store.analysis.document_entities(doc_id)
             if m["source"] == "model"]
    assert model == [0, 176]


def test_finishing_drops_model_mentions_under_a_long_analyst_mention(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analysis_chunks, "ANALYST_LOOKBACK", 10)
    doc_id = _doc(store)
    _analyst_mention(store, doc_id, 100, 200)  # starts well before the second chunk
    store.analysis.save_chunk(doc_id, 0, 150, Analysis(mentions=(_mention(0, "PERSON"),)))
    store.analysis.save_chunk(doc_id, 150, 320, Analysis(
        mentions=(_mention(176, "PERSON"), _mention(240, "PERSON"))))
    store.analysis.finish_chunked(doc_id, 2)
    model = [m["start"] for m in store.analysis.document_entities(doc_id)
             if m["source"] == "model"]
    assert model == [0, 240]


def test_the_analysts_spans_near_a_chunk_are_read_per_field_over_its_own_stretch(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analysis_chunks, "ANALYST_LOOKBACK", 10)
    doc_id = store.documents.add_article(Article(
        title="Jordan and Jordan", text=" ".join(["Jordan said so."] * 40), format="text"
    )).documents_added[0]
    for start in (0, 150, 300):
        _analyst_mention(store, doc_id, start, start + 6)
    store.entities.create_entity_mention(doc_id, 11, 17, "Jordan", "PERSON", field="title")
    title = Mention(start=0, end=6, text="Jordan", label="PERSON", entity="Jordan", field="title")
    chunk = Analysis(mentions=(_mention(160, "PERSON"), title, _mention(200, "PERSON")))
    near = analysis_chunks.analyst_spans_near(store.db, doc_id, chunk)
    assert sorted(near) == [("text", 150, 156)]  # 0 and 300 lie outside; title 11 > its end 6
    chunk = Analysis(mentions=(title, Mention(start=11, end=17, text="Jordan", label="PERSON",
                                              entity="Jordan", field="title")))  # fmt: skip
    assert analysis_chunks.analyst_spans_near(store.db, doc_id, chunk) == [("title", 11, 17)]
