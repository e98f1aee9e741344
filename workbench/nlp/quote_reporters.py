"""Who reports a quote: the speaker of the clause that holds the quote's own clause.

Split from ``quote_attribution`` (which finds the cue a quote hangs on) because this is
one decision of its own: when the cue the parse hangs a partial quote on sits in a clause
that an earlier verb of saying reports, whose words are quoted? In `Geoff Garin said the
primaries have reinforced perceptions of her as "strong, smart and resilient"` or `Trump
said Fox executives were calling "every 15 minutes"` the quoted words are the reporter's
(Garin's, Trump's): the inner clause is what they said, and "reinforced", "calling" are
no speech of the inner subject. Only a verb that reports words outright ("said", "told",
"wrote", "asked": `sources said he said "no more baby parts"`) keeps the words with its
own subject, and so does a pronoun subject ("She said she asked the question "to build
on ..."": the pronoun is the reporter, or the parse knows better who it is). A saying
only supposed ("only if evidence suggested", not "even if" or "as if", which grant it)
is the reporter's unless such a verb or pronoun keeps it, and one only expected ("she
expected that voters will say") is the reporter's even after "say": words nobody has
said yet are the reporter's, or, when nobody reports the hope, the hoper's own ("We hope
the province says "..."", but not a saying set off as the quote's frame after the hope:
"We hope the talks resume, the minister said, "..."" is the minister's), and so are
words a clause denies anyone said ("for not calling the attack "terrorism"", "you can't
yell "fire"").

Here too are the tests of who can speak at all that the attribution helpers share: a
subject that can (``can_speak``) and a sentence's person subject (``person_subject``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.cues import PERSON_PRONOUNS, is_speech_cue
from workbench.nlp.doc_words import is_misread_surname
from workbench.nlp.quote_clauses import QuoteContext
from workbench.nlp.speaker_documents import is_thing
from workbench.nlp.speaker_phrase_names import person_in_apposition
from workbench.nlp.speaker_surface import is_age_noun
from workbench.nlp.speakers import speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Links from a clause up to the verb reporting it, and how far up to look.
REPORTED_DEPS = ("ccomp", "conj", "xcomp", "advcl")
OUTER_DEPTH = 4
#: Only a complement clause is what an outer verb says; an adverbial clause ("When
#: someone shouted "Cruz," Beck joked") or a coordinated one is another event.
_COMPLEMENT = ("ccomp",)
#: The links a denied saying climbs: any clause or phrase between it and a verb of saying.
_DENIED_LINKS = ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "pobj", "prep")
#: Verbs that report words outright: their own subject said the quoted words.
_WORDS_VERBS = frozenset(("say", "tell", "write", "ask"))
#: Verbs of naming, and the links of the label they give to them.
_LABELLING_VERBS = frozenset(("call", "dub", "label", "brand"))
_LABEL_DEPS = frozenset(("oprd", "xcomp"))
_NOT_SPEAKERS = frozenset(("DATE", "TIME"))
#: The words that open a clause which supposes a saying rather than reports one.
_SUPPOSING = frozenset(("if", "unless"))
#: Words before "if" that grant or compare a saying instead of supposing it.
_GRANTING = frozenset(("even", "as"))
#: Verbs whose complement is a saying only expected or wished for, not yet made.
_EXPECTING = frozenset(("expect", "hope", "want", "wish"))
_HOPE_FORMS = frozenset(("hopes", "hoped"))
#: The clauses a verb of expecting holds as the thing expected.
_HOPED_CLAUSES = frozenset(("ccomp", "xcomp"))
#: Marks that set a parenthetical frame ("..., the minister said, ...") off its sentence.
_SET_OFF = frozenset((",", "(", "\u2014", "\u2013", "--", ";"))
_REFLEXIVES = frozenset("itself himself herself themselves myself ourselves yourself".split())


def can_speak(ctx: QuoteContext, head: Token) -> bool:
    """Reject subjects that cannot be speakers: times, amounts, words inside the quote,
    and a reflexive the parser read as subject ("In the filing itself Ford wrote")."""
    if not ctx.outside(head) or head.pos_ in ("SCONJ", "ADP") or head.lower_ in _REFLEXIVES:
        return False
    return head.ent_type_ not in _NOT_SPEAKERS or is_age_noun(head)


def outer_speech_cue(
    ctx: QuoteContext, cue: Token, deps: tuple[str, ...] = REPORTED_DEPS
) -> tuple[Token, Token] | None:
    """(cue, subject) of the nearest verb of saying whose reported clause (through
    ``deps``) holds ``cue``, when its subject can speak and is no thing."""
    current = cue
    for _ in range(OUTER_DEPTH):
        if current.dep_ not in deps or current.head is current:
            return None
        current = current.head
        if not (ctx.outside(current) and is_speech_cue(current)):
            continue
        head = speaker_token(current, ctx.outside)
        if head is not None and can_speak(ctx, head) and not is_thing(head):
            return current, head
    return None


def reporting_cue(ctx: QuoteContext, cue: Token, quote: Span) -> Token | None:
    """The earlier verb of saying whose complement holds the clause of ``cue``, when the
    quote comes after both and its words are the reporter's (see the module docstring);
    None when ``cue`` itself is the quote's speech."""
    if cue.i >= quote.start:
        return None
    denied = _is_denied(cue)
    if not denied and _labels_with_quote(cue, quote):
        return None
    expected = _expecting_verb(cue)
    denied = denied and expected is None
    if expected is None and not denied and _speaks_itself(ctx, cue):
        return None
    deps = _DENIED_LINKS if denied else _COMPLEMENT
    found = outer_speech_cue(ctx, expected or _supposing_clause_head(cue), deps)
    if expected is not None and (found is None or found[0] is cue):
        return _expecter(ctx, expected)
    if found is None or found[0].i > cue.i:
        return None
    return found[0]


