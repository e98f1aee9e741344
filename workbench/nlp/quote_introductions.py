"""Speakers of quotes that punctuation introduces or a long name credits.

Kept apart from ``quote_attribution`` (the cue a quote hangs on) because these read word
order and punctuation around the quote, not the verb the parse hangs it on, and they
are tried only where that reading named nobody or stopped too early:

* a dash introducing a whole quoted sentence works like a colon: `Mr Justice Mann agreed
  with the defence that the music is not branded - "I conclude ..."` quotes the judge,
  though the parse hangs the quote on "branded" (a verb in the reported clause);
* a speaker credited after the quote in the next sentence may carry a long name: `"Perpetual
  motion!" Rep. Glenn Thompson, R-Pa., said of the swirl` puts its verb nine words after
  the quote, past the window that keeps a new sentence's verb from claiming the quote;
* a document sent before a colon is its sender's: `It's safe to say fans felt the same
  when McDermott sent out the following message on Twitter: "..."` quotes McDermott,
  though the parse hangs the quote on "message" or climbs to "say" and its "It";
* a quotation set off by dashes on both sides is the aside of the clause before the first
  dash (`O'Malley lamented her gaffes - "...?" - Democrats said they were unfazed`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.cues import cue_text, is_speech_cue
from workbench.nlp.quote_clauses import Attribution, QuoteContext
from workbench.nlp.quote_marks import MARK_CHARS
from workbench.nlp.quote_reporters import can_speak, person_subject
from workbench.nlp.speaker_documents import document_author, is_document, sender_of_document
from workbench.nlp.speaker_phrases import speaker_phrase
from workbench.nlp.speakers import speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Verbs of saying in the third person that the parser misreads as plural nouns after a
#: noun ("the league's policy states:", "the memo reads:").
MISREAD_CUE_NOUNS = frozenset("states reads says notes warns".split())
DASHES = frozenset(("\u2015", "\u2014", "\u2013", "-", "--"))
#: The longest subject (title, name, party and state, a short apposition) a post-posed
#: verb of saying may carry and still credit the quote just before its sentence.
SUBJECT_LEAD_TOKENS = 14
_ASIDE_DEPS = ("relcl", "acl")


def dash_intro(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """The speaker of a whole quoted sentence right after a dash: the subject of the last
    verb of saying before the dash, else of the clause before it, when it can speak.

    Why only a whole sentence: a phrase after a dash ("the plan - "a disaster" - failed")
    is an aside inside the narrative, not words handed over by the clause before."""
    dash = ctx.token_before(quote.start)
    if dash is None or dash.text not in DASHES or not whole_sentence(ctx, quote):
        return None
    region = ctx.doc[ctx.clause(dash).start : dash.i]
    if not any(t.is_alpha and ctx.outside(t) for t in region):
        return None
    head = _cue_subject(ctx, region) or person_subject(region, institutions=True)
    if head is None or not can_speak(ctx, head):
        return None
    return Attribution(None, speaker_phrase(head), "dash")


def dashed_aside(ctx: QuoteContext, quote: Span, found: Attribution) -> Attribution | None:
    """The speaker of a quotation set off by dashes on both sides after a clause with a
    verb of saying: in `O'Malley lamented her gaffes - "does she have to keep giving them
    ammunition?" - Democrats in Iowa said they were unfazed` the words are what the clause
    before the first dash said; the frame after the second dash reports a clause of its
    own. Only over an attribution whose cue comes after the quote (or that names nobody)."""
    doc = ctx.doc
    dash = ctx.token_before(quote.start)
    if dash is None or dash.text not in DASHES or quote.end >= len(doc):
        return None
    if doc[quote.end].text not in DASHES:
        return None
    if found.speaker and (found.cue is None or found.cue[0] < quote.end_char):
        return None
    region = doc[ctx.clause(dash).start : dash.i]
    cues = [
        t for t in region
        if ctx.outside(t) and is_speech_cue(t) and t.dep_ not in _ASIDE_DEPS
    ]  # fmt: skip
    if not cues:
        return None
    head = speaker_token(cues[-1], ctx.outside)
    if head is None or not can_speak(ctx, head):
        return None
    return Attribution(cue_text(cues[-1]), speaker_phrase(head), "dash")


def whole_sentence(ctx: QuoteContext, quote: Span) -> bool:
    """True when the quoted words open with a capital and close with a sentence end."""
    inner = ctx.text[quote.start_char : quote.end_char].strip(MARK_CHARS + " ")
    return inner[:1].isupper() and inner[-1:] in ".!?"


def _cue_subject(ctx: QuoteContext, region: Span) -> Token | None:
    """The subject of the last verb of saying in ``region`` that is not an aside."""
    cues = [
        t for t in region
        if ctx.outside(t) and is_speech_cue(t) and t.dep_ not in _ASIDE_DEPS
    ]  # fmt: skip
    for cue in reversed(cues):
        head = speaker_token(cue, ctx.outside)
        if head is not None and can_speak(ctx, head):
            return head
    return None


def subject_led_cue(region: Span) -> Token | None:
    """The verb of saying whose subject is all the words from the start of ``region`` up
    to it (`Rep. Glenn Thompson, R-Pa., said`), when it reports no clause of its own;
    None otherwise.

    Why no clause of its own: `"..." The senator, a Democrat, said taxes would rise`
    says something new, while `... said of the swirl` or `... said.` credits the quote."""
    if not len(region):
        return None
    subject = region[0]
    while subject.dep_ not in ("nsubj", "nsubjpass") and subject.head.i != subject.i:
        subject = subject.head
    verb = subject.head
    if subject.dep_ != "nsubj" or subject.left_edge.i != region.start:
        return None
    if not region.start < verb.i <= region.start + SUBJECT_LEAD_TOKENS or not is_speech_cue(verb):
        return None
    between = region.doc[subject.right_edge.i + 1 : verb.i]
    if any(not (t.is_punct or t.pos_ in ("AUX", "ADV", "PART")) for t in between):
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    return verb


def sent_document_intro(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """The sender of a document the colon right before the quote hangs on (see
    ``sender_of_document``), when that sender can speak; None otherwise.

    Why before any cue: the verb of sending is the nearest introduction, and the
    colon hands its document over; a verb of saying further up the sentence (`It is
    fair to say ... when X sent the following message:`) frames the narrative. The
    caller asks for a whole quoted sentence: one left open by its comma (`...: "Men,
    you will not ...," she wrote`) is framed by the cue after it."""
    colon = ctx.token_before(quote.start)
    if colon is None or colon.text != ":" or not colon.head.i < colon.i:
        return None
    sender = sender_of_document(colon.head)
    if sender is None or not ctx.outside(sender) or not can_speak(ctx, sender):
        return None
    return Attribution(None, speaker_phrase(sender), "colon")


def misread_cue_author(region: Span) -> Token | None:
    """The author of `The NFL's substance-abuse policy states: "..."`, where the parser
    reads "states" as a plural noun compounded onto "policy": the document before the
    misread verb speaks through its author (the NFL, whose "'s" the parse hangs on the
    misread noun), else the document itself does.

    Why only a document or a name before it: "the United States:" and "the report's
    key notes:" end in the same words but no verb; a document or a person then "states"."""
    if len(region) < 2 or region[-1].pos_ != "NOUN" or region[-1].lower_ not in MISREAD_CUE_NOUNS:
        return None
    subject = region[-2]
    if subject.head.i != region[-1].i or subject.dep_ not in ("compound", "nmod"):
        return None
    if is_document(subject):
        owner = next((c for c in region[-1].children if c.dep_ == "poss"), None)
        return document_author(subject) or owner or subject
    return subject if subject.ent_type_ in ("PERSON", "ORG") else None
