"""The writer's "and I quote" aside: the quotation is the reported person's, not the writer's.

`Trump said, and I quote, "We love the poorly educated."` and `The senator told the
crowd, and I quote, "..."`: the parser hangs the quotation on "quote" (its nearest verb
of saying), whose subject is the writer's "I", so the quote went to "I". The aside only
vouches for the wording; the one who said it is the subject of the verb of saying the
aside interrupts. An "I quote" with no such verb before it in its clause (`As I quote in
my book, "..."`) is the writer quoting and is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.cues import cue_text, is_speech_cue
from workbench.nlp.quote_clauses import Attribution, QuoteContext
from workbench.nlp.quote_cue_speakers import cue_attribution

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: The writer's own voice in the aside ("and I quote", "and we quote").
_WRITER = frozenset(("i", "we"))
#: Words an aside may open with, after the comma or dash that sets it off.
_ASIDE_OPENERS = frozenset(("and", ",", "-", "\u2013", "\u2014", "(", "--"))


def past_quoting_aside(
    ctx: QuoteContext, quote: Span, attribution: Attribution
) -> Attribution | None:
    """The attribution of the verb of saying an "and I quote" aside interrupts, when
    ``attribution`` took the aside's "quote" (and its "I") as the cue; else None."""
    cue = ctx.cue_token(attribution)
    if cue is None or not _is_quoting_aside(cue) or cue.i >= quote.start:
        return None
    verb = _interrupted_verb(ctx, cue)
    if verb is None:
        return None
    found = cue_attribution(ctx, verb, "syntax", None)
    return found if found.speaker else Attribution(cue_text(verb), None, "syntax")


def _is_quoting_aside(cue: Token) -> bool:
    """True for "quote" with the writer as subject, set off after a comma, dash or "and"."""
    if cue.lower_ not in ("quote", "quoted"):
        return False
    subject = cue.doc[cue.i - 1] if cue.i > 0 else None
    if subject is None or subject.lower_ not in _WRITER or subject.i == 0:
        return False
    return cue.doc[subject.i - 1].lower_ in _ASIDE_OPENERS


def _interrupted_verb(ctx: QuoteContext, cue: Token) -> Token | None:
    """The last verb of saying before the aside in its clause, unless another quotation
    lies between (then the aside is about that one)."""
    clause = ctx.clause(cue)
    for token in reversed(cue.doc[clause.start : cue.i - 1]):
        if not ctx.outside(token):
            return None
        if is_speech_cue(token) and token.lower_ not in ("quote", "quoted"):
            return token
    return None
