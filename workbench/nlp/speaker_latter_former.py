"""Canonical speakers for "the latter" and "the former".

Why: news names two people and then credits one of them by order ("Harris questioned
the witness, Mary Collins. "...," the latter said"). The phrase stays the speaker text;
its entity is the second (latter) or first (former) of the two people named just
before it — in its own sentence before it and the sentence before that — counting each
person once and none named inside a quotation (a speaker is not whom words name). With
more or fewer than two people there, which two is not plain, and the quote keeps the
phrase with no canonical speaker rather than a wrong name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from workbench.core.span_union import SpanUnion

if TYPE_CHECKING:
    from workbench.core.models import Mention
    from workbench.nlp.pronoun_fit import SentenceIndex

_ORDER = re.compile(r"(?:the|The)\s+(latter|former)", re.IGNORECASE)
#: The two people an order word chooses between.
_PAIR = 2


def ordered_person(
    phrase: str,
    start: int,
    mentions: Sequence[Mention],
    sentences: SentenceIndex,
    quoted: SpanUnion,
) -> str | None:
    """The entity "the latter"/"the former" (the whole ``phrase``, at ``start``) picks
    from the two people named in its sentence and the one before, else None."""
    match = _ORDER.fullmatch(phrase.strip())
    if match is None:
        return None
    here = sentences.index(start)
    begin = sentences.starts[max(0, here - 1)]
    people: list[str] = []
    first = bisect.bisect_left(mentions, begin, key=lambda m: m.start)  # sorted by start
    for mention in mentions[first:]:
        if mention.start >= start:
            break
        if mention.start < begin or mention.label != "PERSON" or not mention.entity:
            continue
        if quoted.covers(mention.start) or mention.entity in people:
            continue
        people.append(mention.entity)
    if len(people) != _PAIR:
        return None
    return people[1] if match.group(1).lower() == "latter" else people[0]
