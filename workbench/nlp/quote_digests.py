"""Digest items that credit a quotation to a name after a dash.

News digests and round-ups ("what we're reading") quote other writers in items shaped
`HEADLINE OR SUMMARY - Name: "quoted passage"`: `Pollsters agree - Carl Bialik: "One of
the biggest lessons ..."`, `But polls did predict the Democratic caucus - HuffPollster:
"..."`. The words before the dash are the item's summary, whose subject ("Pollsters",
"polls", "Estimates of civic engagement") says nothing; the name between the dash and the
colon is the writer quoted. The parse hangs the quote on the summary's verb ("agree",
"predict") or on no verb at all, so the credit is read here first, before any cue.

Kept apart from ``quote_attribution`` and ``quote_colons`` (which find cues and colon
introductions in general) because it is one shape of page with one answer, asked before any other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.quote_clauses import Attribution, QuoteContext
from workbench.nlp.speaker_phrases import speaker_phrase

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


#: A credit is a short name: `Carl Bialik`, `Pew Research`, `More from Blumenthal and Cohen`.
MAX_CREDIT_TOKENS = 5
_DASH_CHARS = "\u2015\u2014\u2013-"
#: Words that lead into the credited name: `-More from Blumenthal and Cohen`, `- via Pew`.
_LEAD_INS = frozenset(("more", "from", "via", "by"))


def digest_credit(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """The name credited between a dash and the colon right before ``quote``, or None
    when the quote follows no colon or the words before its colon hold no such credit."""
    colon = _colon_before(ctx, quote)
    if colon is None:
        return None
    tail = credit_after_dash(ctx.doc[ctx.clause(colon).start : colon.i])
    head = _credited_name(ctx, tail) if tail is not None else None
    if tail is None or head is None:
        return None
    start, end = speaker_phrase(head)
    return Attribution(None, (max(start, head.doc[_name_start(tail, head)].idx), end), "colon")


def _name_start(tail: Span, head: Token) -> int:
    """Where the credited name starts: the first token of the credit past its lead-in
    words, so the phrase never reaches back over the dash into the summary (`problematic
    - Pew Research` is `Pew Research`)."""
    for token in tail:
        if token.text.lstrip(_DASH_CHARS).lower() not in _LEAD_INS:
            return min(token.i, head.i)
    return head.i


def _colon_before(ctx: QuoteContext, quote: Span) -> Token | None:
    """The colon right before the opening mark (spaces skipped), or None."""
    colon = ctx.token_before(quote.start)
    return colon if colon is not None and colon.text == ":" else None


def credit_after_dash(region: Span) -> Span | None:
    """The words after the region's last free-standing dash (`problematic - Pew
    Research`, or a dash glued to the next word, `along -More from ...`), when they are a
    short credit; None for a hyphen inside a word (`Clinton-Kaine: "..."`). The one reading
    of a digest's dash: ``quote_colons.colon_intro`` asks it too."""
    doc = region.doc
    for token in reversed(region):
        if not _is_dash(token) or token.i == region.start or not doc[token.i - 1].whitespace_:
            continue
        start = token.i + 1 if token.text.strip(_DASH_CHARS) == "" else token.i
        tail = doc[start : region.end]
        return tail if 0 < len(tail) <= MAX_CREDIT_TOKENS else None
    return None


def _is_dash(token: Token) -> bool:
    """A dash token (`-`, `--`, an em dash), or one glued to the capitalised word it
    opens (`-More`)."""
    rest = token.text.lstrip(_DASH_CHARS)
    return len(rest) < len(token.text) and (not rest or rest[0].isupper())


def _credited_name(ctx: QuoteContext, tail: Span) -> Token | None:
    """The head of the first name in the credit (`More from Blumenthal and Cohen` ->
    Blumenthal, `Pew Research` -> Research): a capitalised word outside quotation marks,
    past the lead-in words, that no other capitalised word of the credit governs."""
    inside = range(tail.start, tail.end)
    for token in tail:
        word = token.text.lstrip(_DASH_CHARS)
        if word.lower() in _LEAD_INS or not word[:1].isupper() or not ctx.outside(token):
            continue
        if token.pos_ not in ("PROPN", "NOUN"):
            return None
        head = token.head
        if head.i in inside and head is not token and head.text[:1].isupper():
            continue
        return token
    return None
