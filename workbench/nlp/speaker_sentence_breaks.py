"""Speakers the parser lost at a sentence break it made where there is none, or missed.

A closing quotation mark or a line break misleads the parser's sentence splitter: a
participle of saying ends up as the root of a sentence of its own ("…," calling it …), or a
name opening a new paragraph becomes the object of the previous sentence's verb. These
readers give such a verb back the subject the text gives it (``speakers.subject_of``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from workbench.nlp.verb_subjects import speaker_subject

if TYPE_CHECKING:
    from spacy.tokens import Token


def participle_cut_off(verb: Token, usable: Callable[[Token], bool]) -> Token | None:
    """The subject of the sentence a participle of saying was cut off from: in `Giuliani
    trashed Comey on MSNBC's "Morning Joe," calling it a "no-brainer"` the parser ends a
    sentence at the title's closing mark and makes "calling" the root of the rest. A
    participle root whose sentence follows one that ended on a comma, not a full stop,
    adds to that sentence, so its subject speaks."""
    if verb.tag_ != "VBG" or verb.dep_ != "ROOT" or verb.sent.start == 0:
        return None
    doc = verb.doc
    words = [t for t in doc[verb.sent.start : verb.i] if not (t.is_punct or t.is_space)]
    if any(usable(t) for t in words):
        return None  # a sentence with words of its own before the participle
    comma = verb.i - 1
    while comma > 0 and (doc[comma].is_space or doc[comma].is_quote):
        comma -= 1
    if any("\n" in t.text for t in doc[verb.sent.start - 1 : verb.i]):
        return None
    if doc[comma].text != "," and not _fragment_opening(verb):
        return None
    previous = doc[verb.sent.start - 1].sent.root
    return speaker_subject(previous, usable) if previous.pos_ in ("VERB", "AUX") else None


def _fragment_opening(verb: Token) -> bool:
    """True for a participle of saying that opens a sentence on its own and introduces
    the quote at once: in `They fired me from there too. Saying, "..."` the fragment
    goes on with the sentence before, whose subject says it. Only when a comma or colon
    follows the participle: "Saying goodbye was hard" is a sentence of its own."""
    doc = verb.doc
    if verb.i != verb.sent.start or verb.i + 1 >= len(doc):
        return False
    return doc[verb.i + 1].text in (",", ":") and doc[verb.i - 1].text in (".", "!", "?")


def subject_opening_line(verb: Token) -> Token | None:
    """The subject of a paragraph the parser ran into the previous one: in `... keeping
    people safe?"¶De Blasio, speaking on WOR710, called Trump a "blowhard,"` no sentence
    break is made after the closing mark, "De Blasio" becomes the object of the earlier
    "said" and "called" a clause describing it. A name that opens its line is where a new
    sentence starts, so the verb hung on it is its predicate and the name its subject."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.i > verb.i or noun.pos_ not in ("PROPN", "NOUN"):
        return None
    if not any(c.dep_ in ("dobj", "ccomp", "oprd", "dative") for c in verb.children):
        return None  # `Marcel Lazar, 44, known online as "Guccifer,"` only describes him
    first = min(t.i for t in noun.subtree if not (t.is_punct or t.is_space))
    if first == 0 or noun.head.i >= first:
        return None  # the parse hangs the closing mark and the break on the name too
    before = verb.doc[first - 1]
    if before.text == ";":
        return noun  # `...; one lawmaker called Trump "..."`: a semicolon opens a clause too
    if "\n" not in before.text + before.whitespace_:
        return None
    return noun if any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in noun.subtree) else None
