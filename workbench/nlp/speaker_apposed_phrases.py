"""A speaker phrase the text wrote earlier with a name in apposition ("his mother, Carol,"
... "his mother said") is the person that name is.

Why: news introduces a relative, a lawyer or an aide once with the name set off by commas
("Jordan Blake, 19, and his mother, Carol, were inside") and then quotes the phrase alone
("…," his mother said). The phrase names nobody, so the quote kept it as speaker text with
no entity, though the text said who it is. Only the very same phrase, followed by a comma
and a person's mention, in the passage before the quote, and never the phrase after "for"
or "of": there it completes another noun, whose name it may be ("a spokesman for the
mayor, Jim Reid, said").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from workbench.core.models import Mention

#: The passage the phrase is looked for in (about two paragraphs).
MAX_APPOSITION_DISTANCE = 1500
#: A phrase of a determiner or possessive and one to three lowercase words: "his mother",
#: "the family's lawyer", "her longtime partner". A name never needs this rule.
_PHRASE = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)(?:[ \u00a0]+[a-z][\w'\u2019-]*){1,3}")
#: The comma and the space after the speaker phrase itself, before the name it sets off.
_COMMA_AND_SPACE = 2
#: "for" or "of" right before the phrase: it completes the noun before it.
_COMPLEMENT_BEFORE = re.compile(r"\b(?:for|of)[ \u00a0]+$", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _written_before_comma(words: tuple[str, ...]) -> re.Pattern[str]:
    """The phrase's words written before a comma, its first word in any case ("His
    mother, "), compiled once per process: the same few phrases ("the spokesman", "his
    wife") come back in document after document, while ``re``'s own cache of compiled
    patterns is overrun by the names and phrases read in between."""
    return re.compile(
        rf"\b(?i:{re.escape(words[0])})[ \u00a0]+" + r"[ \u00a0]+".join(map(re.escape, words[1:]))
        + r",[ \u00a0]*"
    )


def apposed_person(
    phrase: str, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """The person named in commas right after the same ``phrase`` earlier in its passage,
    or right after the phrase itself (``mentions`` sorted by start), else None."""
    phrase = phrase.strip()
    if not _PHRASE.fullmatch(phrase):
        return None
    written = _written_before_comma(tuple(phrase.split()))
    found = None
    # up to the phrase itself: "The mayor, Lina Park, said" names the speaker right there
    end = start + len(phrase) + _COMMA_AND_SPACE
    for match in written.finditer(text, max(0, start - MAX_APPOSITION_DISTANCE), end):
        if _COMPLEMENT_BEFORE.search(text, max(0, match.start() - 5), match.start()):
            continue
        # by key, not a list of starts: that list cost every mention of the text per quote
        index = bisect.bisect_left(mentions, match.end(), key=lambda m: m.start)
        if index < len(mentions) and mentions[index].start == match.end():
            mention = mentions[index]
            if mention.label == "PERSON" and text.startswith(",", mention.end):
                found = mention
    return found
