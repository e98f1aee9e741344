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


def test_a_word_written_is_found_in_any_case_and_the_forms_are_read_once() -> None:
    from workbench.nlp.doc_words import writes_any

    doc = spacy.blank("en")("Posted on Twitter, then on TWITTER again.")
    assert writes_any(doc, frozenset({"twitter"}))
    assert not writes_any(doc, frozenset({"facebook", "Twitter"}))  # asked in lowercase
    kept = doc.user_data["workbench.lower_keys"]
    assert writes_any(doc, frozenset({"again"}))
    assert doc.user_data["workbench.lower_keys"] is kept
    assert not writes_any(spacy.blank("en")(""), frozenset({"twitter"}))


def test_a_platform_is_looked_for_by_hash_without_reading_the_forms() -> None:
    """Whether a text names a platform is told from the token array's hashes: no form's
    string is read (no set of the forms' strings is kept on the doc)."""
    from workbench.nlp.cue_platforms import PLATFORMS
    from workbench.nlp.doc_words import writes_any
    from workbench.nlp.quote_indirect import _possible_cues

    nlp = spacy.blank("en")
    named, plain = nlp("Posted on TWITTER, she said."), nlp("She said so on Monday.")
    _possible_cues(named), _possible_cues(plain)  # each asks whether a platform is named
    assert writes_any(named, PLATFORMS) and not writes_any(plain, PLATFORMS)
    for doc in (named, plain):
        assert not any(isinstance(value, frozenset) and "twitter" in value
                       for value in doc.user_data.values())
