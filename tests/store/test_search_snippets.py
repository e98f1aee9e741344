"""Snippets of documents too long for FTS5's quadratic ``snippet()`` are cut in Python."""

from __future__ import annotations

import pytest

from workbench.core.models import Article
from workbench.store import Store, search_snippets
from workbench.store.search_snippets import (
    SNIPPET_CLOSE,
    SNIPPET_OPEN,
    highlight_pattern,
    scanned_snippet,
)


def test_a_long_document_is_snippeted_without_fts5(store: Store, monkeypatch) -> None:
    """An attack run's 31 MB document kept `search minister` busy for over ten minutes."""
    filler = "budget talks went on " * 30
    store.documents.add_article(Article(title="Long", text=filler + "The Minister resigned. "
                                        + filler))
    store.documents.add_article(Article(title="Short", text="A minister spoke."))
    monkeypatch.setattr(search_snippets, "SQL_SNIPPET_MAX_WORDS", 50)
    hits = {hit.title: hit for hit in store.library.search("minister")}
    assert "[Minister] resigned." in hits["Long"].snippet_text()
    assert hits["Long"].snippet_text().startswith("…")
    assert "[minister]" in hits["Short"].snippet_text()


def test_the_long_path_is_taken_only_above_the_word_limit(store: Store, monkeypatch) -> None:
    store.documents.add_article(Article(title="Long", text="The minister resigned today."))
    calls = []
    monkeypatch.setattr(search_snippets, "scanned_snippet",
                        lambda *args: calls.append(args) or "")
    store.library.search("minister")
    assert calls == []
    monkeypatch.setattr(search_snippets, "SQL_SNIPPET_MAX_WORDS", 2)
    store.library.search("minister")
    assert len(calls) == 1


@pytest.mark.parametrize(("highlight", "text", "marked"), [
    ('"minister"', "the prime MINISTER said", "MINISTER"),
    ('"prime minister"', "the prime\n  minister said", "prime\n  minister"),
    ('"minist"*', "ministers met", "ministers"),
    ('"say ""no"""', 'they say "no" again', 'say "no"'),
])
def test_scanned_snippets_mark_words_phrases_and_prefixes(highlight, text, marked) -> None:
    snippet = scanned_snippet(text, highlight_pattern(highlight), 16)
    assert SNIPPET_OPEN + marked + SNIPPET_CLOSE in snippet


def test_a_word_inside_another_is_not_a_match() -> None:
    snippet = scanned_snippet("administer the oath", highlight_pattern('"minister"'), 16)
    assert SNIPPET_OPEN not in snippet and snippet == "administer the oath"


def test_without_a_match_the_opening_words_show() -> None:
    text = " ".join(f"w{n}" for n in range(40))
    assert scanned_snippet(text, highlight_pattern('"absent"'), 5) == "w0 w1 w2 w3 w4…"
