"""The who-said-what index keeps a quote whose speaker entity was hidden as a false positive."""

from __future__ import annotations

import pytest

from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.store import Store

TEXT = '"We will rebuild the bridge," Genoa said on Monday.'


def _genoa_quote(store: Store, label: str) -> int:
    """One document whose quote "Genoa" said, the mention tagged ``label``; the quote's end."""
    doc = store.documents.add_article(Article(title="Bridge", text=TEXT)).documents_added[0]
    speaker = TEXT.index("Genoa")
    quote_end = TEXT.index(" Genoa")
    store.analysis.save_analysis(doc, Analysis(
        mentions=(Mention(speaker, speaker + 5, "Genoa", label, "Genoa"),),
        quotes=(Quote(0, quote_end, TEXT[:quote_end], "direct", "Genoa", "Genoa",
                      speaker, speaker + 5, "said"),)))
    return quote_end


def test_hiding_the_speaker_entity_keeps_the_quote_under_its_words(store: Store) -> None:
    """Hiding "Genoa" (a place the model made a speaker) said "this is no entity"; the
    quote index dropped the quote itself, which the reader still showed."""
    quote_end = _genoa_quote(store, "GPE")
    entity = store.entities.find_entity_id("Genoa")
    assert entity is not None
    store.entities.set_entity_hidden(entity)
    (quote,) = store.analysis.list_quotes()
    assert quote["text"] == TEXT[:quote_end]
    assert quote["speaker"] is None and quote["speaker_text"] == "Genoa"
    assert [q["id"] for q in store.analysis.list_quotes(speaker="genoa")] == [quote["id"]]
    assert store.analysis.list_quotes(speaker_id=entity) == []


def _speaker_filter_plan(store: Store, speaker: str) -> tuple[list[dict[str, object]], str]:
    """The quotes the speaker filter finds, and SQLite's plan for the query it ran."""
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)  # the SQL with its values
    try:
        found = store.analysis.list_quotes(speaker=speaker)
    finally:
        store.db.conn.set_trace_callback(None)
    (query,) = [sql for sql in statements if "FROM quotes q JOIN documents" in sql]
    plan = " | ".join(row[3] for row in store.db.execute(f"EXPLAIN QUERY PLAN {query}"))
    return found, plan


def test_a_speaker_name_reads_its_quotes_through_the_indexes_not_every_quote(
    store: Store,
) -> None:
    """Before: the name's LIKE ran on every quote's entity (a scan of 42,000 quotes at
    10,000 documents, 61 ms more than before migration 0019); now the matching entities
    and speaker texts are listed first and their quotes looked up."""
    _genoa_quote(store, "PERSON")
    found, plan = _speaker_filter_plan(store, "GENOA")
    assert len(found) == 1
    assert "idx_quotes_speaker " in plan and "idx_quotes_speaker_text" in plan, plan
    assert "SCAN q" not in plan, plan


def test_a_speaker_name_matching_very_many_speakers_scans_the_quotes_once(
    store: Store, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past ``MAX_SPEAKERS_LOOKED_UP`` names one pass costs less than a lookup each: the
    same quotes, read by a scan ("a" matched 25,948 at 10,000 documents)."""
    from workbench.store import quotes

    _genoa_quote(store, "PERSON")
    looked_up = store.analysis.list_quotes(speaker="genoa")
    monkeypatch.setattr(quotes, "MAX_SPEAKERS_LOOKED_UP", 0)
    found, plan = _speaker_filter_plan(store, "genoa")
    assert found == looked_up != []
    assert "SCAN q" in plan, plan
