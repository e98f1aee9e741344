"""An unnamed speaker brought in with "a"/"an", named by the very next sentences.

News often credits a quotation to a role first and names the person right after:
`"Safety comes first," a spokesman said. The spokesman, Rolf Berger, added that ...` or
`"The border is closed," an official said. The official, Omar Said of the interior
ministry, gave no date.` The Wikinews guide takes the speaker's full name as the article
best names it, so the quotation is Rolf Berger's. Only "The <same noun>, <Name>" set off
by a comma, or the noun as the name's title (a wire lede's "A federal judge on Monday
rejected ..., calling it "...". U.S. District Judge Ana Ruiz said"), within a short window
after the quotation counts: a name merely written near ("a spokesman said. Rolf Berger,
the chairman, ...") may be someone else.

Kept apart from ``quote_resolution`` (each speaker read looking back) because this
reads a speaker from the text after it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention, Quote

#: How far after the quotation and its credit the naming may start (about a sentence).
_AFTER_CHARS = 300
#: "a spokesman", "an interior ministry official", "a senior police officer for ...".
_INTRODUCED = re.compile(
    r"(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+)"
    r"(?:\s+(?:for|of|at|from|with|in)\b.*)?", re.DOTALL)
#: Nouns for a person speaking for someone or from a post, who a news text names later.
ROLE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson official officer source aide adviser advisor "
    "lawyer attorney witness representative analyst expert investigator diplomat "
    "judge".split()
)


def named_later(quotes: Sequence[Quote], mentions: Sequence[Mention], text: str) -> list[Quote]:
    """``quotes`` with an unnamed role's direct quotation given the person the text names
    with that role right after it ("... a spokesman said. The spokesman, Rolf Berger,")."""
    people = [m for m in mentions if m.label == "PERSON"]
    starts = [m.start for m in people]
    result = list(quotes)
    for index, quote in enumerate(quotes):
        if quote.kind != "direct" or quote.speaker or not quote.speaker_text:
            continue
        name = _named_after(quote, people, starts, text)
        if name is not None:
            result[index] = replace(quote, speaker=name)
    return result


def _another_introduced(noun: str, text: str, start: int, end: int) -> bool:
    """Tell whether another unnamed ``noun`` is brought in between ``start`` and ``end``
    ("... a fire service spokesman said. The spokesman, Tom Reed,": which spokesman the
    name is, the text does not say)."""
    another = re.compile(rf"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){{0,3}}?{noun}\b")
    return another.search(text, start, end) is not None


def _named_after(
    quote: Quote, people: Sequence[Mention], starts: list[int], text: str
) -> str | None:
    introduced = _INTRODUCED.fullmatch(" ".join(quote.speaker_text.split()))
    if introduced is None or introduced.group("noun") not in ROLE_NOUNS:
        return None
    after = max(quote.end, quote.speaker_end or quote.end)
    noun = introduced.group("noun")
    setting = re.compile(rf"\b[Tt]he\s+{noun},\s+|\b{noun.capitalize()}[ \u00a0]+")
    for match in setting.finditer(text, after, after + _AFTER_CHARS):
        if _another_introduced(noun, text, after, match.start()):
            return None
        index = bisect.bisect_left(starts, match.end())
        if index < len(people) and people[index].start == match.end():
            return people[index].entity
    return None
