"""Whose label an "as" phrase is when the parser hangs it inside a "that" clause.

Why: in `Reyes rejected accusations that his country was arming rebels as "utterly
baseless"` the parser attaches "as" to "arming", the nearest verb, and the labelling
rule of ``quote_attribution`` (whatever the verb, its subject labels something in the
quoted words) then gave the words to "his country". A content clause opened by "that"
reports what someone else claims; it labels nothing of its own, so the "as" belongs to
the verb that governs the clause (through its noun, "accusations", "claims"), whose
subject speaks. A clause whose own verb is one of saying (`said that the army
described the raid as "a success"`) keeps its "as": there the clause's subject labels.
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
