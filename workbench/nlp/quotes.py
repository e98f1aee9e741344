"""Direct quotes, indirect statements and their speakers: the public entry points.

``find_quotes`` works on one parsed chunk and reports speakers as written (possibly a
pronoun); ``attach_speakers`` later maps them to canonical entities once the whole
document's mentions are resolved. Splitting the two keeps chunked parsing possible and
lets entity merges re-resolve speakers without re-parsing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.core.models import Mention, Quote
from workbench.nlp.doc_words import doc_text
from workbench.nlp.quote_adjacent import adjacent_cue
from workbench.nlp.quote_asides import past_quoting_aside
from workbench.nlp.quote_attribution import in_sentence
from workbench.nlp.quote_clauses import Attribution, CharSpan, QuoteContext
from workbench.nlp.quote_colons import colon_intro
from workbench.nlp.quote_context import (
    clause_subject,
    paragraph_reporter,
    previous_subject,
    relative_after,
    reporter_since,
    reports_its_own,
)
from workbench.nlp.quote_credit_after import credited_after
from workbench.nlp.quote_digests import digest_credit
from workbench.nlp.quote_filters import (
    in_reported_clause,
    is_furniture,
    is_partial_quote,
    is_scare_quote,
    is_short,
    is_utterance,
    names_a_piece,
)
from workbench.nlp.quote_fragments import (
    Found,
    join_paragraph_runs,
    link_groups,
    link_split_quotes,
    listed_after,
    merge_partials,
)
from workbench.nlp.quote_indirect import find_indirect
from workbench.nlp.quote_introductions import dash_intro, dashed_aside
from workbench.nlp.quote_labels import (
    is_given_name,
    is_noun_modifier,
    is_role_after_as,
    is_speaker_label,
)
from workbench.nlp.quote_marks import MarkedSpan, find_marked_spans
from workbench.nlp.quote_outlets import is_outlet_hint, past_outlet
from workbench.nlp.quote_page import on_page_furniture, outside_page_furniture
from workbench.nlp.quote_passive_agents import passive_agent
from workbench.nlp.quote_pull_quotes import without_pull_quotes
from workbench.nlp.quote_reported_colons import reported_person_at_colon
from workbench.nlp.quote_resolution import resolve_speakers
from workbench.nlp.quote_signatures import line_signature, signature, signature_below
from workbench.nlp.quote_singles import SINGLE_ATTRIBUTIONS, with_single_spans
from workbench.nlp.quote_swallowed import without_swallowed_frames
from workbench.nlp.speaker_antecedents import Antecedents
from workbench.nlp.speaker_phrases import clean_speaker_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["attach_speakers", "find_quotes"]

#: Attributions found in the quote's own sentence (which a continuation may follow).
_OWN_SENTENCE = ("after", "syntax", "before", "continued", "colon", "dash")
#: A split quote's attribution (`," said X, a lawyer who ... .`) is at most this long.
MAX_ATTRIBUTION_TOKENS = 60
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


def find_quotes(doc: Doc, offset: int = 0) -> list[Quote]:
    """Direct quotes (kind="direct") and indirect statements (kind="indirect") in one chunk.

    Offsets are code points into the full document (``offset`` is the chunk's start);
    ``speaker`` stays None until :func:`attach_speakers`. Quotation marks in the headline
    (the first line of a chunk at offset 0) and in furniture lines are no quotes, and no
    indirect statement is taken from those lines either (``quote_page``). Direct quote
    spans include their outer quotation marks; a quotation running over paragraphs is one
    span, and parts of one quotation split by its attribution share ``group``. For a
    pronoun speaker, ``speaker`` holds the name the parse says it stands for (a hint
    ``attach_speakers`` resolves).
    """
    text = doc_text(doc)
    marked = with_single_spans(text, find_marked_spans(text))
    marked = outside_page_furniture(text, marked, starts_document=offset == 0)
    marked = without_swallowed_frames(doc, text, without_pull_quotes(text, marked))
    ctx = QuoteContext(doc, [(m.start, m.end) for m in marked])
    found = _attribute_all(ctx, marked)
    quotes = [_to_quote(text, f, offset) for f in found]
    kept = [(q.start - offset, q.end - offset) for q in quotes]
    indirect = find_indirect(ctx)
    furniture = on_page_furniture(text, [span[0] for span, _ in indirect], offset == 0)
    for (span, attribution), on_furniture in zip(indirect, furniture, strict=True):
        if not on_furniture and not _overlaps_any(span, kept):
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
                hint = antecedents.name_for(token[0])
                quote = replace(quote, speaker=None if is_outlet_hint(token[0], hint) else hint)
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


def _attribution_at(ctx: QuoteContext, marked: MarkedSpan, quote) -> Attribution:
    """What is written at the quote itself: a signature, a digest credit or its sentence's cue
    (else the clause a dash introduces it with), then a verb of saying right before the opening
    mark, which speaks the utterance it opens, the agent of a passive cue, and the verb an
    "and I quote" aside interrupts (the aside's "I" is the writer's)."""
    attribution = (
        signature(ctx.text, marked.end)
        or digest_credit(ctx, quote)
        or in_sentence(ctx, quote)
        or Attribution()
    )
    if not attribution.speaker:
        attribution = dash_intro(ctx, quote) or attribution
    attribution = dashed_aside(ctx, quote, attribution) or attribution
    attribution = past_outlet(ctx, attribution) or attribution
    attribution = reported_person_at_colon(ctx, quote, attribution) or attribution
    attribution = adjacent_cue(ctx, quote, attribution) or attribution
    attribution = passive_agent(ctx, quote, attribution) or attribution
    attribution = past_quoting_aside(ctx, quote, attribution) or attribution
    return Attribution() if relative_after(ctx, quote, attribution) else attribution


def _attribute_all(ctx: QuoteContext, marked: Sequence[MarkedSpan]) -> list[Found]:
    """Attribute every marked span, then drop scare quotes and unattributed fragments."""
    chains: dict[int, Attribution] = {}
    found: list[Found] = []
    for m in marked:
        quote = ctx.tokens((m.start, m.end))
        if quote is None or not len(quote):
            continue
        attribution = _attribution_at(ctx, m, quote)
        if found and _carries_on_past_report(ctx, found[-1], quote, attribution):
            attribution = _inherit(found[-1].attribution, "continued")
        if not attribution.cue and not attribution.speaker:
            attribution = (
                line_signature(ctx.text, m.start, m.end)
                or signature_below(ctx.text, m.start, m.end)
                or chains.get(m.chain)
                or _from_context(ctx, quote, found)
            )
        if attribution.speaker or attribution.cue:
            chains.setdefault(m.chain, attribution)
        found.append(Found(m, quote, attribution))
    _backfill_chains(found, chains)
    link_groups(ctx.text, found)
    candidates: list[Found] = []
    for i, item in enumerate(found):
        listed = bool(candidates) and candidates[-1] is found[i - 1]  # its neighbour was kept
        if _keep(ctx, item) or (listed and listed_after(ctx, found[i - 1], item)):
            candidates.append(item)
    starts = [f.marked.start for f in candidates]
    kept = [
        f
        for f in merge_partials(ctx, candidates)
        if not _scare_in_report(ctx, f, _parts(candidates, starts, f))
    ]
    link_split_quotes(kept)
    return join_paragraph_runs(ctx.text, kept)


def _from_context(ctx: QuoteContext, quote: Span, found: Sequence[Found]) -> Attribution:
    """Attribution for a quote whose own sentence names nobody."""
    attribution = colon_intro(ctx, quote)
    if attribution is not None:
        return attribution
    previous = found[-1] if found else None
    if previous is not None and previous.attribution.speaker and _continues(ctx, previous, quote):
        return _inherit(previous.attribution, "continued")
    attribution = credited_after(ctx, quote) or previous_subject(ctx, quote)
    attribution = attribution or clause_subject(ctx, quote)
    if attribution is not None:
        return attribution
    para = ctx.paragraph[quote[0].i]
    for item in reversed(found):
        if ctx.paragraph[item.tokens[0].i] != para:
            break
        if item.attribution.speaker:
            reported = reporter_since(ctx, quote, item.tokens.end)  # "X said ... ." "..."
            return reported or _inherit(item.attribution, "paragraph")
    return (
        _voice_going_on(ctx, quote, found, para)
        or (None if _quoted_in(ctx, found, para) else paragraph_reporter(ctx, quote))
        or Attribution()
    )


def _quoted_in(ctx: QuoteContext, found: Sequence[Found], para: int) -> bool:
    """True when a quote found so far lies in paragraph ``para`` (its voice, or its lack
    of one, goes on; see ``paragraph_reporter``)."""
    return any(ctx.paragraph[item.tokens[0].i] == para for item in found)


def _voice_going_on(
    ctx: QuoteContext, quote: Span, found: Sequence[Found], para: int
) -> Attribution | None:
    """The speaker of the last quote, for a quotation opening the paragraph right after
    the one that quote's own sentence attributed (`"A," Omar Haddad said. When the
    children came, they sat with him.` / `"They would ask me ...`).

    Why: news writing keeps the last quoted voice until it names another; the narrative
    after the quote named nobody the parse reads as the next speaker (``previous_subject``
    is asked first), so the quotation would otherwise have no speaker at all."""
    last = found[-1] if found else None
    before = ctx.token_before(quote.start)
    if (
        last is not None
        and before is not None
        and last.attribution.speaker
        and last.attribution.how in _OWN_SENTENCE
        and ctx.paragraph[before.i] != para
        and ctx.paragraph[last.tokens[0].i] == ctx.paragraph[before.i]
    ):
        return _inherit(last.attribution, "paragraph")
    return None


def _inherit(attribution: Attribution, how: str) -> Attribution:
    return Attribution(attribution.cue, attribution.speaker, how)


def _continues(ctx: QuoteContext, previous: Found, quote: Span) -> bool:
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


def _carries_on_past_report(
    ctx: QuoteContext, previous: Found, quote: Span, attribution: Attribution
) -> bool:
    """True when a quote that carries on the previous one took its cue from the next
    sentence, whose verb reports something of its own (``reports_its_own``): in `"A," said
    Jane Miller, a spokeswoman. "B." Officials say the storm caused damage` B is still
    Miller's, as "say" already has what the officials said. A next-sentence cue with
    nothing of its own to report (`"B." -- Trump asked.`) keeps the quote."""
    cue = ctx.cue_token(attribution)
    if cue is None or cue.i < ctx.clause(quote[-1]).end or not previous.attribution.speaker:
        return False
    if not reports_its_own(cue, attribution):
        return False
    return _continues(ctx, previous, quote)


def _backfill_chains(found: Sequence[Found], chains: dict[int, Attribution]) -> None:
    """Give every paragraph of a multi-paragraph quote the attribution found for any of them."""
    for item in found:
        chain = chains.get(item.marked.chain)
        if chain is not None and not (item.attribution.speaker or item.attribution.cue):
            item.attribution = Attribution(chain.cue, chain.speaker, "continued")


def _keep(ctx: QuoteContext, item: Found) -> bool:
    """Drop scare quotes and recovered fragments nobody is said to have spoken."""
    span = (item.marked.start, item.marked.end)
    attributed = item.attribution.how != "none"
    if item.marked.single and item.attribution.how not in SINGLE_ATTRIBUTIONS:
        return False
    if not item.marked.closed and item.group is None and not attributed:
        return False
    if is_scare_quote(ctx, span) or is_given_name(ctx, span):
        return False
    if names_a_piece(ctx.text, span, item.attribution.how):
        return False
    if is_short(ctx.text, span):
        if is_utterance(ctx, span):
            return True
        if is_role_after_as(ctx, span) or is_noun_modifier(ctx, span):
            return False
        if is_speaker_label(ctx, span, ctx.cue_token(item.attribution)):
            return False
        return is_partial_quote(ctx, span, item.attribution.how)
    return True


def _parts(fragments: Sequence[Found], starts: list[int], item: Found) -> Sequence[Found]:
    """The fragments (in text order, starting at ``starts``) joined into ``item``."""
    lo = bisect_left(starts, item.marked.start)
    hi = bisect_left(starts, item.marked.end)
    return [f for f in fragments[lo:hi] if f.marked.end <= item.marked.end]


def _scare_in_report(ctx: QuoteContext, item: Found, parts: Sequence[Found]) -> bool:
    """True when every fragment joined into ``item`` is a one-word scare quote of the
    clause its cue reports (`said the plan would "flood" it`, `said the "phony" and
    "nasty" senator`). Asked after fragments are joined, so in `said he was "troubled"
    and "deeply saddened"` the word goes with the quoted phrase beside it instead of
    leaving that phrase to stand half-quoted; every fragment is read against the joined
    quote's cue, which the first fragment found."""
    cue = ctx.cue_token(item.attribution)
    return all(in_reported_clause(ctx, part.tokens, cue) for part in parts or [item])


def _overlaps_any(span: CharSpan, spans: Sequence[CharSpan]) -> bool:
    """True when ``span`` overlaps one of ``spans`` (in text order, not overlapping each
    other): only the last one starting before ``span`` ends can, so bisect."""
    i = bisect_left(spans, (span[1],)) - 1
    return i >= 0 and spans[i][1] > span[0]


def _speaker_fields(
    attribution: Attribution, text: str, offset: int, quote: CharSpan
) -> dict[str, object]:
    fields: dict[str, object] = {"cue": None, "speaker_text": None}
    if attribution.cue:
        fields["cue"] = text[attribution.cue[0] : attribution.cue[1]]
    speaker = clean_speaker_span(text, attribution.speaker, quote)
    if speaker and not is_furniture(text, speaker):
        start, end = speaker
        fields.update(
            speaker_text=text[start:end], speaker_start=start + offset, speaker_end=end + offset
        )
    return fields


def _to_quote(text: str, item: Found, offset: int) -> Quote:
    start, end = item.marked.start, item.marked.end
    return Quote(
        start=start + offset,
        end=end + offset,
        text=text[start:end],
        kind="direct",
        confidence=_CONFIDENCE.get(item.attribution.how, 0.5),
        group=item.group + offset if item.group is not None else None,
        **_speaker_fields(item.attribution, text, offset, (start, end)),  # type: ignore[arg-type]
    )


def _indirect_quote(text: str, span: CharSpan, attribution: Attribution, offset: int) -> Quote:
    return Quote(
        start=span[0] + offset,
        end=span[1] + offset,
        text=text[span[0] : span[1]],
        kind="indirect",
        confidence=_CONFIDENCE["indirect"],
        **_speaker_fields(attribution, text, offset, span),  # type: ignore[arg-type]
    )
