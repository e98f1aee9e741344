"""Which quoted spans are parts of one quotation, and which fragments are one span.

Split from ``quotes`` (the entry points and attribution order) because it is its own
question: a quote split by its attribution (`"A," she said, "B."`) is one quotation in
parts (a shared ``group``); one running over paragraphs, and short quoted fragments of one
clause (`a "nasty guy," an "anchor baby" and "sick."`), are one span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.core.letters import CAPITAL
from workbench.nlp.quote_clauses import Attribution, CharSpan, QuoteContext
from workbench.nlp.quote_filters import word_count
from workbench.nlp.quote_marks import MARK_CHARS, MarkedSpan
from workbench.nlp.quote_nesting import TURN_LABEL

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Quoted fragments of one clause are joined when at most this many characters apart.
MAX_MERGE_GAP = 60
#: Fragments of one clause that each have this many words stay apart (each is a quotation
#: on its own); shorter ones are joined. Measured on the dev sets, joining every fragment
#: -> keeping long ones apart: Wikinews F1 0.976 -> 0.997, PolNeAR 0.942 -> 0.934 (PolNeAR's
#: unit is the attribution, whose content spans both; the Wikinews guide, the regex and
#: textacy baselines count each pair of marks). See docs/quality-quotes.md.
LONG_FRAGMENT_WORDS = 3
#: A sentence or clause ends in the gap: `"A". "B"` (stop outside the marks), `"A"; however, "B"`.
#: `"[i]t felt like ..."`: a sentence's capital the writer lowered to fit the quote in.
_EDITED_CAPITAL = re.compile(r"\[[a-z]\]")
_SENTENCE_BREAK = re.compile(r"[.!?;](?:\s|$)")
#: A fragment ending in a stop inside its marks, then a capitalised word: `"... valley."
#: Then "everything changes," she said` (the stop the gap does not show).
_STOP_INSIDE = re.compile(r"[.!?][\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u2033`]+$")
_CAPITAL_NEXT = re.compile(r"^\W*" + CAPITAL)


@dataclass
class Found:
    """A direct quote being assembled (doc-relative offsets)."""

    marked: MarkedSpan
    tokens: Span
    attribution: Attribution
    group: int | None = None


def link_split_quotes(found: Sequence[Found]) -> None:
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
            _regroup(found, item.group, previous.group)
            item.group = previous.group


def join_paragraph_runs(text: str, found: Sequence[Found]) -> list[Found]:
    """One quotation running over paragraphs (`“A.` / `“B,” she said.`) as one span.

    Why: news typography opens every paragraph of a long quotation again but closes it only
    at its end, so the marks say it is one quotation, and nothing but the paragraph break
    stands between its parts (no attribution, unlike `"A," she said. "B."`, whose parts stay
    apart and share a ``group``). Listed paragraph by paragraph, the analyst got one
    highlight per paragraph for one statement. Parts whose gap holds any text stay apart.
    """
    joined: list[Found] = []
    for item in found:
        previous = joined[-1] if joined else None
        if previous is None or not _runs_on(text, previous.marked, item.marked):
            joined.append(item)
            continue
        first, last = previous.marked, item.marked
        span = MarkedSpan(first.start, last.end, first.chain, last.closed, first.single)
        attribution = previous.attribution
        if not (attribution.speaker or attribution.cue):
            attribution = item.attribution
        tokens = previous.tokens.doc[previous.tokens.start : item.tokens.end]
        joined[-1] = Found(span, tokens, attribution, previous.group)
    _ungroup_single_parts(joined)
    return joined


def _runs_on(text: str, first: MarkedSpan, second: MarkedSpan) -> bool:
    """True when ``second`` opens the paragraph right after the one ``first`` left open.

    Only over a line break: in text that lost its paragraph breaks (`“A. “B,” she said`
    on one line) the pairing guessed where a closing mark went missing, and the Wikinews
    gold, like the parts' own sentences, keeps such parts apart."""
    gap = text[first.end : second.start]
    if first.chain != second.chain or first.closed or gap.strip() or "\n" not in gap:
        return False
    return not TURN_LABEL.match(text, second.start, second.start + 40)


def _ungroup_single_parts(found: Sequence[Found]) -> None:
    """A group left with one part once its paragraphs are joined is no group."""
    sizes: dict[int, int] = {}
    for item in found:
        if item.group is not None:
            sizes[item.group] = sizes.get(item.group, 0) + 1
    for item in found:
        if item.group is not None and sizes[item.group] == 1:
            item.group = None


def _regroup(found: Sequence[Found], old: int | None, new: int) -> None:
    """Move every part of group ``old`` into ``new``: a split quote whose second part
    runs on over paragraphs (`"A," X said.` / `"B ...` / `"C," he said.`) is one
    quotation, not its first two parts and then its last ones."""
    if old is None or old == new:
        return
    for part in found:
        if part.group == old:
            part.group = new


def shares_attribution(previous: Attribution, own: Attribution) -> bool:
    """True when the second of two long quotations in one clause takes the first's
    attribution: unless its own sentence hangs it on another verb with another speaker
    (`White told The Post after a hearing - where Heller said she was "resting" - "She is
    on a flight home."`: the parse gives the second to "told", the first to "said")."""
    if previous.how == "none" or not previous.speaker:
        return False
    own_reading = own.how == "syntax" and own.cue is not None and own.speaker is not None
    return not (own_reading and own.cue != previous.cue and own.speaker != previous.speaker)


