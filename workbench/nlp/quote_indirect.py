"""Reported speech without quotation marks ("Lavrov indicated that ...").

A statement is the clausal complement of a cue verb with a subject ("X said the ...",
"X disclosed that ..."), the object of a cue that reports a fact ("He also noted the
presence of ..."), the rest of a sentence carrying "according to X", or the "that"
clause of a speaker's claim noun ("Trump's claim that ..."). The span is the content
only, without the complementiser, because that is what an analyst verifies.

Speed (issue 15): cues are looked for only at the tokens that may be one, picked from the
token array by part of speech and lemma (``_possible_cues``); the cue tests then run on a
few dozen tokens of a text instead of all of them, with the same cues found.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from workbench.nlp.cue_platforms import PLATFORMS
from workbench.nlp.cues import (
    CLAIM_NOUNS,
    OBJECT_CONTENT_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
    according_to_source,
    cue_text,
    is_according_to,
    is_claim_noun,
    is_speech_cue,
    is_stance_cue,
)
from workbench.nlp.doc_words import quote_marks_before, writes_any
from workbench.nlp.paragraph_sentences import dateline_dash
from workbench.nlp.quote_clauses import Attribution, CharSpan, QuoteContext
from workbench.nlp.speaker_phrases import speaker_phrase
from workbench.nlp.speakers import speaker_token

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Span, Token

MIN_CONTENT_TOKENS = 3
#: A closing mark is looked for this many punctuation tokens after the content (`."`, `,"`).
MAX_CLOSING_PUNCT = 3
_LEADING = frozenset("that whether if , : ;".split())
_SPEAKER_POS = ("PROPN", "PRON", "NOUN")
#: Lemmas of the verbs (and auxiliaries) that may be cues: ``_possible_cues``.
_VERB_CUE_LEMMAS = SPEECH_VERBS | STANCE_VERBS | {"put", "be"}


def _trimmed(tokens: Span) -> Span | None:
    """``tokens`` without a leading complementiser/punctuation and trailing punctuation.

    A closing quotation mark stays, or is taken from the punctuation right after, when
    the content holds its opening one (`said it was "wrong."` gives `it was "wrong."`,
    not `it was "wrong`: the parser hangs the closing mark on the cue)."""
    start, end = tokens.start, tokens.end
    doc = tokens.doc
    while start < end and (doc[start].lower_ in _LEADING or doc[start].is_space):
        start += 1
    dash = dateline_dash(doc, start) if _opens_line(doc, start) else None
    if dash is not None and dash < end:
        start = dash + 1  # "WASHINGTON (Reuters) - The agency said ...": no part of the claim
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if doc[end - 1].is_quote and _open_quote(doc, start, end - 1):
            break
        end -= 1
    if _open_quote(doc, start, end):
        end = _closing_mark_end(doc, end)
    if end - start < MIN_CONTENT_TOKENS:
        return None
    return doc[start:end]


def _opens_line(doc: Doc, start: int) -> bool:
    """True when the token at ``start`` opens the text or a line."""
    return start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_


def _open_quote(doc: Doc, start: int, end: int) -> bool:
    """True when tokens ``start`` to ``end`` hold an odd number of quotation marks (one
    left open), counted from the doc's running count (``quote_marks_before``): walking
    the tokens made a ``Token`` of each, again for each mark trimmed off the end."""
    before = quote_marks_before(doc)
    return (before[end] - before[start]) % 2 == 1


def _closing_mark_end(doc: Doc, end: int) -> int:
    """End of the closing quotation mark among the few punctuation tokens at ``end``."""
    for i in range(end, min(end + MAX_CLOSING_PUNCT, len(doc))):
        if not doc[i].is_punct:
            break
        if doc[i].is_quote:
            return i + 1
    return end


def _in_clause(ctx: QuoteContext, cue: Token, content: Span) -> Span | None:
    """``content`` cut to the cue's sentence and line: the parser sometimes runs a
    clause on over a paragraph break, and a statement never crosses one."""
    clause = ctx.clause(cue)
    start, end = max(content.start, clause.start), min(content.end, clause.end)
    return _trimmed(content.doc[start:end]) if end > start else None


def _subtree(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def _content_of_verb(verb: Token, clause: Span) -> Span | None:
    """The reported clause (ccomp) of a cue verb, or its object for fact-reporting cues.

    Only a clause in the cue's own sentence and line counts: the parser sometimes hangs
    the headline above on the first "said" of the story as a second complement. Of two
    complements, one opened by "that" is the statement: "Should the firm fail,
    environmentalists worry that taxpayers will pay" reports the second, not the condition."""
    complements = [child for child in verb.children
                   if child.dep_ == "ccomp" and clause.start <= child.i < clause.end]
    if complements:
        return _trimmed(_subtree(_reported_complement(complements)))
    if verb.lemma_.lower() in OBJECT_CONTENT_VERBS:
        for child in verb.children:
            if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN"):
                return _trimmed(_subtree(child))
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        return _outside_parenthetical(verb)
    return None


def _reported_complement(complements: list[Token]) -> Token:
    """The first complement opened by "that", else the first one."""
    for complement in complements:
        if any(child.dep_ == "mark" and child.lower_ == "that" for child in complement.children):
            return complement
    return complements[0]


def _outside_parenthetical(verb: Token) -> Span | None:
    """For "The truth, the senator said, was ...": the larger side of the host clause."""
    host, aside = _subtree(verb.head), _subtree(verb)
    doc = verb.doc
    before, after = doc[host.start : aside.start], doc[aside.end : host.end]
    return _trimmed(before if len(before) > len(after) else after)


