"""A small library with hostile titles, text, notes and names, built through the Store API."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.store import Store

EVIL = "<script>alert(1)</script> ![x](file:///etc/passwd) [x](javascript:alert(1))"
HOSTILE_TEXT = (
    'Miller said "sanctions are coming soon" to reporters. Kim met Putin. '
    f"Then {EVIL} <img src=x onerror=alert(1)> and # not a heading.\n\n"
    "- not a list\n1. not a list either\n    not code\n> not a quote\n"
    "Lavrov said there would be no sanctions at all."
)
HOSTILE_TITLES = [
    "../../etc/passwd",
    "CON",
    "a:b",
    "🙂 Emoji news 🙂",
    "Long " + "x" * 295,
    "Same title",
    "same TITLE",
    EVIL,
    "<b>raw</b> HTML & [link](https://ok.example)",
]
EVIL_NOTE = (
    "My **note** <script>alert(1)</script> ![x](file:///etc/passwd) "
    "[x](javascript:alert(1)) <iframe src=x></iframe> [ok](https://ok.example)\n\n"
    "```\n<script>alert(2)</script>\n```"
)


@dataclass
class Library:
    """The ids a test needs to address the built library."""

    store: Store
    docs: list[int]
    claims: list[int]
    highlight: int


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def build_library(store: Store) -> Library:
    docs = []
    for number, title in enumerate(HOSTILE_TITLES):
        text = f"Document {number}. {HOSTILE_TEXT}"
        article = Article(
            title=title, text=text, source="Wire <i>", published=f"2024-05-{number + 1:02d}"
        )
        if number == 0:
            article = Article(title=title, text=text, url="https://news.example/a?b=1&c=(2)")
        if number == 1:
            article = Article(title=title, text=text, url="javascript:alert(1)")
        docs.append(store.documents.add_article(article).documents_added[0])
    for doc_id in docs:
        _analyse(store, doc_id)
    first, second = docs[0], docs[7]
    text_a, text_b = store.documents.document_text(first), store.documents.document_text(second)
    miller = store.entities.find_entity_id("Matthew Miller")
    c1, _ = store.claims.add_claim(
        first, *span(text_a, "sanctions are coming soon"), claimant_entity_id=miller
    )
    c2, _ = store.claims.add_claim(
        second, *span(text_b, "sanctions are coming soon"), claimant_text=EVIL
    )
    c3, _ = store.claims.add_claim(
        second, *span(text_b, "there would be no sanctions"), claimant_text="Lavrov"
    )
    c4, _ = store.claims.add_claim(
        docs[2], *span(store.documents.document_text(docs[2]), "Kim met Putin")
    )
    store.claims.link_claims(c1, c2, "same", note=EVIL)
    store.claims.link_claims(c3, c1, "contradicts")
    store.claims.link_claims(c4, c1, "supports")
    store.claims.set_claim_status(c1, "disputed", note="Lavrov denies it")
    highlight, _ = store.annotations.add_annotation(
        first, *span(text_a, "Kim met Putin"), note_md=EVIL_NOTE, tags=("people/leaders", "a b")
    )
    store.annotations.add_annotation(second, *span(text_b, EVIL), color="green")
    store.tags.tag_document(first, "topic/sanctions")
    store.tags.tag_document(second, "topic/sanctions")
    store.tags.tag_document(second, "<i>odd</i> tag")
    store.tags.recolor_tag("topic/sanctions", "#123456")
    store.grades.grade_source("Wire <i>", "B")
    store.grades.grade_document(second, "D")
    store.grades.grade_claim(c1, 2)
    store.grades.grade_claim(c3, 5)
    return Library(store, docs, [c1, c2, c3, c4], highlight)


def _analyse(store: Store, doc_id: int) -> None:
    text = store.documents.document_text(doc_id)
    mentions = [
        Mention(*span(text, "Miller"), "Miller", "PERSON", "Matthew Miller"),
        Mention(*span(text, "Kim"), "Kim", "PERSON", "Kim Jong Un"),
        Mention(*span(text, "Putin"), "Putin", "PERSON", "Vladimir Putin", confidence=0.5),
        Mention(*span(text, "Lavrov"), "Lavrov", "PERSON", "Sergei Lavrov"),
        Mention(*span(text, "script"), "script", "ORG", "<b>Evil</b> [Corp](javascript:x)"),
    ]
    quote = Quote(
        *span(text, '"sanctions are coming soon"'),
        '"sanctions are coming soon"',
        speaker="Matthew Miller",
        speaker_text="Miller",
        speaker_start=span(text, "Miller")[0],
        speaker_end=span(text, "Miller")[1],
        cue="said",
        confidence=0.9,
    )
    indirect = Quote(
        *span(text, "there would be no sanctions"),
        "there would be no sanctions",
        kind="indirect",
        speaker="Sergei Lavrov",
        speaker_text="Lavrov",
        cue="said",
    )
    anonymous = Quote(*span(text, EVIL), EVIL)
    store.analysis.save_analysis(
        doc_id, Analysis(mentions=tuple(mentions), quotes=(quote, indirect, anonymous))
    )


@pytest.fixture
def library(store: Store) -> Library:
    return build_library(store)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A library file holding ``build_library``'s documents, for the CLI tests."""
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        build_library(store)
    return path
