"""Places named with a possessive ("Hawke's Bay", "Martha's Vineyard", "St John's
Wood"): one place, not a person and a facility.

Why: the small model reads the word before "'s" as a person and the landform after it as
a separate name, so a story about floods in Hawke's Bay listed a person "Hawke" and a
facility "Bay". A capitalised word, "'s" and a capitalised landform noun are one place
name in news: nobody writes "Smith's Bay" of a person's bay with a capital B.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.nlp.names import canonical_name
from workbench.nlp.whole_names import in_place_of_pieces

_LANDFORMS = (
    "Bay|Bays|Island|Islands|Isle|Point|Creek|Harbour|Harbor|Cove|Landing|Vineyard|"
    "Reef|Peak|Sound|Inlet|Falls|Wood|Gulch|Hollow|Ferry|Bluff|Lagoon|Marsh|Gap"
)
"""Landforms named after someone; not "Head" or "End", which name a post or a close as
often ("Google's Head of Research", "the Fed's End of Year report")."""
_POSSESSIVE = re.compile(
    rf"(?:(?:St\.?|Saint)[ \u00a0]+)?{CAPITAL}[\w-]*['\u2019]s[ \u00a0]+(?:{_LANDFORMS})\b"
)
_BEFORE = 30
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})


def possessive_places(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Name-like mentions inside a possessive place name replaced by one LOC mention over
    the whole name (the model's GPE kept when it read the whole name as one)."""
    places: dict[tuple[int, int], Mention] = {}
    for mention in mentions:
        if mention.field == "text" and mention.label in _NAME_LABELS:
            found = _place_around(mention, text)
            if found is not None and found not in places:
                name = text[found[0]:found[1]]
                places[found] = replace(mention, start=found[0], end=found[1], text=name,
                                        label=_label(mention, found),
                                        entity=canonical_name(name))
    return in_place_of_pieces(mentions, list(places.values())) if places else list(mentions)


def _place_around(mention: Mention, text: str) -> tuple[int, int] | None:
    """(start, end) of the possessive place name a mention is part of, if any."""
    if not _near_possessive(mention, text):
        return None
    start = max(0, mention.start - _BEFORE)
    for found in _POSSESSIVE.finditer(text, start, min(len(text), mention.end + _BEFORE)):
        if found.start() < mention.end and mention.start < found.end():
            return found.start(), found.end()
    return None


def _near_possessive(mention: Mention, text: str) -> bool:
    """Tell cheaply whether an "'s" is inside a mention or right next to it (most are
    not: the pattern is then never run)."""
    around = text[max(0, mention.start - 30):mention.end + 3]
    return "'s" in around or "\u2019s" in around


def _label(mention: Mention, span: tuple[int, int]) -> str:
    """GPE when the model read the whole name as a GPE, else LOC."""
    whole = mention.start == span[0] and mention.end == span[1]
    return "GPE" if whole and mention.label == "GPE" else "LOC"
