"""The verb of saying right before a quotation's opening mark speaks it.

In `Cruz said as the heckler yelled: "You suck!"` or `when Rubio thanked Miami and said
it was great to be home, a man yelled "Stay there!"` the parse hangs the quotation on the
sentence's first verb of saying (Cruz's, Rubio's), yet the writer put the words right
after the verb that introduces them: "yelled" with its own subject. A verb of saying
immediately before the opening mark (a comma or colon between at most) introducing an
utterance (a capital opens it) is the quotation's frame, so its subject speaks it,
whatever the parse attached the words to. So is an outcry heard and retold inside
someone's sentence (`she heard her daughter cry out, "Mommy, I've been hit"`, `heard a
man yell, "Get down!"`): the one crying out, not the witness, speaks the words, even
where the parse reads "cry out" as no verb of saying, "a man yell" as a noun or "her
daughter screaming" as two coordinated objects.

Kept apart from ``quote_attribution`` (how a cue is found from the parse) because it is
a check on the cue found there, asked only when another verb was chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.cues import cue_text, is_speech_cue
from workbench.nlp.quote_clauses import Attribution, QuoteContext
from workbench.nlp.quote_reporters import can_speak, is_only_expected
from workbench.nlp.speaker_documents import is_thing
from workbench.nlp.speaker_phrases import speaker_phrase
from workbench.nlp.speakers import speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: What may stand between the verb and the opening mark.
_BETWEEN = frozenset((",", ":"))
#: Only attributions read from the quote's own sentence are checked.
_CHECKED = frozenset(("syntax", "before"))
#: Verbs of crying out: an utterance only right before its opening mark ("she cried" alone
#: may be weeping, so they are no cues anywhere else).
_OUTCRIES = frozenset(("cry", "scream", "yell", "shout", "shriek", "holler"))
#: Verbs of hearing or seeing whose object the parser may fuse with the verb after it
#: ("heard a cop yell" read as the noun "cop yell").
_PERCEIVING = frozenset(("hear", "see", "witness", "recall", "remember"))


def adjacent_cue(ctx: QuoteContext, quote: Span, found: Attribution) -> Attribution | None:
    """The attribution of the verb of saying right before ``quote`` when ``found`` names
    another cue (or this outcry with another speaker than the one crying out) and that
    verb has a subject of its own that can speak; else None."""
    if found.how not in _CHECKED or not found.cue:
        return None
    verb = _verb_before(ctx, quote)
    if verb is None or not _opens_utterance(quote) or is_only_expected(verb):
        return None
    head = _crier(ctx, verb) or _subject_read_as_modified(ctx, verb)
    if head is None and found.cue[0] <= verb.idx < found.cue[1]:
        return None
    if head is None and verb.pos_ == "VERB":
        line = ctx.paragraph[verb.i]
        head = speaker_token(verb, lambda t: can_speak(ctx, t) and ctx.paragraph[t.i] == line)
    if head is None or not can_speak(ctx, head) or is_thing(head):
        return None
    return Attribution(cue_text(verb), _phrase(ctx, head, verb), found.how)


def _phrase(ctx: QuoteContext, head: Token, verb: Token) -> tuple[int, int]:
    """The speaker's phrase; a noun the parser fused with the outcry after it keeps the
    words that went with it ("a cop" of "a cop yell", whose "a" hangs on "yell")."""
    start, end = speaker_phrase(head)
    if head.dep_ != "compound" or head.head.i != verb.i:
        return start, end
    first = head
    while first.i > 0 and ctx.doc[first.i - 1].dep_ in ("det", "amod", "poss", "compound"):
        first = ctx.doc[first.i - 1]
    return first.idx, end


def _opens_utterance(quote: Span) -> bool:
    """True when the quotation opens with a capital (`yelled: "You suck!"`): words
    introduced as an utterance. A phrase carrying on the writer's clause (`said Fox
    executives were calling "every 15 minutes"`) is the reporter's, which the cue found
    by the parse already knows (``quote_reporters``)."""
    first = next((t for t in quote if t.is_alpha), None)
    return first is not None and first.text[:1].isupper()


def _verb_before(ctx: QuoteContext, quote: Span) -> Token | None:
    """The verb of saying or crying out right before the opening mark (spaces, one comma
    or colon and an "out" particle skipped), outside any quotation, or None."""
    verb = ctx.token_before(quote.start)
    if verb is not None and verb.text in _BETWEEN:
        verb = ctx.doc[verb.i - 1] if verb.i > 0 else None
    particle = verb is not None and verb.lower_ == "out" and verb.dep_ == "prt"
    if particle and verb.head.i == verb.i - 1:
        verb = verb.head
    if verb is None or not ctx.outside(verb):
        return None
    lemma = verb.lemma_.lower()
    if verb.pos_ == "VERB" and (is_speech_cue(verb) or lemma in _OUTCRIES):
        return verb
    if verb.pos_ == "VERB" and particle and lemma == "call":
        return verb
    return verb if _misread_outcry(verb) else None


def _misread_outcry(word: Token) -> bool:
    """True for an outcry the parser read as a noun heard or seen ("heard a cop [yell]")."""
    if word.pos_ != "NOUN" or word.lemma_.lower() not in _OUTCRIES:
        return False
    return word.dep_ in ("dobj", "ccomp") and word.head.lemma_.lower() in _PERCEIVING


def _subject_read_as_modified(ctx: QuoteContext, verb: Token) -> Token | None:
    """The noun right before a finite verb the parser hung on it as a participle: after a
    long opening clause the small model reads `, a man yelled "Stay there!"` as "a man"
    with "yelled" on it (acl), so the verb has no subject. A past tense there (VBD, not the
    VBN of "a statement released by ...") is the noun's own verb."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or head.i != verb.i - 1:
        return None
    return head if head.pos_ in ("NOUN", "PROPN") and can_speak(ctx, head) else None


def _crier(ctx: QuoteContext, verb: Token) -> Token | None:
    """The person right before an outcry with no subject of its own in the parse: the
    noun fused with it ("a cop yell", "the driver scream") or read as a coordinated
    object beside it ("describing the scene and her daughter screaming"). Only a noun or
    name, never a pronoun: "she heard him" leaves the parse's own reading; a thing is
    turned away by the caller."""
    if verb.lemma_.lower() not in _OUTCRIES or verb.i == 0:
        return None
    if any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
        return None
    before = ctx.doc[verb.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or not can_speak(ctx, before):
        return None
    fused = before.dep_ == "compound" and before.head.i == verb.i
    alongside = verb.tag_ == "VBG" and before.dep_ in ("conj", "dobj")
    if not (fused or alongside):
        return None
    return before