def _speaks_itself(ctx: QuoteContext, cue: Token) -> bool:
    """True when ``cue`` keeps the words with its own subject: a verb that reports words
    outright, a pronoun subject, or no subject to hand them to anyone else."""
    if cue.lemma_.lower() in _WORDS_VERBS:
        return True
    inner = speaker_token(cue, ctx.outside)
    return inner is None or inner.lower_ in PERSON_PRONOUNS


def is_only_expected(cue: Token) -> bool:
    """True for a saying only expected or wished for (see ``_expecting_verb``)."""
    return _expecting_verb(cue) is not None


def _expecting_verb(cue: Token) -> Token | None:
    """The verb of expecting whose complement is ``cue``: in `Obama said he expected that
    Americans will say "no"` or `she said she expects Obama to tell them "..."` nobody has
    said the words yet; they are the reporter's even after "say", so no saying verb or
    pronoun of the complement keeps them. So is a wished-for thing that would say them
    (`he wants a platform that calls for "..."`) and a hope the parse read as an aside
    before the cue (`I hope in 2027 the province says, "..."`)."""
    if cue.dep_ in ("ccomp", "xcomp") and _expects(cue.head):
        return cue.head
    if cue.dep_ == "parataxis" and _expects(cue.head) and _is_hoped_aside(cue):
        return cue.head
    if cue.dep_ == "relcl" and cue.head.dep_ == "dobj" and _expects(cue.head.head):
        return cue.head.head
    for child in cue.children:
        if child.dep_ == "ccomp" and child.i < cue.i and _expects(child):
            return child
    return None


def _is_hoped_aside(cue: Token) -> bool:
    """True when a saying the parse hung beside a hope is itself the hoped thing, not
    the frame that credits the words: in `We hope the talks resume next week, the
    minister said, "because ..."` the hope already has its own clause and the saying is
    set off by a comma, so the minister said the words and nobody only hoped them."""
    hope = cue.head
    if any(c.dep_ in _HOPED_CLAUSES and c is not cue for c in hope.children):
        return False
    first = cue.left_edge
    return not (first.text in _SET_OFF or (first.i > 0 and cue.doc[first.i - 1].text in _SET_OFF))


