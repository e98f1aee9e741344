"""Attribute one quoted span to a cue and a speaker using the parse of its sentence.

Tried in order of reliability: the cue the quote hangs off syntactically, a cue right
after the quote (`"...," Miller said` / `"...," said Miller`, or any verb right after an
open quote: `"...," Trump shot back`), a cue before it (`Miller said: "..."`). Who a cue's
speaker is: ``quote_cue_speakers``; a colon introduction: ``quote_colons``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workbench.nlp.quote_clauses import Attribution, QuoteContext
from workbench.nlp.quote_colons import colon_subject
from workbench.nlp.quote_cue_speakers import cue_attribution, is_cue
from workbench.nlp.quote_frame_participles import owned_claim_before
from workbench.nlp.quote_introductions import (
    DASHES,
    SUBJECT_LEAD_TOKENS,
    sent_document_intro,
    subject_led_cue,
)
from workbench.nlp.quote_marks import MARK_CHARS
from workbench.nlp.quote_misread_cues import misread_frame
from workbench.nlp.quote_reduced_frames import reduced_relative_cue
from workbench.nlp.quote_reporters import reporting_cue
from workbench.nlp.speaker_labellers import labelling_verb
from workbench.nlp.speaker_phrases import name_phrase
from workbench.nlp.speaker_surface import is_title_before_name
from workbench.nlp.speakers import speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_OPEN_FRAME_ENDS = ",?!\u2014\u2013-\u2026"
#: A sentence end the editor bracketed ("... absent from surveys[.]") still ends it.
_EDITED_END = re.compile(r"\[([.!?])\]$")
_OPEN_FRAME_TOKENS = 6
_AFTER_WINDOW = 25
#: When the quote ends its sentence, a cue in the next one must come within this many
#: tokens ("— Trump asked", "said Smith, a ...") to be the quote's.
_NEXT_SENTENCE_CUE = 6
#: Cues in a relative clause or aside ("which the BBC noted") are not the main speaker's.
_ASIDE_DEPS = ("relcl", "acl")
_RELATIVES = frozenset(("which", "who", "whom"))
#: Verbs whose object is a question: the question they report is their subject's.
_ASKING = frozenset(("ask", "wonder", "inquire", "question", "query", "demand"))


def syntactic_cue(ctx: QuoteContext, quote: Span) -> Token | None:
    """The cue verb the quote hangs off (climbing at most four heads outside the quote)."""
    first, last = ctx.clause(quote[0]), ctx.clause(quote[-1])
    for token in quote:
        if token.is_punct or quote.start <= token.head.i < quote.end:
            continue
        current = token.head
        for _ in range(4):
            if not (first.start <= current.i < first.end or last.start <= current.i < last.end):
                break
            if ctx.outside(current) and is_cue(current) and not _past_semicolon(quote, current):
                return current
            if _labelling_verb(ctx, current):
                return labelling_verb(current.head)
            if current.head is current:
                break
            current = current.head
    return None


def _past_semicolon(quote: Span, cue: Token) -> bool:
    """True for a cue after the quote beyond a semicolon, which opens another clause: in
    `they "would not consider ..."; Interpol did not disclose` the parse hangs the quote on
    "disclose", but Interpol did not say it."""
    return cue.i > quote.end and any(t.text == ";" for t in cue.doc[quote.end : cue.i])


def _labelling_verb(ctx: QuoteContext, token: Token) -> bool:
    """True for the "as" of `Trump characterized the call as "perfectly fine"` or `attacked
    the inquiry as "Witch Hunt garbage"`: whatever the verb, its subject labels something
    in the quoted words."""
    verb = token.head
    if token.lower_ != "as" or token.dep_ != "prep" or verb.pos_ != "VERB":
        return False
    if not ctx.outside(verb):
        return False
    subject = speaker_token(verb, ctx.outside)
    return subject is not None and subject.pos_ in ("PROPN", "PRON", "NOUN")


def _after_region(ctx: QuoteContext, quote: Span) -> Span:
    """Tokens after the quote up to the sentence end or next quote (or the next sentence
    when the quote ends its own, as in `"Why?" \u2014 Trump asked.`)."""
    doc = ctx.doc
    start = quote.end
    end = ctx.clause(quote[-1]).end
    if end <= start < len(doc) and ctx.paragraph[start] == ctx.paragraph[start - 1]:
        end = ctx.clause(doc[start]).end
    if start < end < len(doc) and end >= 2 and is_title_before_name(doc[end - 2]):
        end = ctx.clause(doc[end]).end
    stop = start
    while stop < min(end, start + _AFTER_WINDOW) and ctx.outside(doc[stop]):
        stop += 1
    return doc[start:stop]


def after_cue(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """`"...," Miller said` / `"...," said Miller` / `"..." \u2014 Esther Tapia`."""
    region = _after_region(ctx, quote)
    own = ctx.clause(quote[-1]).end
    led = subject_led_cue(region) or reduced_relative_cue(region) if region.start >= own else None
    window = _NEXT_SENTENCE_CUE if led is None else max(_NEXT_SENTENCE_CUE, led.i - region.start)
    for token in region:
        if "\n" in token.text or token.text == ";":
            break  # a semicolon opens another clause: `"..."; Interpol didn't disclose`
        if token.i >= own and token.i - region.start > window:
            break  # `"..." Ford later called it ...`: a new sentence about something else
        if is_cue(token) and not _describes_thing(token):
            return cue_attribution(ctx, token, "after", region)
    frame = misread_frame(region)
    if frame is not None:
        return Attribution(frame[0], frame[1], "after")
    if len(region) and region[0].text in DASHES:
        names = [t for t in region[1:4] if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"]
        if names:
            return Attribution(None, name_phrase(names[0]), "dash")
    verb = _open_frame_verb(ctx, quote, region)
    return cue_attribution(ctx, verb, "after", region) if verb is not None else None


def _open_frame_verb(ctx: QuoteContext, quote: Span, region: Span) -> Token | None:
    """The verb of `"...," Trump shot back`: a quote left open by its comma (or ?/!) and
    followed at once by subject and verb is speech whatever the verb is. A longer subject
    (`"...," the Republican vice-presidential nominee riffed`) counts when it opens the
    words after the mark, as a post-posed verb of saying's may (``SUBJECT_LEAD_TOKENS``)."""
    if not _left_open(ctx, quote):
        return None
    for token in region[:SUBJECT_LEAD_TOKENS]:
        if token.pos_ == "VERB" and token.dep_ in ("ROOT", "parataxis", "ccomp", "conj"):
            subject = speaker_token(token, ctx.outside)
            if subject is None or not region.start <= subject.i < region.end:
                continue
            if token.i - region.start < _OPEN_FRAME_TOKENS or subject.left_edge.i == region.start:
                return token
    return None


