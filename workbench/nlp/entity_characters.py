"""Characters named with a rank ("Captain America", "Miss Piggy") kept whole.

Why: the small model leaves a title out of a person's span, which is right for "Captain
Sam Reid", but a comic, film or brand character is named by its rank and one word, and
the word alone is often a place or a common word: "Captain [America]" became a person
called "America", so the library held America as a place in one article and a person in
the next (issue 15). A real captain or doctor is written in full somewhere ("Captain Sam
Reid" ... "Reid said") and speaks; a character's word is never the end or start of a
person's full name in the text and never stands before a verb of saying. Only the
full-word ranks characters are named by count; "Capt." or "Dr." before a lone surname is
a real person's title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention

_CHARACTER_RANK = re.compile(r"\b(?:Captain|Miss|Mister|Doctor)[ \u00a0]+$")
"""A full-word rank right before the mention, as characters are named ("Captain Marvel")."""
_SPEAKS = re.compile(r"(?:['\u2019]s)?,?[ \u00a0]+(?:said|says|told|added|asked|wrote)\b")
"""A verb of saying after a mention: a person who speaks, not a character's name."""


def _people_words(mentions: Sequence[Mention]) -> set[str]:
    """First and last words of the full names of people the text writes."""
    words = set()
    for mention in mentions:
        tokens = mention.text.split()
        if mention.label == "PERSON" and len(tokens) > 1:
            words |= {tokens[0], tokens[-1]}
    return words


def _speaking(mentions: Sequence[Mention], text: str) -> set[str]:
    """Words of one-word mentions that stand before a verb of saying somewhere."""
    return {m.text for m in mentions if _SPEAKS.match(text, m.end)}


def _candidate(mention: Mention) -> bool:
    """A one-word capitalised person in the body: what a character's word is read as."""
    return (mention.field == "text" and mention.label == "PERSON"
            and " " not in mention.text and mention.text[:1].isupper())


def with_character_ranks(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each one-word person after a character's rank ("Captain
    [America]") widened to the whole name, rank included, unless the text writes the
    word in a person's full name or lets it speak."""
    if not any(_candidate(m) for m in mentions):
        return list(mentions)
    excluded = _people_words(mentions) | _speaking(mentions, text)
    result = []
    for mention in mentions:
        rank = (_CHARACTER_RANK.search(text, max(0, mention.start - 10), mention.start)
                if _candidate(mention) and mention.text not in excluded else None)
        if rank is not None:
            name = text[rank.start():mention.end]
            mention = replace(mention, start=rank.start(), text=name, entity=name)
        result.append(mention)
    return result
