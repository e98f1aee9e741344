"""Quoted words the sentence's grammar makes a label or a name, not a quotation.

Split from ``quote_filters`` (which reads the words around the marks) because these rules
read the parse: what the quoted words hang on decides. `a play called "..."` gives a
name, `served as the premier's "sherpa"` a role, `the "top secret" level` a kind of level;
nobody in the sentence is said to say them, whatever cue stands elsewhere in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.cues import is_speech_cue
from workbench.nlp.quote_filters import MAX_NAMED_TITLE_WORDS, is_short, title_case, word_count

if TYPE_CHECKING:
    from spacy.tokens import Token

    from workbench.nlp.quote_clauses import CharSpan, QuoteContext

#: Participles that give a thing its name: `a play called "..."`, `a group named "..."`.
_NAMING_PARTICIPLES = frozenset(("called", "named"))


def is_given_name(ctx: QuoteContext, span: CharSpan) -> bool:
    """True for the name a thing is given by a participle modifying it (`a popular play
    called "Los Hijos de Trump"`, `an account called "Hypo-Cruz"`) or by a passive with
    no agent (`this stage is called "the development phase"`): the quoted words name the
    play, account or stage; nobody in the sentence says them. In `Trump called the
    senator "Little Marco"` or `who called the plan "reckless"` someone does use them.
    The name must look like one: title case (up to a long title) or a short phrase."""
    tokens = ctx.tokens(span)
    if tokens is None or tokens.start == 0:
        return False
    word = ctx.token_before(tokens.start)
    if word is None or word.lower_ not in _NAMING_PARTICIPLES:
        return False
    if not (word.dep_ == "acl" or _agentless(word)):
        return False
    return title_case(ctx.text, span, MAX_NAMED_TITLE_WORDS) or is_short(ctx.text, span)


def _agentless(verb: Token) -> bool:
    """True for a passive with nobody doing it: `this phase is called "..."` names a
    thing; `he was called a "liar" by the senator` is the senator's word."""
    if not any(child.dep_ == "auxpass" for child in verb.children):
        return False
    return not any(t.dep_ == "agent" or t.lower_ == "by" for t in verb.subtree)


#: How a pre-modifier hangs on its noun, and what a modified noun may be.
_MODIFIER_DEPS = ("compound", "amod", "nmod")
_NOUNS = ("NOUN", "PROPN")
#: Links from a noun up to a verb that has it as (part of) its object.
_OBJECT_DEPS = ("dobj", "conj", "pobj", "prep", "appos")
#: Verbs of holding a role or class: `served as the president's "sherpa"`, `register as
#: "undeclared"`, `working as part of a "launch team"`, `qualifies as a "small business"`.
_ROLE_VERBS = frozenset(
    "serve work act register function qualify rank pose volunteer enlist double "
    "stand sign join operate enrol enroll".split()
)


#: How many heads up from the quoted words "as" may be.
_AS_REACH = 4


def is_role_after_as(ctx: QuoteContext, span: CharSpan) -> bool:
    """True for a short quoted phrase naming a role or class after "as" on a verb of
    holding one: what someone is or does, said by nobody in the sentence. Verbs that
    label something (`dismissed the claims as "absurd"`, `slammed as "careless"`) keep
    their quotes, whatever the parse made of their object."""
    tokens = ctx.tokens(span)
    if tokens is None:
        return False
    heads = [t.head for t in tokens if not tokens.start <= t.head.i < tokens.end]
    for head in heads[:1]:
        for _ in range(_AS_REACH):  # `as part of a "launch team"`, `as Lee's "sherpa"`
            if head.lower_ == "as" and head.dep_ == "prep":
                verb = head.head
                return verb.pos_ == "VERB" and verb.lemma_.lower() in _ROLE_VERBS
            if head.head is head:
                break
            head = head.head
    return False


def is_noun_modifier(ctx: QuoteContext, span: CharSpan) -> bool:
    """True for a one- or two-word quoted phrase in front of the noun it modifies: `the
    "top secret" level`, `her "clawback" plan`, `the "opt-out" movement`. It names a kind
    of the noun after the marks; it is not something said (a whole utterance, `an "Oh,
    no" moment`, is kept by the caller first). Three words can be a speaker's own
    wording (`an "inaccurate and incomplete" response`), and so is a word in what a
    speaker describes (`she described "insane" heat`): both are left alone."""
    tokens = ctx.tokens(span)
    if tokens is None or tokens.end >= len(ctx.doc) or word_count(ctx.text, span) > 2:
        return False
    outside = [t for t in tokens if not t.is_punct and not tokens.start <= t.head.i < tokens.end]
    if len(outside) != 1:
        return False
    word, noun = outside[0], outside[0].head
    if word.dep_ not in _MODIFIER_DEPS or noun.i < tokens.end or noun.pos_ not in _NOUNS:
        return False
    between = ctx.doc[tokens.end : noun.i]
    return not any(t.pos_ == "VERB" for t in between) and not _said_of(noun)


def _said_of(noun: Token) -> bool:
    """True when ``noun`` is what a verb of saying says or describes (`described extensive
    tire marks and "insane" heat`, `called for "tough" measures`): the speaker's words."""
    current = noun
    for _ in range(_AS_REACH):
        if current.dep_ not in _OBJECT_DEPS or current.head is current:
            return False
        current = current.head
        if is_speech_cue(current):
            return True
    return False


#: Dependencies of the one who speaks on a cue (active and passive subjects).
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: A "subject" headed by a verb is a clause the parse misread (`that Trump supports
#: "Hillary-style healthcare" and the procedure sometimes called ...`), no speaker's name.
_CLAUSE_HEADS = ("VERB", "AUX")


def is_speaker_label(ctx: QuoteContext, span: CharSpan, cue: Token | None) -> bool:
    """True for a short quoted phrase inside the subject of the quote's own cue: `this CNN
    "reporter" has revealed`, `as the "autopsy" recommended`, `the so-called "Gang of
    Six" said`. The writer's label for the speaker, set off in marks; the speaker is not
    saying it, so the cue it found is no evidence that the phrase is speech. In `He called
    her a "reporter"` the phrase is the cue's object and stays a partial quote. The label
    comes before its cue, after a word of the subject outside the marks ("the", "this
    CNN"): a quotation the parse made part of the subject of a cue before it (`It is, said
    Rep. X, the Bushies' "last sour note."`) or of the subject after it (`"It's unanimous,"
    council member X said`) is still speech."""
    tokens = ctx.tokens(span)
    if cue is None or tokens is None:
        return False
    words = [t.i for t in tokens if not t.is_punct]
    if not words or words[-1] > cue.i:
        return False
    for subject in cue.children:
        if subject.dep_ not in _SUBJECT_DEPS or subject.pos_ in _CLAUSE_HEADS:
            continue
        lo, hi = subject.left_edge.i, subject.right_edge.i
        if lo <= words[0] and words[-1] <= hi:
            return any(t.is_alpha and ctx.outside(t) for t in ctx.doc[lo : tokens.start])
    return False