def before_cue(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """`Miller said: "..."` \u2014 the last cue in the sentence before the opening mark."""
    sent = ctx.clause(quote[0])
    region = ctx.doc[sent.start : quote.start]
    cues = [t for t in region if ctx.outside(t) and is_cue(t)]
    if not cues:
        return None
    main = [t for t in cues if not _is_aside(t)]
    return cue_attribution(ctx, (main or cues)[-1], "before", region)


def _is_aside(cue: Token) -> bool:
    """True for a cue in a relative clause or aside, however the parser labelled it: `John
    Bercow commented on the matter — which the BBC noted as unusual — "..."` has
    "noted" as a ccomp, but its "which" makes it a relative clause about the matter."""
    if cue.dep_ in _ASIDE_DEPS:
        return True
    return any(c.lower_ in _RELATIVES and c.dep_ in ("dobj", "nsubj") for c in cue.children)


def _describes_thing(cue: Token) -> bool:
    """True for a cue in a relative clause about a thing: in `officials should "follow the
    prior practices" that call for independent reviews` the practices call for them; the
    quote's frame is elsewhere ("according to the memorandum")."""
    return cue.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in cue.children
    )


def _introduced(ctx: QuoteContext, quote: Span) -> bool:
    """True for `X claimed, "Whole sentence."`: a comma or colon right before the opening
    mark and a sentence end inside the closing one. The parser sometimes hangs such a
    quote on the next sentence's verb instead."""
    before = ctx.token_before(quote.start)
    if before is None or before.text not in (",", ":"):
        return False
    inner = ctx.text[quote.start_char : quote.end_char].rstrip(MARK_CHARS + " ")
    return _EDITED_END.sub(r"\1", inner)[-1:] in (".", "!", "?")