def merge_partials(ctx: QuoteContext, found: Sequence[Found]) -> list[Found]:
    """Join short quoted fragments of one clause (`a "nasty guy," an "anchor baby" and
    "sick."`): they are one statement by one speaker; listing each fragment alone would
    give the analyst four highlights with three of them unattributed (and short ones
    dropped as scare quotes). Two fragments that are each a quotation on their own stay
    apart and the second shares the first's attribution.
    """
    merged: list[Found] = []
    last: MarkedSpan | None = None  # the last fragment joined into merged[-1]
    for item in found:
        previous = merged[-1] if merged else None
        if previous is None or last is None or not _same_clause(ctx, previous, item):
            merged.append(item)
            last = item.marked
            continue
        if _both_long(ctx.text, last, item.marked):
            if shares_attribution(previous.attribution, item.attribution):
                item.attribution = previous.attribution
            merged.append(item)
            last = item.marked
            continue
        last = item.marked
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
        merged[-1] = Found(span, tokens, attribution, previous.group)
    return merged


#: Only a list's joints between two fragments: `"A" and "B"`, `"A," a "B"`, `"A" or an "B"`.
_LIST_JOINT = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|nor)\s+)?(?:(?:a|an|the)\s+)?")


def listed_after(ctx: QuoteContext, previous: Found, item: Found) -> bool:
    """True when ``item`` is the next entry of a list of quoted words ``previous`` opens
    (`calls him a "fascist" and a "Stalinist."`): only a comma, "and"/"or" and an article
    stand between them in one clause.

    Why: the fragments of such a list are joined into one quotation (``merge_partials``),
    but a later entry, judged alone before the join, had no attribution of its own and
    was dropped as a scare quote, leaving the list cut after its first entry."""
    gap = ctx.text[previous.marked.end : item.marked.start]
    if not gap.strip() or not _LIST_JOINT.fullmatch(gap):
        return False
    return _same_clause(ctx, previous, item)


def _both_long(text: str, first: MarkedSpan, second: MarkedSpan) -> bool:
    """True when each fragment is a quotation on its own ("null and void" and "infringes
    upon the sovereign rights of third states"): they share the speaker, not one span.
    A list of labels ending in a long one (`a "bully" and a "narcissist at a level ..."`)
    stays one span: only the two neighbouring fragments are compared."""
    return all(
        word_count(text, (f.start, f.end)) >= LONG_FRAGMENT_WORDS for f in (first, second)
    )


def _same_clause(ctx: QuoteContext, first: Found, second: Found) -> bool:
    """True for two embedded fragments of one sentence with no attribution between them."""
    if first.group is not None or second.group is not None:
        return False
    text = ctx.text
    gap = text[first.marked.end : second.marked.start]
    if len(gap) > MAX_MERGE_GAP or "\n" in gap or _SENTENCE_BREAK.search(gap):
        return False
    first_text = text[first.marked.start : first.marked.end]
    if _STOP_INSIDE.search(first_text) and _CAPITAL_NEXT.match(gap):
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


#: How a quote's own sentence attributes it (a cue next to the quote, a dash signature):
#: the part of a multi-paragraph quotation that has one names the speaker of them all.
_OWN_ATTRIBUTIONS = frozenset({"after", "before", "syntax", "dash"})
#: Attributions guessed from around a quote (the previous sentence's subject, the
#: paragraph's last speaker): a chain's own attribution overrides them.
_GUESSED_ATTRIBUTIONS = frozenset({"previous", "clause", "paragraph", "none"})


def _one_speaker_per_chain(found: Sequence[Found]) -> None:
    """Give every paragraph of one quotation the speaker its own attribution names.

    Why: a quotation over paragraphs (`“A.` / `“B,” she added.`) is
    attributed at its end; its first paragraph, attributed alone, took a guess from the
    sentence before it (whoever was its subject), and the paragraphs after it inherited
    that guess, so one quotation had two speakers. A part that carries on the quote
    before it (`"A," said X.` / `"B.` ...) is no guess and keeps its speaker.
    """
    owned: dict[int, Attribution] = {}
    guessed: dict[int, set[CharSpan | None]] = {}
    for item in found:
        how, chain = item.attribution.how, item.marked.chain
        if how in _OWN_ATTRIBUTIONS and item.attribution.speaker:
            owned.setdefault(chain, item.attribution)
        elif how in _GUESSED_ATTRIBUTIONS:
            guessed.setdefault(chain, set()).add(item.attribution.speaker)
    for item in found:
        attribution = owned.get(item.marked.chain)
        how = item.attribution.how
        inherited_guess = how == "continued" and item.attribution.speaker in guessed.get(
            item.marked.chain, ())
        if attribution is not None and (how in _GUESSED_ATTRIBUTIONS or inherited_guess):
            item.attribution = Attribution(attribution.cue, attribution.speaker, "continued")


def link_groups(text: str, found: Sequence[Found]) -> None:
    """Share a group id between parts of one quotation (same chain, or a split quote),
    and one speaker between the paragraphs of a chain."""
    _one_speaker_per_chain(found)
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
