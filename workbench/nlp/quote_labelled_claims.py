"""Whose label a quoted judgement of someone else's words is: the one who labels them.

Why: news reports a reaction by labelling another person's words. In `Mayor Olivia Chow
called the premier's remarks "a disgrace"` or `Councillor Ken Lee dismissed the chief's
comments as "political theatre"` the quoted words are the mayor's and the councillor's,
but the parser often hangs the quote (or its "as") on the owned claim noun ("remarks",
"comments") instead of the verb, and a claim noun with an owner is a cue whose speaker
is its owner (`Trump's claim that "..."`), so the words went to the premier and the chief.

* A claim noun that is the direct object of a verb of naming or judging ("call", "label",
  "deem", "find") with the quotation after it is that verb's object, and the quotation its
  label: the verb is the cue. Not when a "that" clause or an "of" phrase of the noun holds
  the quotation (`called Trump's claim that "..." absurd`, `called his assertion of a
  "claim of right" over the emails "disturbing"`): that is the claim's content.
* An "as" the parser hung on a verb's direct object (`dismissed the chief's remarks as
  "..."`, `dismissed DeSantis's proposal as "a political stunt"`) labels through that verb,
  as an "as" hung on the verb itself does (``quote_attribution``); "such as" gives examples.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.cues import is_claim_noun
from workbench.nlp.speakers import speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from workbench.nlp.quote_clauses import QuoteContext

#: Verbs that give their object a label with no "as" between (`called X "Y"`).
_NAMING_VERBS = frozenset("call label brand dub term deem declare pronounce find".split())
#: Words before an "as" that make it no label: "such as" and "as well as" list things.
_NOT_LABEL_BEFORE = frozenset(("such", "well", "same", "known"))
#: A claim noun as the verb's object: the parser reads `called X's remarks "Y"` either way.
_OBJECT_DEPS = ("dobj", "oprd")
#: An "of" right after the claim noun opens its content when the quote comes within this
#: many tokens (`of a "claim of right"`); a label comes after the whole "of" phrase.
_CONTENT_GAP = 3
#: Speaker heads a labelling verb's subject may have.
_SUBJECT_POS = ("PROPN", "PRON", "NOUN")


def labelling_as_verb(ctx: QuoteContext, token: Token) -> Token | None:
    """The verb whose subject labels something in the quoted words when ``token`` is the
    "as" of `characterized the call as "perfectly fine"` (hung on the verb) or of
    `dismissed the chief's remarks as "theatre"` (hung on the verb's object); else None."""
    if token.lower_ != "as" or token.dep_ != "prep":
        return None
    verb = token.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.i < token.i:
        before = token.doc[token.i - 1] if token.i else None
        if before is not None and before.lower_ in _NOT_LABEL_BEFORE:
            return None
        verb = verb.head
    if verb.pos_ != "VERB" or not ctx.outside(verb):
        return None
    subject = speaker_token(verb, ctx.outside)
    return verb if subject is not None and subject.pos_ in _SUBJECT_POS else None


def labelling_claim_verb(ctx: QuoteContext, quote: Span, noun: Token) -> Token | None:
    """The verb of naming that labels the claim noun ``noun`` with the quotation after it
    (`called the premier's remarks "a disgrace"`), else None: then the noun's owner
    speaks as usual."""
    if not is_claim_noun(noun) or noun.dep_ not in _OBJECT_DEPS or noun.i >= quote.start:
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _NAMING_VERBS or not ctx.outside(verb):
        return None
    gap = noun.doc[noun.i + 1 : quote.start]
    if any(t.lower_ == "that" for t in gap):
        return None
    if len(gap) <= _CONTENT_GAP and len(gap) and gap[0].lower_ == "of":
        return None  # `called his assertion of a "claim of right"`: what he asserted
    subject = speaker_token(verb, ctx.outside)
    return verb if subject is not None and subject.pos_ in _SUBJECT_POS else None