def in_sentence(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """Attribution found inside the quote's own sentence(s), or None."""
    sent = sent_document_intro(ctx, quote) if _introduced(ctx, quote) else None
    if sent is not None:
        return sent
    cue = syntactic_cue(ctx, quote)
    if (cue is None or cue.i >= quote.end) and _introduced(ctx, quote):
        introduced = _introduced_attribution(ctx, quote)
        if introduced is not None:
            return introduced
    if cue is not None:
        after = _frame_over_cue(ctx, quote, cue)
        if after is not None:
            return after
    if cue is not None and cue.i > quote.end:
        # `"...," Trump said, after Becky Quick said ...`: the parse may hang the quote on
        # a later cue; the verb of saying right after the mark, led by its subject, frames it
        cue = subject_led_cue(ctx.doc[quote.end : cue.i]) or cue
    if cue is not None:
        found = cue_attribution(ctx, reporting_cue(ctx, cue, quote) or cue, "syntax", None)
        return found if found.speaker else _speaker_after(ctx, quote) or found
    claim = owned_claim_before(ctx, quote)
    if claim is not None and not (_left_open(ctx, quote) and _frame_right_after(ctx, quote)):
        return cue_attribution(ctx, claim, "syntax", None)
    return after_cue(ctx, quote) or before_cue(ctx, quote)


def _introduced_attribution(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """A quote a comma or colon introduces: the frame its sentence goes on into after the
    closing mark, else the cue or the colon's subject before it (when it names someone)."""
    going_on = _frame_going_on(ctx, quote)
    if going_on is not None:
        return going_on
    before = before_cue(ctx, quote) or colon_subject(ctx, quote)
    return before if before is not None and before.speaker else None


def _frame_over_cue(ctx: QuoteContext, quote: Span, cue: Token) -> Attribution | None:
    """The frame after the closing mark where the cue the parse hung the quote on is not
    its frame: an aside, a label or a report of a claim before a quote left open."""
    if _aside_before_open_frame(ctx, quote, cue):
        after = after_cue(ctx, quote)
        if after is not None and after.speaker:
            return after
    if _label_before_open_frame(ctx, quote, cue) or _question_before_frame(ctx, quote, cue):
        return _speaker_after(ctx, quote)
    return None


def _frame_going_on(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """The frame after a quote its sentence goes on into: in `NBC News has proof: "Should
    there be a database?" a reporter can be heard asking Trump` the words after the closing
    mark go on in lower case on its line, so they credit the quote before the colon's
    introduction does. A capital there opens a new sentence about something else."""
    doc = ctx.doc
    if quote.end >= len(doc):
        return None
    following = doc[quote.end]
    if not (following.is_alpha and following.is_lower) or "\n" in doc[quote.end - 1].whitespace_:
        return None
    after = after_cue(ctx, quote)
    return after if after is not None and after.speaker else None


def _speaker_after(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """A cue after the quote in its own sentence that names a speaker, when the cue the
    quote hangs on names none: in `they are asked to rank their choices, and the group
    is less likely to be "overrun with social conservatives," Hoover said` the parse
    hangs the quote on the agentless "asked". Only a verb of saying in the quote's own
    sentence: an interviewer's question (`Blumenthal was asked, "...?" He said`) and a
    label (`in a box labeled "medical problem," a doctor had typed ...`) keep no speaker."""
    after = after_cue(ctx, quote)
    if after is None or not after.speaker or not after.cue:
        return None
    own = ctx.clause(quote[-1])
    verb = ctx.tokens(after.cue)
    if verb is None or not is_cue(verb[0]):
        return None
    return after if after.cue[0] < own[-1].idx + len(own[-1]) else None


def _label_before_open_frame(ctx: QuoteContext, quote: Span, cue: Token) -> bool:
    """True for `Many voters saw the party as "a club for the rich," Smith said`: the
    quote hangs on a verb that only labels ("saw ... as", "regard ... as") and says
    nothing, and the quote is left open by its comma for the frame after it, whose
    speaker the words are. A labelling verb of saying ("described ... as") keeps them."""
    if cue.i >= quote.start or is_cue(cue):
        return False
    return _left_open(ctx, quote) and _frame_right_after(ctx, quote)


def _frame_right_after(ctx: QuoteContext, quote: Span) -> bool:
    """True when the words right after the closing mark are a frame: a verb of saying
    (`, said Smith`) or one led by its subject (`, Smith said`; the parser often makes the
    whole sentence before it its complement, so ``subject_led_cue`` would refuse it). A
    relative clause there (`as "Spanish," which is what some call ...`) says something
    else."""
    doc = ctx.doc
    start = quote.end
    while start < len(doc) and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if start >= len(doc) or not ctx.outside(doc[start]):
        return False
    if is_cue(doc[start]):
        return True
    return any(
        token.dep_ == "nsubj" and token.left_edge.i == start and is_cue(token.head)
        and token.i < token.head.i <= start + _OPEN_FRAME_TOKENS
        for token in doc[start : start + _OPEN_FRAME_TOKENS]
    )


def _aside_before_open_frame(ctx: QuoteContext, quote: Span, cue: Token) -> bool:
    """True for `Nothing the president said "will ease our fears," the senator said`: the
    parse hangs the quoted clause on a relative clause before it, but a quote left open
    by its comma is framed by the attribution after it. A quoted label in a relative
    clause (`a clip that the judge called "distasteful," Santilli ...`) is the aside's."""
    if cue.i >= quote.start or not _is_aside(cue):
        return False
    if not any(t.head.i == cue.i and t.dep_ == "ccomp" for t in quote):
        return False
    return _left_open(ctx, quote)


def _question_before_frame(ctx: QuoteContext, quote: Span, cue: Token) -> bool:
    """True for `If hackers meddled, as experts believe but Moscow denies, "why not warn
    us?" asked Jane Dunn`: a question is the asker's utterance, not what a verb before it
    ("denies", "claims") reports, and the frame right after the closing mark names who
    asked. A verb of asking before it (`She asked, "why?"`) keeps the question."""
    if cue.i >= quote.start or cue.lemma_.lower() in _ASKING:
        return False
    inner = ctx.text[quote.start_char : quote.end_char].rstrip(MARK_CHARS + " ,")
    return inner.endswith("?") and _frame_right_after(ctx, quote)


def _left_open(ctx: QuoteContext, quote: Span) -> bool:
    """True when the quote's words end in a comma or the like (``_OPEN_FRAME_ENDS``):
    a quote so left open waits for the frame after it."""
    inner = ctx.text[quote.start_char : quote.end_char].rstrip(MARK_CHARS + " ")
    return inner != "" and inner[-1] in _OPEN_FRAME_ENDS
