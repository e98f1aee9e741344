"""Title sentence marks found by string id equal the ones found by reading every token."""

from __future__ import annotations

import spacy

from tests.nlp.tokenizer_steps import add_news_abbreviations
from workbench.nlp.abbreviations import (
    _TITLES,
    _ends_sentence,
    mark_title_sentences,
)


def _by_tokens(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.text in _TITLES and not token.is_space:
            token.is_sent_start = False
        elif token.text in _TITLES and not _ends_sentence(before):
            token.is_sent_start = False
    return doc


TEXTS = [
    "The suspect was arrested, said Capt. Mary Jones of the Ont. police.",
    "Const. \n Lee spoke. Sgt. Ray Hart and Dr. Ann Lee agreed; Det.\nKim left.",
    "He met Gov. Smith. Mr. Brown said \u201cyes.\u201d Lt.-Col. Ames, Capt.",
    "Capt. Capt. Dr.",
]


def test_same_sentence_marks_as_reading_every_token() -> None:
    nlp = add_news_abbreviations(spacy.blank("en"))
    tokenizer = nlp.tokenizer
    for text in TEXTS:
        fast, slow = mark_title_sentences(tokenizer(text)), _by_tokens(tokenizer(text))
        assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in slow]
    marked = mark_title_sentences(tokenizer("said Capt. Mary Jones"))
    assert [t.is_sent_start for t in marked][2] is False  # no sentence starts at "Mary"
