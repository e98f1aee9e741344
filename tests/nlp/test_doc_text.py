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
