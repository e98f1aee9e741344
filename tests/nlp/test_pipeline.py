"""The extraction pipeline: chunking, offsets, batching, re-analysis."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from workbench.core.built_once import BuiltOnce
from workbench.core.models import Analysis, Article, Quote
from workbench.core.text import normalize_text
from workbench.nlp import pipeline
from workbench.nlp.pipeline import CHUNK_CHARS, analyze_document, analyze_many, split_into_chunks
from workbench.nlp.quote_entities import with_real_text, with_reference_marks
from workbench.operations.analysis import analyze_pending
from workbench.store import Store

if TYPE_CHECKING:
    from spacy.language import Language

PARAGRAPH = (
    'Matthew Miller spoke in Washington on Monday. "We are ready to act," Miller said. '
    "Sergey Lavrov answered from Moscow.\n\n"
)


def blank_pipeline():  # type: ignore[no-untyped-def]
    """A fast pipeline with sentences and a rule-based NER: tests our logic, not the model."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "Matthew Miller"},
            {"label": "PERSON", "pattern": "Miller"},
            {"label": "PERSON", "pattern": "Sergey Lavrov"},
            {"label": "GPE", "pattern": "Washington"},
            {"label": "GPE", "pattern": "Moscow"},
        ]
    )
    return nlp


def test_chunks_cover_the_text_exactly_and_respect_the_limit() -> None:
    text = PARAGRAPH * 12_700
    assert len(text) > 1_500_000
    chunks = split_into_chunks(text)
    assert "".join(chunk for _, chunk in chunks) == text
    assert all(len(chunk) <= CHUNK_CHARS for _, chunk in chunks)
    assert all(text[offset : offset + len(chunk)] == chunk for offset, chunk in chunks)
    assert all(chunk.endswith("\n\n") for _, chunk in chunks[:-1])


def test_chunking_without_paragraphs_still_cuts_at_spaces() -> None:
    text = "word " * 50_000
    chunks = split_into_chunks(text, limit=10_000)
    assert "".join(c for _, c in chunks) == text
    assert all(c.endswith(" ") for _, c in chunks[:-1])


def test_long_text_is_analysed_in_chunks_with_whole_text_offsets() -> None:
    text = PARAGRAPH * 12_700
    analysis = analyze_document("Title", text, nlp=blank_pipeline())
    body = [m for m in analysis.mentions if m.field == "text"]
    assert len(body) >= 12_700 * 4
    assert all(text[m.start : m.end] == m.text for m in body)
    last = max(body, key=lambda m: m.start)
    assert last.start > 1_400_000


def test_offsets_stay_code_points_after_emoji_and_crlf() -> None:
    raw = "🙂👩‍👩‍👧 Intro line\r\n\r\n" + PARAGRAPH.replace("\n", "\r\n")
    text = normalize_text(raw)
    analysis = analyze_document("T", text, nlp=blank_pipeline())
    people = [m for m in analysis.mentions if m.label == "PERSON" and m.field == "text"]
    assert people and all(text[m.start : m.end] == m.text for m in people)
    assert {m.entity for m in people} == {"Matthew Miller", "Sergey Lavrov"}


def test_analyze_many_keeps_ids_and_order() -> None:
    items = [(7, "a", PARAGRAPH), (3, "b", "Nothing here."), (9, "c", PARAGRAPH)]
    results = list(analyze_many(items, nlp=blank_pipeline(), batch_size=2))
    assert [doc_id for doc_id, _ in results] == [7, 3, 9]
    assert results[1][1].mentions == ()


def test_missing_model_gives_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "MODEL_NAMES", ("no_such_model_xyz",))
    fresh_loader = BuiltOnce(pipeline.load_pipeline.__wrapped__)  # the shared one may be built
    with pytest.raises(pipeline.ModelNotInstalled, match="pip install"):
        fresh_loader()


def test_the_pipeline_is_loaded_once_even_when_threads_ask_together() -> None:
    # functools.cache let the warm-up thread and an import's thread both load spaCy.
    assert isinstance(pipeline.load_pipeline, BuiltOnce)


def test_reanalysis_keeps_document_ids_and_analyst_work(store: Store) -> None:
    doc_id = store.documents.add_article(Article(title="T", text=PARAGRAPH)).documents_added[0]
    analyze_pending(store, workers=1)
    claim_id, _ = store.claims.add_claim(doc_id, 0, 14)
    store.analysis.mark_for_analysis(None)
    report = analyze_pending(store, workers=1)
    assert report.analyzed == [doc_id]
    assert [row["id"] for row in store.documents.list_documents()] == [doc_id]
    assert store.claims.get_claim(claim_id).text == "Matthew Miller"
    assert store.documents.get_document(doc_id)["analysis_version"] == pipeline.ANALYSIS_VERSION  # type: ignore[index]


def test_in_memory_chunks_keep_a_quote_running_over_paragraphs_whole() -> None:
    """The shared cut prefers a paragraph break that closes every quotation opened before it."""
    intro = "An introductory paragraph that runs on for quite a few words.\n\n"
    opening = intro + "“The first part of a quote,\n\n"
    text = opening + "and it ends here,” he said.\n\nA closing paragraph follows."
    chunks = split_into_chunks(text, limit=len(opening) + 10)
    first_offset, first = chunks[0]
    assert first_offset == 0 and "“" not in first
    assert "".join(chunk for _, chunk in chunks) == text


def test_quotes_marked_with_html_references_are_found_in_the_real_text() -> None:
    text = (
        "Matthew Miller spoke on Monday. &#8220;We are ready to act,&#8221; Miller said.\n\n"
        "Sergey Lavrov answered from Moscow."
    )
    quotes = [q for q in analyze_document("", text, blank_pipeline()).quotes if q.kind == "direct"]
    assert [q.text for q in quotes] == ["&#8220;We are ready to act,&#8221;"]
    assert text[quotes[0].start : quotes[0].end] == quotes[0].text


def test_a_speaker_phrase_holding_html_references_is_given_back_in_the_real_text(
    nlp: Language,
) -> None:
    """The speaker was read on the copy, where each reference is a mark and spaces: its
    text came back as 'the      "Save Our Park"      group'."""
    text = ("&quot;We will fight the plan in court,&quot; the &quot;Save Our Park&quot;"
            " group said on Monday.")
    [quote] = [q for q in analyze_document("", text, nlp).quotes if q.kind == "direct"]
    assert quote.speaker_text == "the &quot;Save Our Park&quot; group"
    assert quote.speaker_text == text[quote.speaker_start : quote.speaker_end]


def test_the_real_text_re_reads_the_speaker_and_leaves_a_quote_without_one() -> None:
    text = "&quot;No,&quot; the &quot;Stop&quot; group said. &quot;Yes.&quot;"
    read, places = with_reference_marks(text)
    speaker = (text.index("the"), text.index(" said"))
    copy = Analysis(quotes=(
        Quote(0, 16, read[0:16], speaker_text=read[speaker[0]:speaker[1]],
              speaker_start=speaker[0], speaker_end=speaker[1]),
        Quote(text.index("&quot;Yes"), len(text), read[text.index("&quot;Yes"):]),
    ))
    real = with_real_text(copy, text, places)
    assert [q.speaker_text for q in real.quotes] == ['the &quot;Stop&quot; group', None]
    assert real.quotes[1].text == "&quot;Yes.&quot;"
