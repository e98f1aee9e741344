"""A post-posed frame the parser read as one noun phrase with a reduced relative clause.

Why: after a quotation that ends its own sentence with "?" or "!", a frame whose subject
carries an apposition (`"…!" the party's candidate, Ann Lee, tweeted Sunday.`) is often
parsed as a noun phrase alone: the verb of saying hangs on the noun as an ``acl`` (as in
"the man arrested Sunday") and the frame has no subject, so the usual subject-led reading
(``quote_introductions.subject_led_cue``) finds no cue and the quote no speaker.

A finite past or present form (``VBD``/``VBZ``) cannot open a reduced relative clause:
only a participle can, so such a verb hanging on the frame's first noun phrase is that
phrase's own verb. The tagger often reads "tweeted" as a participle too; right after a
name set off in commas ("the nominee, Ann Lee, tweeted") it is still the frame's verb,
while a participle on a bare noun ("the letter signed by ...") stays what the parser says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.cues import is_speech_cue
from workbench.nlp.quote_introductions import SUBJECT_LEAD_TOKENS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Tags of a verb that can only be finite: never the participle of a reduced relative.
_FINITE_ONLY = frozenset(("VBD", "VBZ"))
#: What the noun phrase may hold: a role, its apposed name and their commas.
_PHRASE_POS = frozenset(("DET", "NUM", "ADJ", "NOUN", "PROPN", "PUNCT", "PART", "VERB"))


def reduced_relative_cue(region: Span) -> Token | None:
    """The verb of saying of `the party's candidate, Ann Lee, tweeted` when the parser hung
    it on the phrase's head as an ``acl``: the phrase must open ``region`` and reach up to
    the verb, and the verb must report no clause of its own; None otherwise."""
    if not len(region):
        return None
    head = region[0]
    while head.head.i != head.i and head.head.i < region.end and head.dep_ != "ROOT":
        head = head.head
    if head.pos_ not in ("NOUN", "PROPN") or head.left_edge.i != region.start:
        return None
    for verb in head.children:
        if _is_misread_frame_verb(verb, region):
            return verb
    return None


def _is_misread_frame_verb(verb: Token, region: Span) -> bool:
    """True for the noun's ``acl`` child that is a finite verb of saying, right after the
    phrase (a name in commas may end it), with no clause of its own."""
    if verb.dep_ != "acl" or not is_speech_cue(verb):
        return False
    if verb.tag_ not in _FINITE_ONLY and not _after_apposed_name(verb):
        return False
    if not region.start < verb.i <= region.start + SUBJECT_LEAD_TOKENS:
        return False
    before = region.doc[region.start : verb.i]
    if any(t.pos_ not in _PHRASE_POS or (t.pos_ == "VERB" and t.dep_ != "amod") for t in before):
        return False
    return not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def _after_apposed_name(verb: Token) -> bool:
    """True when a proper name in commas, apposed to the verb's noun, ends right before the
    verb: `the nominee, Ann Lee, tweeted`."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return False
    name = doc[verb.i - 2]
    return name.pos_ == "PROPN" and name.dep_ == "appos" and name.head.i == verb.head.i
