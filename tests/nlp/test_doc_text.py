"""The text kept on a doc is the text spaCy rebuilds from its tokens."""

from __future__ import annotations

import spacy

from workbench.nlp.doc_words import doc_text


def test_kept_text_equals_the_rebuilt_text() -> None:
    doc = spacy.blank("en")("Mayor Anna Price said: \u201cWe will rebuild.\u201d\n\nIt rained.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # joined once, then read back


def test_each_doc_keeps_its_own_text() -> None:
    nlp = spacy.blank("en")
    one, two = nlp("First story."), nlp("Second story.")
    assert (doc_text(one), doc_text(two)) == ("First story.", "Second story.")


def test_a_quote_context_reads_the_text_the_doc_keeps() -> None:
    from workbench.nlp.quote_clauses import QuoteContext

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp('"We will rebuild," the mayor said.')
    assert QuoteContext(doc, [(0, 18)]).text is doc_text(doc)  # one join for every pass


def test_a_remembered_text_is_the_one_read_back() -> None:
    from workbench.nlp.doc_words import remember_text

    text = "Mayor Anna Price said: \u201cWe will rebuild.\u201d"
    doc = spacy.blank("en")(text)
    kept = "".join(text)  # equal, and not the object the doc's tokens rebuild
    remember_text(doc, kept)
    assert doc_text(doc) is kept


def test_the_pipeline_keeps_each_chunk_text_on_its_doc(monkeypatch) -> None:
    """``_analyze_batch`` hands every parsed chunk the string it parsed, so no pass joins
    the doc's tokens again (each doc is checked when ``_collect`` reads it)."""
    from workbench.nlp import pipeline

    nlp = spacy.blank("en")
    seen: list[tuple[list[object], str]] = []
    monkeypatch.setattr(pipeline, "_collect",  # what the doc holds before any pass reads it
                        lambda doc, offset, mentions, quotes: seen.append(
                            (list(doc.user_data.values()), doc.text)))
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 40)
    text = "The mayor spoke at length.\n\nShe said the bridge would reopen.\n\nIt rained."
    list(pipeline.analyze_many([(1, "Title", text)], nlp))
    assert len(seen) > 1
    assert all(kept == [rebuilt] for kept, rebuilt in seen)
    assert "".join(rebuilt for _, rebuilt in seen) == text


def test_lower_forms_are_the_tokens_lowercase_forms_read_once() -> None:
    from workbench.nlp.doc_words import lower_forms

    doc = spacy.blank("en")("Posted on Twitter, then on TWITTER again.")
    forms = lower_forms(doc)
    assert forms == {token.lower_ for token in doc}
    assert "twitter" in forms
    assert lower_forms(doc) is forms
    assert lower_forms(spacy.blank("en")("")) == frozenset()
