"""Direct quotes, indirect statements and their speakers: the public entry points.

``find_quotes`` works on one parsed chunk and reports speakers as written (possibly a
pronoun); ``attach_speakers`` later maps them to canonical entities once the whole
document's mentions are resolved. Splitting the two keeps chunked parsing possible and
lets entity merges re-resolve speakers without re-parsing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from workbench.core.models import Mention, Quote
from workbench.nlp.quote_attribution import colon_intro, in_sentence
from workbench.nlp.quote_clauses import Attribution, CharSpan, QuoteContext
from workbench.nlp.quote_context import clause_subject, previous_subject
from workbench.nlp.quote_filters import (
    in_reported_clause,
    is_furniture,
    is_partial_quote,
    is_scare_quote,
    is_short,
    word_count,
)
from workbench.nlp.quote_indirect import find_indirect
from workbench.nlp.quote_marks import MARK_CHARS, MarkedSpan, find_marked_spans
from workbench.nlp.quote_page import outside_page_furniture
from workbench.nlp.quote_resolution import resolve_speakers
from workbench.nlp.quote_signatures import line_signature, signature
from workbench.nlp.quote_singles import SINGLE_ATTRIBUTIONS, with_single_spans
from workbench.nlp.speaker_antecedents import Antecedents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["attach_speakers", "find_quotes"]

#: Attributions found in the quote's own sentence (which a continuation may follow).
_OWN_SENTENCE = ("after", "syntax", "before", "continued", "colon", "dash")
#: A split quote's attribution (`," said X, a lawyer who ... .`) is at most this long.
MAX_ATTRIBUTION_TOKENS = 60
#: Quoted fragments of one clause are joined when at most this many characters apart.
MAX_MERGE_GAP = 60
#: Fragments of one clause that each have this many words stay apart (each is a quotation
#: on its own); shorter ones are joined. Measured on the dev sets, joining every fragment
#: -> keeping long ones apart: Wikinews F1 0.976 -> 0.997, PolNeAR 0.942 -> 0.934 (PolNeAR's
#: unit is the attribution, whose content spans both; the Wikinews guide, the regex and
#: textacy baselines count each pair of marks). See docs/quality-quotes.md.
LONG_FRAGMENT_WORDS = 3
#: Attributions weaker than the one found in the quote's own sentence.
_WEAK = ("none", "clause", "previous", "paragraph")
#: A sentence or clause ends in the gap: `"A". "B"` (stop outside the marks), `"A"; however, "B"`.
#: `"[i]t felt like ..."`: a sentence's capital the writer lowered to fit the quote in.
_EDITED_CAPITAL = re.compile(r"\[[a-z]\]")
_SENTENCE_BREAK = re.compile(r"[.!?;](?:\s|$)")

_CONFIDENCE = {
    "syntax": 0.9,
    "after": 0.9,
    "before": 0.8,
    "colon": 0.8,
    "dash": 0.7,
    "continued": 0.75,
    "previous": 0.5,
    "paragraph": 0.5,
    "clause": 0.5,
    "indirect": 0.7,
    "none": 0.3,
}


@dataclass
class _Found:
    """A direct quote being assembled (doc-relative offsets)."""

    marked: MarkedSpan
    tokens: Span
    attribution: Attribution
    group: int | None = None


def find_quotes(doc: Doc, offset: int = 0) -> list[Quote]:
    """Direct quotes (kind="direct") and indirect statements (kind="indirect") in one chunk.

    Offsets are code points into the full document (``offset`` is the chunk's start);
    ``speaker`` stays None until :func:`attach_speakers`. Quotation marks in the headline
    (the first line of a chunk at offset 0) and in furniture lines are no quotes
    (``quote_page``). Direct quote spans include
    their outer quotation marks; parts of one quotation (split by its attribution, or
    running over paragraphs) share ``group``. For a pronoun speaker, ``speaker`` holds
    the name the parse says it stands for (a hint ``attach_speakers`` resolves).
    """
    text = doc.text
    marked = with_single_spans(text, find_marked_spans(text))
    marked = outside_page_furniture(text, marked, starts_document=offset == 0)
    ctx = QuoteContext(doc, [(m.start, m.end) for m in marked], text)
    found = _attribute_all(ctx, marked)
    quotes = [_to_quote(text, f, offset) for f in found]
    kept = [(q.start - offset, q.end - offset) for q in quotes]
    for span, attribution in find_indirect(ctx):
        if not any(_overlaps(span, other) for other in kept):
            quotes.append(_indirect_quote(text, span, attribution, offset))
    quotes.sort(key=lambda q: (q.start, q.end))
    return _pronoun_hints(ctx, quotes, offset)


def _pronoun_hints(ctx: QuoteContext, quotes: list[Quote], offset: int) -> list[Quote]:
    """Put the name a pronoun speaker stands for (per the parse) in ``speaker``;
    ``attach_speakers`` turns it into the canonical entity."""
    antecedents = Antecedents(ctx)
    result = []
    for quote in quotes:
        if quote.speaker_start is not None and quote.speaker_text:
            token = ctx.tokens((quote.speaker_start - offset, quote.speaker_end - offset))
            if token is not None and len(token) == 1 and token[0].pos_ == "PRON":
                quote = replace(quote, speaker=antecedents.name_for(token[0]))
        result.append(quote)
    return result


def attach_speakers(quotes: Sequence[Quote], mentions: Sequence[Mention], text: str) -> list[Quote]:
    """Resolve each quote's speaker span to a canonical entity name (``Quote.speaker``).

    A span overlapping a PERSON (or ORG/NORP/GPE) mention takes that mention's entity; a
    pronoun takes the nearest compatible earlier entity, preferring the previous
    statement's speaker and the subject of the previous sentence; anything else keeps
    ``speaker=None`` with its ``speaker_text``.
    """
    return resolve_speakers(quotes, mentions, text)


def _attribute_all(ctx: QuoteContext, marked: Sequence[MarkedSpan]) -> list[_Found]:
    """Attribute every marked span, then drop scare quotes and unattributed fragments."""
    chains: dict[int, Attribution] = {}
    found: list[_Found] = []
    for m in marked:
        quote = ctx.tokens((m.start, m.end))
        if quote is None or not len(quote):
            continue
        attribution = signature(ctx.text, m.end) or in_sentence(ctx, quote) or Attribution()
        if not attribution.cue and not attribution.speaker:
            attribution = (
                line_signature(ctx.text, m.start, m.end)
                or chains.get(m.chain)
                or _from_context(ctx, quote, found)
            )
        if attribution.speaker or attribution.cue:
            chains.setdefault(m.chain, attribution)
        found.append(_Found(m, quote, attribution))
    _backfill_chains(found, chains)
    _link_groups(ctx.text, found)
    kept = _merge_partials(ctx, [f for f in found if _keep(ctx, f)])
    _link_split_quotes(kept)
    return kept


def _link_split_quotes(found: Sequence[_Found]) -> None:
    """Group `"A," X said, "B."`: both parts carry the cue that stands between them.

    Done after fragments are merged so it never changes which spans are reported.
    """
    for previous, item in zip(found, found[1:], strict=False):
        cue = item.attribution.cue
        if (
            cue is not None
            and cue == previous.attribution.cue
            and item.attribution.speaker == previous.attribution.speaker
            and previous.marked.end <= cue[0] < item.marked.start
        ):
            previous.group = previous.group if previous.group is not None else previous.marked.start
            item.group = previous.group


def _merge_partials(ctx: QuoteContext, found: Sequence[_Found]) -> list[_Found]:
    """Join short quoted fragments of one clause (`a "nasty guy," an "anchor baby" and
    "sick."`): they are one statement by one speaker; listing each fragment alone would
    give the analyst four highlights with three of them unattributed (and short ones
    dropped as scare quotes). Two fragments that are each a quotation on their own stay
    apart and the second shares the first's attribution.
    """
    merged: list[_Found] = []
    for item in found:
        previous = merged[-1] if merged else None
        if previous is None or not _same_clause(ctx, previous, item):
            merged.append(item)
            continue
        if _both_long(ctx.text, previous, item):
            if item.attribution.how in _WEAK and previous.attribution.how not in _WEAK:
                item.attribution = _inherit(previous.attribution, previous.attribution.how)
            merged.append(item)
            continue
        span = MarkedSpan(
            previous.marked.start,
            item.marked.end,
            previous.marked.chain,
            item.marked.closed,
            previous.marked.single and item.marked.single,
        )
        attribution = previous.attribution
        if attribution.how == "none" or not attribution.speaker:
            attribution = item.attribution
        tokens = ctx.doc[previous.tokens.start : item.tokens.end]
        merged[-1] = _Found(span, tokens, attribution, previous.group)
    return merged


def _both_long(text: str, first: _Found, second: _Found) -> bool:
    """True when each fragment is a quotation on its own ("null and void" and "infringes
    upon the sovereign rights of third states"): they share the speaker, not one span."""
    return all(
        word_count(text, (f.marked.start, f.marked.end)) >= LONG_FRAGMENT_WORDS
        for f in (first, second)
    )


def _same_clause(ctx: QuoteContext, first: _Found, second: _Found) -> bool:
    """True for two embedded fragments of one sentence with no attribution between them."""
    if first.group is not None or second.group is not None:
        return False
    text = ctx.text
    gap = text[first.marked.end : second.marked.start]
    if len(gap) > MAX_MERGE_GAP or "\n" in gap or _SENTENCE_BREAK.search(gap):
        return False
    between = ctx.doc[first.tokens.end : second.tokens.start]
    if any(t.pos_ in ("VERB", "AUX") for t in between) or _opens_sentence(second.tokens):
        return False
    sent = ctx.clause(first.tokens[0])
    lead = ctx.doc[sent.start : first.tokens.start]
    if not any(t.is_alpha for t in lead):
        return False
    for attribution in (first.attribution, second.attribution):
        for anchor in (attribution.cue, attribution.speaker):
            if anchor and first.marked.end <= anchor[0] < second.marked.start:
                return False
    return True


def _opens_sentence(quote: Span) -> bool:
    """True when a quotation starts a sentence of its own (`and "So we told him."`): its
    first word is capitalised and is no name, or the writer lowered that capital in
    brackets (`and "[i]t felt like ..."`)."""
    if _EDITED_CAPITAL.match(quote.text.lstrip(MARK_CHARS)):
        return True
    first = next((t for t in quote if t.is_alpha), None)
    return first is not None and first.is_title and first.pos_ != "PROPN" and first.text != "I"


def _from_context(ctx: QuoteContext, quote: Span, found: Sequence[_Found]) -> Attribution:
    """Attribution for a quote whose own sentence names nobody."""
    attribution = colon_intro(ctx, quote)
    if attribution is not None:
        return attribution
    previous = found[-1] if found else None
    if previous is not None and previous.attribution.speaker and _continues(ctx, previous, quote):
        return _inherit(previous.attribution, "continued")
    attribution = previous_subject(ctx, quote) or clause_subject(ctx, quote)
    if attribution is not None:
        return attribution
    para = ctx.paragraph[quote[0].i]
    for item in reversed(found):
        if ctx.paragraph[item.tokens[0].i] != para:
            break
        if item.attribution.speaker:
            return _inherit(item.attribution, "paragraph")
    return Attribution()


def _inherit(attribution: Attribution, how: str) -> Attribution:
    return Attribution(attribution.cue, attribution.speaker, how)


def _continues(ctx: QuoteContext, previous: _Found, quote: Span) -> bool:
    """True when only the previous quote's own attribution separates it from ``quote``.

    `"A," Miller said. "B."` and a new paragraph that just carries on quoting both
    qualify; an intervening narrative sentence does not.
    """
    gap = [t for t in ctx.doc[previous.tokens.end : quote.start] if not t.is_space]
    if all(t.is_punct for t in gap):
        return True
    attribution = previous.attribution
    if attribution.how not in _OWN_SENTENCE or len(gap) > MAX_ATTRIBUTION_TOKENS:
        return False
    anchor = attribution.cue or attribution.speaker
    if anchor is None or not gap[0].idx <= anchor[0] < gap[-1].idx + len(gap[-1]):
        return False
    return len({ctx.clause(t).start for t in gap}) == 1


def _backfill_chains(found: Sequence[_Found], chains: dict[int, Attribution]) -> None:
    """Give every paragraph of a multi-paragraph quote the attribution found for any of them."""
    for item in found:
        chain = chains.get(item.marked.chain)
        if chain is not None and not (item.attribution.speaker or item.attribution.cue):
            item.attribution = Attribution(chain.cue, chain.speaker, "continued")


def _link_groups(text: str, found: Sequence[_Found]) -> None:
    """Share a group id between parts of one quotation (same chain, or a split quote)."""
    for i, item in enumerate(found):
        previous = found[i - 1] if i else None
        if previous is None:
            continue
        same_chain = previous.marked.chain == item.marked.chain
        split = (
            item.attribution.how == "continued"
            and item.attribution.speaker == previous.attribution.speaker
            and "\n" not in text[previous.marked.end : item.marked.start]
        )
        if same_chain or split:
            previous.group = previous.group if previous.group is not None else previous.marked.start
            item.group = previous.group


def _keep(ctx: QuoteContext, item: _Found) -> bool:
    """Drop scare quotes and recovered fragments nobody is said to have spoken."""
    span = (item.marked.start, item.marked.end)
    attributed = item.attribution.how != "none"
    if item.marked.single and item.attribution.how not in SINGLE_ATTRIBUTIONS:
        return False
    if not item.marked.closed and item.group is None and not attributed:
        return False
    if is_scare_quote(ctx, span):
        return False
    if is_short(ctx.text, span):
        if in_reported_clause(ctx, item.tokens, _cue_token(ctx, item.attribution)):
            return False
        return is_partial_quote(ctx, span, item.attribution.how)
    return True


def _cue_token(ctx: QuoteContext, attribution: Attribution) -> Token | None:
    tokens = ctx.tokens(attribution.cue) if attribution.cue else None
    return tokens[0] if tokens is not None and len(tokens) else None


def _overlaps(a: CharSpan, b: CharSpan) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _speaker_fields(attribution: Attribution, text: str, offset: int) -> dict[str, object]:
    fields: dict[str, object] = {"cue": None, "speaker_text": None}
    if attribution.cue:
        fields["cue"] = text[attribution.cue[0] : attribution.cue[1]]
    if attribution.speaker and not is_furniture(text, attribution.speaker):
        start, end = attribution.speaker
        fields.update(
            speaker_text=text[start:end], speaker_start=start + offset, speaker_end=end + offset
        )
    return fields


def _to_quote(text: str, item: _Found, offset: int) -> Quote:
    start, end = item.marked.start, item.marked.end
    return Quote(
        start=start + offset,
        end=end + offset,
        text=text[start:end],
        kind="direct",
        confidence=_CONFIDENCE.get(item.attribution.how, 0.5),
        group=item.group + offset if item.group is not None else None,
        **_speaker_fields(item.attribution, text, offset),  # type: ignore[arg-type]
    )


def _indirect_quote(text: str, span: CharSpan, attribution: Attribution, offset: int) -> Quote:
    return Quote(
        start=span[0] + offset,
        end=span[1] + offset,
        text=text[span[0] : span[1]],
        kind="indirect",
        confidence=_CONFIDENCE["indirect"],
        **_speaker_fields(attribution, text, offset),  # type: ignore[arg-type]
    )
