"""Whose label an "as" phrase is when the parser hangs it inside a "that" clause.

Why: in `Reyes rejected accusations that his country was arming rebels as "utterly
baseless"` the parser attaches "as" to "arming", the nearest verb, and the labelling
rule of ``quote_attribution`` (whatever the verb, its subject labels something in the
quoted words) then gave the words to "his country". A content clause opened by "that"
reports what someone else claims; it labels nothing of its own, so the "as" belongs to
the verb that governs the clause (through its noun, "accusations", "claims"), whose
subject speaks. A clause whose own verb is one of saying (`said that the army
described the raid as "a success"`) keeps its "as": there the clause's subject labels.
So does a relative clause set off by commas: in `Cruz is praising Jeb Bush, who ended
his bid Saturday, as "a man who didn't go to the gutter"` the parser hangs the "as"
after the closing comma on "ended", but the aside is over; the label is the praise of
the verb whose object the clause describes, so Cruz's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.cues import is_speech_cue

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How many heads a content clause's verb climbs to the verb that governs it.
_CLIMB = 3


def labelling_verb(verb: Token) -> Token:
    """The verb whose subject gives the label of an "as" the parse hung on ``verb``."""
    if verb.dep_ == "relcl":
        return _past_aside(verb) or verb
    if is_speech_cue(verb) or not _opens_with_that(verb):
        return verb
    current = verb.head
    for _ in range(_CLIMB):
        if current.pos_ == "VERB":
            return current
        if current.head is current:
            break
        current = current.head
    return verb


def _opens_with_that(verb: Token) -> bool:
    """True for the verb of a content clause: "that" marks it and it hangs on a noun or
    verb ("accusations that ...", "denied that ...")."""
    if verb.dep_ not in ("acl", "ccomp"):
        return False
    return any(child.dep_ == "mark" and child.lower_ == "that" for child in verb.children)


def _past_aside(verb: Token) -> Token | None:
    """The verb whose object a relative clause set off by commas describes, when the
    "as" hung on that clause's ``verb`` comes after its closing comma; else None."""
    doc = verb.doc
    opening = verb.left_edge.i - 1
    if opening < 0 or doc[opening].text != ",":
        return None
    if not any(_after_comma(c) for c in verb.children if c.lower_ == "as" and c.dep_ == "prep"):
        return None  # "who stepped down as leader" labels its own subject
    noun = verb.head
    return noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None


def _after_comma(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text == ","
