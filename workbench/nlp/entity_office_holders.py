"""The person named right after an office and its country: "Foreign Minister of Lithuania
Linas Vaitkus".

Why: news writes an office holder's full name straight after the office's place, with no
comma ("President of Chile Gabriel Boric said", "Governor of Texas Greg Abbott"), and the
small model, reading the place and the name as one run of capitals, tags the place and
leaves the name out. The person then appears in the Entities page only by a later bare
surname, or not at all, and a quote after the name has no person to hang on. The shape
is unambiguous: a title ("Minister", "President", "Governor": ``names.HONORIFICS``), "of",
a place the model tagged, then two or three capitalised words that end the run; the first
is no word the text writes in lowercase elsewhere ("President of Chile Said ..." in a
title-case line is no name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.nlp.names import canonical_name, is_honorific, lowercase_words

_PLACE_LABELS = frozenset({"GPE"})
_OFFICE_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")
"""The office right before the place: "Minister of ", "President of the "."""
_NAME_WORD = CAPITAL + r"[\w'\u2019-]*"
_NAME_AFTER = re.compile(
    rf"[ \u00a0]+({_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}\.?){{0,1}}[ \u00a0]+{_NAME_WORD})"
    rf"(?![\w'\u2019-]|[ \u00a0]+{CAPITAL})")
"""Two or three capitalised words after the place, the last one ending the capitals."""
_READ_AROUND = 40


def with_office_holders(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with a PERSON mention for each name written right after "<office> of
    <place>"; a mention the model made of part of the name ("Mayor of London Sadiq
    [Khan]") gives way to the whole name, one that reaches outside it keeps its place."""
    lowercase: frozenset[str] | None = None
    added: list[Mention] = []
    replaced: set[int] = set()
    for mention in mentions:
        if mention.field != "text" or mention.label not in _PLACE_LABELS:
            continue
        office = _OFFICE_BEFORE.search(text, max(0, mention.start - _READ_AROUND),
                                       mention.start)
        name = _NAME_AFTER.match(text, mention.end, mention.end + _READ_AROUND * 2)
        if office is None or name is None or not is_honorific(office.group(1)):
            continue
        start, end = name.span(1)
        inside = _inside(mentions, start, end)
        lowercase = lowercase_words(text) if lowercase is None else lowercase
        words = name.group(1).split()
        if (inside is None or words[0].lower() in lowercase
                or any(is_honorific(word) for word in words)):
            continue
        replaced.update(inside)
        added.append(Mention(start, end, name.group(1), "PERSON", canonical_name(name.group(1))))
    if not added:
        return list(mentions)
    return [*(m for index, m in enumerate(mentions) if index not in replaced), *added]


def _inside(mentions: Sequence[Mention], start: int, end: int) -> list[int] | None:
    """Indices of the body mentions within [start, end), or None when one crosses it."""
    inside = []
    for index, mention in enumerate(mentions):
        if mention.field != "text" or mention.end <= start or end <= mention.start:
            continue
        if mention.start < start or end < mention.end:
            return None
        inside.append(index)
    return inside
