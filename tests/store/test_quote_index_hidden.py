"""The who-said-what index keeps a quote whose speaker entity was hidden as a false positive."""

from __future__ import annotations

from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.store import Store

TEXT = '"We will rebuild the bridge," Genoa said on Monday.'


def test_hiding_the_speaker_entity_keeps_the_quote_under_its_words(store: Store) -> None:
    """Hiding "Genoa" (a place the model made a speaker) said "this is no entity"; the
    quote index dropped the quote itself, which the reader still showed."""
    doc = store.documents.add_article(Article(title="Bridge", text=TEXT)).documents_added[0]
    speaker = TEXT.index("Genoa")
    quote_end = TEXT.index(" Genoa")
    store.analysis.save_analysis(doc, Analysis(
        mentions=(Mention(speaker, speaker + 5, "Genoa", "GPE", "Genoa"),),
        quotes=(Quote(0, quote_end, TEXT[:quote_end], "direct", "Genoa", "Genoa",
                      speaker, speaker + 5, "said"),)))
    entity = store.entities.find_entity_id("Genoa")
    assert entity is not None
    store.entities.set_entity_hidden(entity)
    (quote,) = store.analysis.list_quotes()
    assert quote["text"] == TEXT[:quote_end]
    assert quote["speaker"] is None and quote["speaker_text"] == "Genoa"
    assert [q["id"] for q in store.analysis.list_quotes(speaker="genoa")] == [quote["id"]]
    assert store.analysis.list_quotes(speaker_id=entity) == []
