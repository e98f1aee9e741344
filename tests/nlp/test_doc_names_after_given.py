"""The proper nouns a document writes after a capitalised proper noun, read once per doc."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from workbench.nlp.doc_words import names_after_given_names

WORDS = ["Al", "From", "founded", "it", ".", "the", "Early", "report", "Dana", "Early", "left",
         "From", "said"]
POS = ["PROPN", "PROPN", "VERB", "PRON", "PUNCT", "DET", "PROPN", "NOUN", "PROPN", "PROPN",
       "VERB", "ADP", "VERB"]


def test_a_name_after_a_given_name_is_read_and_one_after_a_lowercase_word_is_not() -> None:
    doc = Doc(spacy.blank("en").vocab, words=WORDS, pos=POS)
    assert names_after_given_names(doc) == {"From", "Early"}
    lowercase = Doc(doc.vocab, words=["the", "Early", "report"], pos=["PROPN", "PROPN", "NOUN"])
    assert names_after_given_names(lowercase) == frozenset()  # "the" is no given name


def test_the_names_are_read_once_per_doc() -> None:
    doc = Doc(spacy.blank("en").vocab, words=WORDS, pos=POS)
    first = names_after_given_names(doc)
    assert names_after_given_names(doc) is first
