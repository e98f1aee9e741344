"""A small library for timeline tests: two dated articles, claims, a link, tags, an undated one.

The normalised values (``mentions.value``) are what the date normaliser would
write; they are set here with SQL so the timeline is tested on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.store import Store

SUMMIT = (
    "The summit took place on September 13 in Vladivostok. "
    "Kim Jong Un met Vladimir Putin there. "
    "On Wednesday the State Department warned of sanctions, and in 2019 it had done so too."
)
ANSWER = (
    "Moscow answered the warning on September 15. "
    "Officials said the talks were useful. "
    'On Friday Putin said: "We will see."'
)
NO_DATE = "An undated note about the talks. It names no day at all."
DATED_ITEMS = 7
"""Items ``build_library`` puts on the axis: among them the summit sentence's "2019", and
"Moscow answered the warning on September 15" twice — its claim at the article's date (a
claim is dated when it was said, ``core.said_when``) and its sentence at the 15th."""


@dataclass(frozen=True)
class TimelineLibrary:
    """Ids of what ``build_library`` made."""

    summit: int
    answer: int
    undated: int
    summit_claim: int
    answer_claim: int
    lone_claim: int
    undated_claim: int
    highlight: int
    putin: int


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _mention(text: str, words: str, label: str, entity: str | None = None) -> Mention:
    start, end = _span(text, words)
    return Mention(start, end, words, label, entity or words)


def build_library(store: Store) -> TimelineLibrary:
    """Three documents with dates, marks, a link between two claims and tags."""
    add = store.documents.add_article
    summit = add(Article("Summit", SUMMIT, published="2023-09-14")).documents_added[0]
    answer = add(Article("Answer", ANSWER, published="2023-09-16T08:00:00")).documents_added[0]
    undated = add(Article("Undated", NO_DATE)).documents_added[0]
    store.analysis.save_analysis(summit, Analysis(mentions=(
        _mention(SUMMIT, "September 13", "DATE"),
        _mention(SUMMIT, "Vladivostok", "GPE"),
        _mention(SUMMIT, "Kim Jong Un", "PERSON"),
        _mention(SUMMIT, "Vladimir Putin", "PERSON", "Vladimir Putin"),
        _mention(SUMMIT, "Wednesday", "DATE"),
        _mention(SUMMIT, "State Department", "ORG"),
        _mention(SUMMIT, "2019", "DATE"),
    )))
    quote_start, quote_end = _span(ANSWER, '"We will see."')
    store.analysis.save_analysis(answer, Analysis(
        mentions=(_mention(ANSWER, "Moscow", "GPE"), _mention(ANSWER, "September 15", "DATE"),
                  _mention(ANSWER, "Friday", "DATE"),
                  _mention(ANSWER, "Putin", "PERSON", "Vladimir Putin")),
        quotes=(Quote(quote_start, quote_end, '"We will see."', speaker="Vladimir Putin",
                      speaker_text="Putin"),),
    ))
    values = {"September 13": "2023-09-13", "Wednesday": "2023-09-13", "2019": "2019",
              "September 15": "2023-09-15", "Friday": "2023-09-15T10:30"}
    for words, value in values.items():
        store.db.execute("UPDATE mentions SET value = ? WHERE text = ?", [value, words])
    store.db.conn.commit()
    summit_claim, _ = store.claims.add_claim(
        summit, *_span(SUMMIT, "the State Department warned of sanctions"))
    answer_claim, _ = store.claims.add_claim(
        answer, *_span(ANSWER, "Moscow answered the warning"), status="disputed")
    lone_claim, _ = store.claims.add_claim(answer, *_span(ANSWER, "the talks were useful"))
    undated_claim, _ = store.claims.add_claim(undated, *_span(NO_DATE, "An undated note"))
    store.claims.link_claims(answer_claim, summit_claim, "contradicts")
    highlight, _ = store.annotations.add_annotation(
        summit, *_span(SUMMIT, "The summit took place"), tags=("events/summit",))
    store.tags.tag_document(answer, "replies")
    putin = store.entities.find_entity_id("Vladimir Putin")
    assert putin is not None
    return TimelineLibrary(summit, answer, undated, summit_claim, answer_claim, lone_claim,
                           undated_claim, highlight, putin)