def _is_denied(cue: Token) -> bool:
    """True for a saying denied: in `Trump called for Obama to resign for not calling the
    attack an act of "radical Islamic terrorism"` or `He notes that free speech comes with
    the limitation that you can't yell "fire"` nobody in the clause says the words; the
    one whose words they are is the speaker of the verb of saying above, through any
    clause or phrase the denial sits in."""
    return any(child.dep_ == "neg" for child in cue.children)


def _expects(verb: Token) -> bool:
    """A verb of expecting, "hopes" and "hoped" too, which the small model lemmatises as
    "hop"."""
    return verb.lemma_.lower() in _EXPECTING or verb.lower_ in _HOPE_FORMS


def _expecter(ctx: QuoteContext, expected: Token) -> Token | None:
    """The verb of expecting itself, when it is its sentence's own verb and its subject
    can speak: in `We hope in 2027 the province says, "Thank you"` the words are the
    hope's, so the ones who hope them said them. One inside a clause (`said ... and that
    she expects Obama to announce an "intensification"`) is another's report: left to
    the cue."""
    if expected.dep_ != "ROOT":
        return None
    subject = speaker_token(expected, ctx.outside)
    if subject is None or not can_speak(ctx, subject) or is_thing(subject):
        return None
    return expected


def _supposing_clause_head(cue: Token) -> Token:
    """The verb a conditional clause of ``cue`` hangs on, else ``cue``: in `an official
    said a review would follow only if evidence suggested "a causal link"` the evidence
    suggests nothing yet (it is supposed, not reported), so the quoted words are the
    official's and the clause is climbed past to the complement the official said. A
    concession or comparison ("even if the chief executive called it "..."", "as if")
    grants the saying rather than supposes it, so it keeps its speaker."""
    if cue.dep_ == "advcl" and any(_supposes(child) for child in cue.children):
        return cue.head
    return cue


def _labels_with_quote(cue: Token, quote: Span) -> bool:
    """True when ``cue`` is a verb of naming whose label complement is the quote ("a move the
    minister called "a betrayal of every family""): the label is its own subject's
    words, whoever reports the clause around it; "were calling "every 15 minutes"" (on
    the phone) has the quote as no complement and stays the reporter's."""
    if cue.lemma_.lower() not in _LABELLING_VERBS:
        return False
    return any(t.head.i == cue.i and t.dep_ in _LABEL_DEPS for t in quote)


def _supposes(mark: Token) -> bool:
    """True for an "if" or "unless" opening a condition, not "even if" or "as if"."""
    if mark.dep_ != "mark" or mark.lower_ not in _SUPPOSING:
        return False
    return mark.i == 0 or mark.doc[mark.i - 1].lower_ not in _GRANTING


def person_subject(sent: Span, institutions: bool = False) -> Token | None:
    """The root subject of ``sent`` when it is a person, a name, a personal pronoun or a
    common noun with a person in apposition (or, with ``institutions``, an organisation
    such as "the Illinois Board")."""
    for token in sent.root.children:
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if token.ent_type_ == "PERSON" or token.lower_ in PERSON_PRONOUNS:
            return token
        if token.pos_ == "PROPN" and token.ent_type_ not in ("GPE", "LOC", "DATE"):
            return token
        if token.pos_ == "PROPN" and is_misread_surname(token):
            return token  # "Valastro praised ..." with "Valastro" read as a place
        if institutions and token.ent_type_ in ("ORG", "NORP"):
            return token
        if token.pos_ == "NOUN" and person_in_apposition(token) is not None:
            return token  # "His former partner, Lawrence Cummings, called him ..."
    return None
