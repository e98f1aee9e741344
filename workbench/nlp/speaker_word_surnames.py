"""Surnames that are also function words ("Will", "From", "Early") right before a cue.

Columnist George Will, strategist Al From: once the text has named such a person in
full, it calls them by the surname alone (`"...," Will wrote.`, `"...," From said.`).
The small model reads the lone word as the modal "will" or the preposition "from", so
the verb of saying is left with no subject, or with a name further off ("Will
described Trump as ..." credited Trump). The word itself is the evidence: capitalised
inside its sentence, tagged as a function word, right before the cue, and the last
word of a person's full name elsewhere in the document. An opening participle ("Citing
..., Will urged") is read at the verb it hangs on: its subject is the one citing. Names
the tagger reads as names ("Young said") never reach this rule: the parse already gives
them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.doc_words import names_after_given_names, person_last_words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Tags of words that are never names when read rightly; a surname spelled like one of
#: them is what the tagger gets wrong.
_FUNCTION_TAGS = frozenset(("AUX", "ADP", "ADV", "ADJ", "SCONJ", "CCONJ", "PART", "DET"))


def surname_before_cue(cue: Token) -> Token | None:
    """The word right before ``cue`` when it is a misread surname (see the module
    docstring); else None. The first word of a sentence is left alone: there a
    capital letter says nothing ("Will they say ...")."""
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.head.i > cue.i:
        cue = cue.head  # `Citing "...", Will urged ...`: the one who urges is citing
    if cue.i == 0 or cue.pos_ != "VERB":
        return None
    word = cue.doc[cue.i - 1]
    if word.pos_ not in _FUNCTION_TAGS or not word.text[:1].isupper() or word.is_sent_start:
        return None
    if word.ent_type_ not in ("", "PERSON"):
        return None
    return word if _names_a_person(word) else None


def _names_a_person(word: Token) -> bool:
    """True when the document writes ``word`` as the end of a person's full name: the last
    word of a PERSON entity, or a capitalised name after a given name the model left
    untagged ("Al From founded ...", where "From" is read as a name)."""
    if word.lower_ in person_last_words(word.doc):
        return True
    # ``word`` itself is tagged a function word, never a proper noun, so it is not its own
    # evidence.
    return word.text in names_after_given_names(word.doc)
