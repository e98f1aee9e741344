"""Cue words that introduce reported speech ("said", "told", "according to").

The lexicon is by lemma so every inflection ("says", "saying", "emphasised") is covered;
it is deliberately a plain table so an analyst-facing change is a one-line diff. The
verbs of saying themselves (``SPEECH_VERBS``) live in ``core.saying_verbs``, which the
timeline's ``core.said_when`` reads too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.core.saying_verbs import SPEECH_VERBS
from workbench.nlp.cue_platforms import posted_on_platform

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of thinking: PolNeAR (and analysts) count them as attribution of a stance, but
#: only with a reported clause; they never introduce a direct quotation by themselves.
STANCE_VERBS = frozenset(
    """
    believe think feel fear hope expect know doubt worry predict suspect acknowledge
    show find demonstrate prove learn hear estimate assume guess imagine understand
    """.split()
)

#: Cues whose direct object is itself the reported content ("noted the presence of ...").
OBJECT_CONTENT_VERBS = frozenset(
    """
    note announce confirm deny acknowledge disclose reveal report predict cite mention
    admit demand promise pledge vow warn stress emphasize emphasise underscore claim
    """.split()
)

#: Nouns that report what someone said ("Trump's claim that ..."); the owner speaks.
CLAIM_NOUNS = frozenset(
    """
    claim statement assertion allegation argument suggestion promise warning comment remark
    announcement insistence contention charge accusation prediction pledge vow admission
    """.split()
)

#: Verbs of saying that give something a name ("labeled", "dubbed"), not words to say.
_NAMING_VERBS = frozenset("label call dub brand term".split())

PERSON_PRONOUNS = frozenset("he she him her i me".split())
_QUOTATIVE_SUBJECTS = frozenset("i he she we they".split())
#: Tokens that open a quotation in the parse (a straight or typeset mark, a wire
#: archive's two backticks): the speaker rules look for them after a speaker phrase.
OPENING_MARKS = frozenset(('"', "\u201c", "``"))
RELATIVE_PRONOUNS = frozenset("who that which whom".split())


def is_speech_cue(token: Token) -> bool:
    """True for a verb of saying (any inflection) used as a verb, for the "put it" of
    `"...," as a Homeland Security memo put it`, and for a person's quotative "be like"."""
    if token.pos_ not in ("VERB", "AUX") or _passive_add(token) or _adjective_participle(token):
        return False
    if _aspectual_continue(token):
        return False
    return (
        token.lemma_.lower() in SPEECH_VERBS
        or _as_x_put_it(token)
        or _quotative(token)
        or posted_on_platform(token)
    )


def _adjective_participle(token: Token) -> bool:
    """ "according to agreed facts heard in court", "the stated aim", "an announced
    plan": a past participle written before its noun describes the thing and reports no
    one's words (the "according to" or the sentence's own verb frames the quote). Only
    before a common noun: `"…" tweeted Mayor of London X` is the parser reading an
    inverted verb of saying as the name's modifier. A participle right after its noun
    describes it too (``_reduced_relative``)."""
    head = token.head
    if head.pos_ != "NOUN":
        return False
    return (token.tag_ == "VBN" and token.dep_ == "amod" and token.i < head.i) or (
        _reduced_relative(token)
    )


def _reduced_relative(token: Token) -> bool:
    """ "The officer charged with the shooting has been jailed", "the man accused of
    fraud": a past participle right after its common noun, with no subject of its own,
    says what was done to the noun's referent (a reduced relative clause) and reports
    no one's words. Without this the sentence after a run-on quotation lends the
    quotation its subject as speaker. The tagger often calls such a participle a past
    tense (VBD); the clause relation ``acl`` with no subject is what shows it. A verb of
    naming stays a cue ("a box labeled "medical problem"", "a group called "…""): the
    participle frames the label written right after it."""
    return (
        token.lemma_.lower() not in _NAMING_VERBS
        and token.tag_ in ("VBN", "VBD")
        and token.dep_ == "acl"
        and token.i == token.head.i + 1
        and not any(child.dep_.startswith("nsubj") for child in token.children)
    )


