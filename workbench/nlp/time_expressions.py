"""Give DATE and TIME mentions their normalised value, reading each sentence's tense.

Why here and not in the core: the tense ("said Wednesday" vs "will meet
Wednesday") comes from spaCy's parse of the chunk, which only exists while the
chunk is parsed; the rules themselves (``workbench.core.time_normalise``) are
pure and get the tense as a word. Tenses are collected per chunk, values set
once the document's mentions are final.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.core.models import Analysis, Mention
from workbench.core.time_normalise import normalise_time
from workbench.core.time_values import Tense

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TIME_LABELS = frozenset({"DATE", "TIME"})
MAX_HEAD_STEPS = 6
TenseSpan = tuple[int, int, "Tense | None"]
"""(start, end, tense) of one DATE/TIME entity, in whole-text offsets."""

_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})
_PLANNING_WORDS = frozenset({"schedule", "plan", "expect", "due", "set", "intend", "aim"})
_VERBAL = frozenset({"VERB", "AUX"})


def time_tenses(doc: Doc, offset: int = 0) -> list[TenseSpan]:
    """The tense of the clause governing each DATE/TIME entity of one parsed chunk."""
    return [
        (ent.start_char + offset, ent.end_char + offset, span_tense(ent))
        for ent in doc.ents
        if ent.label_ in TIME_LABELS
    ]


def span_tense(span: Span) -> Tense | None:
    """Past, present or future from the verb the expression hangs on (None when verbless)."""
    verb = _governing_verb(span.root)
    return None if verb is None else verb_tense(verb)


def _governing_verb(token: Token) -> Token | None:
    for _ in range(MAX_HEAD_STEPS):
        if token.pos_ in _VERBAL:
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def verb_tense(verb: Token) -> Tense | None:
    """'will meet' -> future, 'met'/'has met'/'was met' -> past, 'meets' -> present.

    Why the auxiliaries first: "will" and "has" carry the tense of the clause;
    the main verb's own morph says "Pres"/"Past" only in simple tenses, and
    "is scheduled/expected to" reads as the future.
    """
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {child.lower_ for child in auxiliaries}
    if words & _FUTURE_AUXILIARIES or (verb.lemma_ in _PLANNING_WORDS and _has_to_clause(verb)):
        return "future"
    if any(child.tag_ == "VBD" for child in auxiliaries) or words & {"has", "have", "'ve"}:
        return "past"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not auxiliaries):
        return "past"
    if "would" in words:
        return None
    if verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in auxiliaries):
        return "present"
    return None


def _has_to_clause(verb: Token) -> bool:
    return any(child.dep_ == "xcomp" for child in verb.children)


def with_time_values(
    analysis: Analysis, tenses: Sequence[TenseSpan], anchor: dt.date | None
) -> Analysis:
    """``analysis`` with every DATE/TIME mention's ``value`` set where one can be derived."""
    mentions = tuple(_valued(m, tenses, anchor) for m in analysis.mentions)
    return replace(analysis, mentions=mentions)


def _valued(mention: Mention, tenses: Sequence[TenseSpan], anchor: dt.date | None) -> Mention:
    if mention.label not in TIME_LABELS:
        return mention
    tense = _tense_at(tenses, mention) if mention.field == "text" else None
    found = normalise_time(mention.text, anchor, tense)
    return replace(mention, value=found.value if found else None)


def _tense_at(tenses: Iterable[TenseSpan], mention: Mention) -> Tense | None:
    for start, end, tense in tenses:
        if start < mention.end and mention.start < end:
            return tense
    return None
