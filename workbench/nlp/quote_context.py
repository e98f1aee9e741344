"""Speakers for a quote whose own sentence names nobody, read from the sentence around it.

Kept apart from ``quote_attribution`` (cues inside the quote's sentence): these are the
weaker fallbacks ``quotes`` tries after a colon introduction and a continued quote \u2014
the subject of the quote's clause, or of the sentence just before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.quote_attribution import person_subject
from workbench.nlp.quote_clauses import Attribution, QuoteContext
from workbench.nlp.speaker_phrases import speaker_phrase

if TYPE_CHECKING:
    from spacy.tokens import Span


def clause_subject(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """A quoted phrase inside a sentence whose subject is a person ("He anticipated that
    the challenge would be "dealing with ..."") is that person's, cue or not."""
    clause = ctx.clause(quote[0])
    if not any(t.is_alpha for t in ctx.doc[clause.start : quote.start]):
        return None
    head = person_subject(clause, institutions=True)
    if head is None or not ctx.outside(head):
        return None
    return Attribution(None, speaker_phrase(head), "clause")


def previous_subject(ctx: QuoteContext, quote: Span) -> Attribution | None:
    """`Miller spoke to reporters. "..."`: a sentence-initial quote takes the person who
    is the subject of the sentence just before it (same or previous paragraph)."""
    doc = ctx.doc
    sent = ctx.clause(quote[0])
    lead = [t for t in doc[sent.start : quote.start] if not (t.is_space or t.is_punct)]
    start = sent.start
    while start > 0 and doc[start - 1].is_space:
        start -= 1
    if lead or start == 0:
        return None
    previous = ctx.clause(doc[start - 1])
    head = person_subject(previous)
    if head is not None and not ctx.outside(head):
        head = None
    return Attribution(None, speaker_phrase(head), "previous") if head is not None else None
