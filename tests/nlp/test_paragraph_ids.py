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


def _bounds_by_sentences(doc: spacy.tokens.Doc) -> list[tuple[int, int]]:
    """The token-by-token walk the array pass replaced: each sentence cut at line changes."""
    paragraph = _paragraph_ids(doc)
    bounds = [(0, 0)] * len(doc)
    for sent in doc.sents:
        start = sent.start
        for i in range(sent.start, sent.end + 1):
            if i == sent.end or paragraph[i] != paragraph[start]:
                for j in range(start, i):
                    bounds[j] = (start, i)
                start = i
    return bounds


class _CountedDoc(spacy.tokens.Doc):
    """A doc that counts its sentence walks and the ``Token`` objects made of it."""

    sentence_walks = 0
    tokens_made = 0

    @property
    def sents(self):  # type: ignore[no-untyped-def]
        type(self).sentence_walks += 1
        return super().sents

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        if isinstance(index, int):
            type(self).tokens_made += 1
        return super().__getitem__(index)


_CLAUSE_TEXTS = ["Headline here\n\nSmith said: \u201cYes, we will.\u201d She left.\nThen it "
                 "rained.  Jones added \n that it was over.\n\n\nNo. Yes.",
                 "One line only.", "\n\nLeading breaks\r\nand CRLF\t\ttabs\n"]


def test_clause_bounds_are_read_from_the_array_as_the_walk_read_them(nlp: object) -> None:
    """Each token's clause (its sentence cut at line ends) as the walk over ``doc.sents``
    found it, read without walking the sentences or making a ``Token`` per token."""
    from workbench.nlp.quote_clauses import QuoteContext, _lines_and_clauses

    for text in _CLAUSE_TEXTS:
        doc = nlp(text)  # type: ignore[operator]
        _, starts, ends = _lines_and_clauses(doc)
        assert list(zip(starts, ends, strict=True)) == _bounds_by_sentences(doc)
        counted = _CountedDoc(doc.vocab).from_bytes(doc.to_bytes())
        _CountedDoc.sentence_walks = _CountedDoc.tokens_made = 0
        context = QuoteContext(counted, [])
        assert (_CountedDoc.sentence_walks, _CountedDoc.tokens_made) == (0, 0)
        assert [(c.start, c.end) for c in map(context.clause, doc)] == _bounds_by_sentences(doc)
    blank = spacy.blank("en")("No sentences read.")
    try:
        _lines_and_clauses(blank)
    except ValueError:
        pass  # as doc.sents: a doc without sentence starts has no clauses
    else:
        raise AssertionError("a doc without sentence starts was read as one clause")