def _aspectual_continue(token: Token) -> bool:
    """ "AMD will continue to sell the servers "for the foreseeable future," Lu said": with
    a verb after it "continue" says an action goes on, not that anyone went on speaking
    (that is `"…," he continued.`, with no verb of its own), so the post-posed "Lu said"
    frames the quote."""
    return token.lemma_.lower() == "continue" and any(c.dep_ == "xcomp" for c in token.children)


def _passive_add(token: Token) -> bool:
    """ "new chips will be added to the servers": "add" in the passive puts a thing
    somewhere; the speaker who "added" something said it in the active voice."""
    return token.lemma_.lower() == "add" and any(c.dep_ == "auxpass" for c in token.children)


def _quotative(token: Token) -> bool:
    """The "'s" of `she's like, "Stop offending people."`: spoken English reports speech
    with "be like" right before the opening mark. Only after a personal pronoun, so a
    comparison ("the scene was like "a war zone"", "it's like ...") is no cue."""
    doc = token.doc
    i = token.i
    if token.lemma_.lower() != "be" or i + 2 >= len(doc) or doc[i + 1].lower_ != "like":
        return False
    after = doc[i + 2] if doc[i + 2].text != "," or i + 3 >= len(doc) else doc[i + 3]
    if after.text not in OPENING_MARKS:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _QUOTATIVE_SUBJECTS for c in token.children)


def _as_x_put_it(token: Token) -> bool:
    if token.lemma_.lower() != "put":
        return False
    words = {(child.dep_, child.lower_) for child in token.children}
    return ("dobj", "it") in words and any(word == "as" for _, word in words)


def is_claim_noun(token: Token) -> bool:
    """True for "claim", "statement" ... used as a noun with a possessive owner."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in CLAIM_NOUNS
        and any(child.dep_ == "poss" for child in token.children)
    )


def is_stance_cue(token: Token) -> bool:
    """True for a verb of thinking that can attribute a reported clause."""
    return token.pos_ == "VERB" and token.lemma_.lower() in STANCE_VERBS


def is_according_to(token: Token) -> bool:
    """True for the "according" of "according to X"."""
    if token.lower_ != "according":
        return False
    return any(child.lower_ == "to" for child in token.children) or (
        token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to"
    )


def according_to_source(token: Token) -> Token | None:
    """The object of "to" in "according to X" (None if the parse lost it)."""
    for child in token.children:
        if child.lower_ == "to":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    nxt = token.i + 2
    if nxt < len(token.doc) and token.doc[nxt].pos_ in ("PROPN", "NOUN", "PRON", "DET"):
        candidate = token.doc[nxt]
        while candidate.dep_ in ("compound", "det", "amod", "poss") and candidate.head != candidate:
            candidate = candidate.head
        return candidate
    return None


def cue_text(token: Token) -> tuple[int, int]:
    """Character span of the cue: the verb plus its particle ("pointed out"), or "according to"."""
    start, end = token.idx, token.idx + len(token.text)
    if token.i + 1 < len(token.doc):
        nxt = token.doc[token.i + 1]
        particle = nxt.dep_ == "prt" and nxt.head.i == token.i
        if particle or (token.lower_ == "according" and nxt.lower_ == "to"):
            end = nxt.idx + len(nxt.text)
    return start, end


#: Cues that say the speaker of the statement before goes on ("he added").
_CARRY_ON_CUES = frozenset("add adds added adding continue continues continued went goes".split())


def continues_speaker(cue: str | None) -> bool:
    """True for a cue saying the same person goes on speaking ("added", "continued")."""
    words = (cue or "").lower().split()
    return bool(words) and words[0] in _CARRY_ON_CUES
