"""Organisations named after a place: clubs and airlines ("Real Madrid", "Air China",
"Leeds United", "Bayern Munich").

Why: the small model reads the place inside such a name and keeps only it ("Real
[Madrid]", "Air [China]", both places), or reads the whole name as the place ("[Bayern
Munich]" a location). The analyst then finds a club's goals and an airline's orders under
the city and the country. The word before or after the place says it is an organisation:
news writes no town or country after "Real", "Atlético", "Inter" or "Air", and none before
"United", "Athletic", "Albion" or "Hotspur" ("Manchester United" is a club, never a place).
The place must be one the gazetteer knows, so a person ("Inter Nolan") or a product is
never read so. "City" is left out: "Mexico City", "Davao City" are places.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.nlp.gazetteer import lookup
from workbench.nlp.names import canonical_name

PLACE_PREFIXES = frozenset(
    "Real Atlético Atletico Inter AC FC Sporting Olympique Dynamo Dinamo Borussia Bayern "
    "Air".split())
"""Words that open a club's or an airline's name before its place ("Air India")."""
CLUB_HEADS = frozenset("United Athletic Albion Hotspur FC AFC".split())
"""Words that end a club's name after its place ("Leeds United", "Wigan Athletic")."""
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
"""What the model reads the place inside the name as."""


def named_after_place(tokens: tuple[str, ...]) -> bool:
    """Tell whether a name is a club's or an airline's: a prefix or a club's head word
    around a place the gazetteer knows ("Real Madrid", "Air China", "Leeds United")."""
    if len(tokens) < 2:  # noqa: PLR2004 - a prefix or a head needs its place
        return False
    if tokens[0] in PLACE_PREFIXES:
        return lookup(" ".join(tokens[1:])) is not None
    return tokens[-1] in CLUB_HEADS and lookup(" ".join(tokens[:-1])) is not None


def _prefix_before(mention: Mention, text: str) -> int | None:
    """Where the prefix one space before a place mention starts ("Real [Madrid]"), or
    None. The prefix is a whole word: "Surreal Madrid" has none."""
    for prefix in PLACE_PREFIXES:
        start = mention.start - len(prefix) - 1
        if (start >= 0 and text.startswith(prefix, start) and text[mention.start - 1] == " "
                and (start == 0 or not text[start - 1].isalnum())):
            return start
    return None


def joined_place_prefixes(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """A place the model kept without its club's or airline's prefix ("Real [Madrid]",
    "Air [China]"), joined to it as one organisation; the prefix tagged alone before it
    ("[Real] [Madrid]") is left out, as it is the same name's word."""
    joined: list[Mention] = []
    opened: set[int] = set()
    for mention in mentions:
        start = (_prefix_before(mention, text)
                 if mention.field == "text" and mention.label in _PLACE_LABELS
                 and lookup(mention.text) is not None else None)
        if start is None:
            joined.append(mention)
            continue
        surface = text[start:mention.end]
        joined.append(replace(mention, start=start, text=surface, label="ORG",
                              entity=canonical_name(surface)))
        opened.add(start)
    return [m for m in joined if not (m.field == "text" and m.start in opened
                                      and m.text in PLACE_PREFIXES)]