def _content_of_according(ctx: QuoteContext, token: Token) -> Span | None:
    """The part of the sentence outside the "according to X" phrase (the larger side)."""
    sent = ctx.clause(token)
    phrase = _subtree(token)
    before = sent.doc[sent.start : phrase.start]
    after = sent.doc[phrase.end : sent.end]
    return _trimmed(before if len(before) >= len(after) else after)


def _content_of_noun(noun: Token) -> Span | None:
    """The "that" clause of a claim noun ("Trump's claim that ...")."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in child.children
        ):
            return _trimmed(_subtree(child))
    return None


def _possible_cues(doc: Doc) -> list[int]:
    """Indices of the tokens that may be a cue, in text order: the word "according", a
    noun whose lemma is a claim noun, a verb or auxiliary whose lemma is a verb of saying
    or thinking, "put" or "be" (``cues``: "as X put it", "she's like"), and any verb
    when the text names a platform (``posted_on_platform``). Every cue test of
    ``_candidates`` asks one of these first, so the cues found are the same.

    Why: read from the token array, so the other tokens (almost all of a text) never
    become ``Token`` objects nor go through the four cue tests; asking every token was
    the costliest part of finding indirect statements. A lemma's kind is kept per process
    (``_lemma_kind``): the same few hundred lemmas' strings were read again in every text;
    it is asked once per distinct lemma of a chunk, the tokens sorted out by array
    operations (a loop over every token's row in Python was still 2-3% of the layers)."""
    import numpy
    from spacy.attrs import LEMMA, LOWER, POS
    from spacy.symbols import AUX, NOUN, VERB

    strings = doc.vocab.strings
    rows = doc.to_array([POS, LEMMA, LOWER])
    pos = rows[:, 0]
    possible = rows[:, 2] == strings["according"]
    if writes_any(doc, PLATFORMS):
        possible |= pos == VERB
    verbs = (pos == VERB) | (pos == AUX)
    asked = (verbs | (pos == NOUN)) & ~possible
    if asked.any():
        lemmas, which = numpy.unique(rows[asked, 1], return_inverse=True)
        keys = lemmas.tolist()
        known = list(map(_LEMMA_KINDS.get, keys))  # no call per lemma seen before
        kinds = numpy.array([_lemma_kind(key, strings) if kind is None else kind
                             for key, kind in zip(keys, known, strict=True)])
        wanted = numpy.where(verbs[asked], _VERB_CUE, _CLAIM_NOUN)
        possible[numpy.flatnonzero(asked)[(kinds[which] & wanted) != 0]] = True
    return numpy.flatnonzero(possible).tolist()


_VERB_CUE, _CLAIM_NOUN = 1, 2
_LEMMA_KINDS: dict[int, int] = {}
"""A lemma's kinds (bits) by its string's hash (the same in every text): ``_lemma_kind``."""
_MOST_LEMMA_KINDS = 100_000
"""Lemmas kept at most: an untrusted text's made-up words cannot grow the table for ever."""


def _lemma_kind(key: int, strings: StringStore) -> int:
    """Whether the lemma with hash ``key`` is a verb cue's (bit ``_VERB_CUE``), a claim
    noun's (bit ``_CLAIM_NOUN``), both ("claim", "promise") or neither (0)."""
    kind = _LEMMA_KINDS.get(key)
    if kind is None:
        lemma = strings[key].lower()
        kind = ((_VERB_CUE if lemma in _VERB_CUE_LEMMAS else 0)
                | (_CLAIM_NOUN if lemma in CLAIM_NOUNS else 0))
        if len(_LEMMA_KINDS) >= _MOST_LEMMA_KINDS:
            _LEMMA_KINDS.clear()
        _LEMMA_KINDS[key] = kind
    return kind


def _candidates(ctx: QuoteContext) -> Iterator[tuple[Token, Span | None, Token | None]]:
    """Yield (cue, content, speaker head) for every cue outside quotation marks."""
    for index in _possible_cues(ctx.doc):
        if ctx.inside[index]:
            continue
        token = ctx.doc[index]
        if is_according_to(token):
            yield token, _content_of_according(ctx, token), according_to_source(token)
        elif is_speech_cue(token) or is_stance_cue(token):
            yield token, _content_of_verb(token, ctx.clause(token)), speaker_token(token)
        elif is_claim_noun(token):
            yield token, _content_of_noun(token), speaker_token(token)


def _mostly_quoted(ctx: QuoteContext, content: Span) -> bool:
    """True when more than half of the words of ``content`` lie inside quotation marks
    (words, not tokens: the marks and stops of `it was "wrong."` are no words)."""
    words = [t for t in content if not (t.is_punct or t.is_space)]
    quoted = sum(1 for t in words if not ctx.outside(t))
    return 2 * quoted > len(words)


def find_indirect(ctx: QuoteContext) -> list[tuple[CharSpan, Attribution]]:
    """Indirect statements in the chunk as (content span, attribution), in text order."""
    found: list[tuple[CharSpan, Attribution]] = []
    for cue, whole, head in _candidates(ctx):
        if whole is None or head is None or head.pos_ not in _SPEAKER_POS:
            continue
        content = _in_clause(ctx, cue, whole)
        if content is None or not _says_something(content.text):
            continue
        if _mostly_quoted(ctx, content) or not ctx.outside(head):
            continue
        if content.start <= head.i < content.end or content.start <= cue.i < content.end:
            continue
        attribution = Attribution(cue_text(cue), speaker_phrase(head), "indirect")
        found.append(((content.start_char, content.end_char), attribution))
    found.sort(key=lambda item: item[0])
    return found


def _says_something(content: str) -> bool:
    """True when ``content`` has a letter or digit. Why: in untrusted text the parse can
    hang a run of stray marks on a verb of saying (`warned -- » ′ «`), a statement of nothing."""
    return any(char.isalnum() for char in content)
