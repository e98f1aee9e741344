"""The speaker of a sentence opened by its verb of saying: `Remarked X, "…"`.

Feature writing inverts the attribution to the front of the sentence ("Remarked Center
for Biological Diversity scientist Tierra Curry, "…"", "Added Lisa Chen, a spokeswoman,
"…""). The verb has no subject: the parser makes the speaker its object, or a
preposition's object, and the small model often tags the capitalised verb as the first
word of a name ("Remarked Center"). The speaker is the person named last between the verb
and the comma or colon that opens the quotation (issue 15, dev10). Kept in its own module
because it reads the sentence's surface rather than the verb's dependants.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.cues import OPENING_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Token

_INTRODUCING_PUNCT = frozenset((",", ":"))
#: How many words the speaker phrase may take before its comma.
_MAX_PHRASE_TOKENS = 15


def person_after_opening_verb(verb: Token) -> Token | None:
    """The last PERSON word between a sentence-opening cue ``verb`` and the ``, "`` that
    follows its speaker phrase, or None when the sentence is not built that way.

    Only a capitalised verb at the very start of its sentence, with no subject, qualifies:
    "He remarked …" and "Remarked upon by critics, the film …" (no quotation after the
    phrase) are other constructions.
    """
    doc = verb.doc
    if verb.i != verb.sent.start or not verb.text[:1].isupper() or verb.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    last_person: Token | None = None
    start = verb.i + 1
    while verb.ent_type_ and start < len(doc) and doc[start].ent_iob_ == "I":
        start += 1  # "[Remarked Center]": the verb read as a name's first word, and its rest
    limit = min(len(doc) - 1, verb.i + _MAX_PHRASE_TOKENS)
    for token in doc[start:limit]:
        if token.text in _INTRODUCING_PUNCT:
            following = doc[token.i + 1]
            return last_person if following.text in OPENING_MARKS else None
        if token.text in OPENING_MARKS or token.is_sent_start:
            return None
        if token.ent_type_ == "PERSON":
            last_person = token
    return None
