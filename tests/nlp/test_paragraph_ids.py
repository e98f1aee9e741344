"""Line numbers read from the token array equal the ones read token by token."""

from __future__ import annotations

import spacy

from workbench.nlp.quote_clauses import _paragraph_ids


def _by_tokens(doc: spacy.tokens.Doc) -> list[int]:
    ids, current = [], 0
    for token in doc:
        if token.is_space and "\n" in token.text:
            current += 1
            ids.append(-1)
            continue
        ids.append(current)
        if "\n" in token.whitespace_:
            current += 1
    return ids


def test_same_lines_as_reading_each_token() -> None:
    nlp = spacy.blank("en")
    for text in ["Headline here\n\nSmith said: \u201cYes.\u201d\nShe left.  Then \n rain.",
                 "One line only.", "\n\nLeading breaks\r\nand CRLF\t\ttabs\n", ""]:
        doc = nlp(text)
        assert _paragraph_ids(doc) == _by_tokens(doc)
    assert _paragraph_ids(nlp("A\n\nB\nC")) == [0, -1, 1, -1, 2]
