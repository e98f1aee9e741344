"""A place's people named in the plural are a group, never a person: "Nova Scotians".

Why: the small model reads "Nova Scotians", "Albertans" or "New Yorkers" as a person's
full name (two capitalised words, or one ending like a surname), and the Entities page
then lists a person "Nova Scotians", whom a later "he" may point to (issue 15). A
capitalised plural ending "-ans", "-ers" or "-ites" whose stem is a state, a province,
a country or a prominent city ("Nova Scotia", "Quebec", "Texas", "Vancouver") is the
people of that place (NORP). A surname shaped alike stays a person: its stem is no such
place ("Evans", "Sanders", "Bowers": "Bow" is a town, but no prominent one), and a bare
surname of a person the text names in full is that person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.nlp.entity_datelines import STATE_ABBREVIATIONS
from workbench.nlp.entity_name_shaped_people import full_name_surnames
from workbench.nlp.gazetteer import lookup, trusted_place

_STATES = frozenset(STATE_ABBREVIATIONS.values())
"""US states and Canadian provinces, whose people the wire names most ("Albertans")."""


def _stems(word: str) -> list[str]:
    """The place names a demonym plural may come from ("Texans" -> "Texas", "Ontarians"
    -> "Ontario", "Quebeckers" -> "Quebec", "Vancouverites" -> "Vancouver")."""
    if word.endswith("ans"):
        stems = [word[:-2], word[:-2] + "s", word[:-3] + "o"]  # Alberta, Texas, Ontario
        if word.endswith("ians"):
            stems += [word[:-4] + "a", word[:-4], word[:-4] + "y", word[:-5]]  # Calgary, Toronto
        return stems
    if word.endswith("ers"):  # Quebeckers, Winnipeggers
        doubled = word.endswith("kers") or word[-4:-3] == word[-5:-4]
        return [word[:-3], word[:-4]] if doubled else [word[:-3]]
    if word.endswith("ites"):
        return [word[:-4]]
    return []


def _known_place(name: str) -> bool:
    """A state, a province, a country or a prominent unambiguous city."""
    place = lookup(name)
    return name in _STATES or trusted_place(name) is not None or (
        place is not None and place.kind == "country")


_GROUP_WORDS = frozenset({"Fellow", "Young", "Older", "Native", "Proud", "Many", "Most"})
"""A capitalised word the model takes into the plural's name ("[Fellow Haligonians]")."""
_UNKNOWN_PLACE_PLURAL = re.compile(r"[A-Z][a-z]{4,}(?:ians|ites)")
"""One word of nine letters or more ending "-ians" or "-ites" ("Haligonians",
"Brooklynites"): a place's people even when the place's name is not its stem or the
gazetteer does not know it; surnames are not shaped so ("Evans", "Sanders" end otherwise)."""


def is_demonym_plural(name: str) -> bool:
    """Tell whether ``name`` names a place's people in the plural ("Nova Scotians",
    "Fellow Haligonians")."""
    words = name.split()
    if len(words) > 1 and words[0] in _GROUP_WORDS:
        words = words[1:]
        name = " ".join(words)
    if not words or not all(w[:1].isupper() for w in words) or len(words) > 3:  # noqa: PLR2004
        return False
    if len(words) == 1 and _UNKNOWN_PLACE_PLURAL.fullmatch(name):
        return True
    return any(_known_place(stem) for stem in _stems(name))


def without_demonym_people(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each person named like a place's people ("[Nova Scotians]" read
    as a person) a group (NORP), unless it is the bare surname of a person named in full
    ("Jim Bowers ... Bowers said")."""
    surnames = full_name_surnames(mentions)
    result = []
    for mention in mentions:
        if (mention.field == "text" and mention.label == "PERSON"
                and mention.text not in surnames and is_demonym_plural(mention.text)):
            mention = replace(mention, label="NORP")
        result.append(mention)
    return result


_GROUP_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def without_group_words(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with a capitalised group word cut off a place's people ("[Fellow
    Haligonians]" is "Fellow [Haligonians]", NORP).

    Why: the model takes a sentence's opening "Fellow" or "Many" into the plural and calls
    it a person or an organisation; the group is the place's people, and the Entities page
    would otherwise list "Fellow Haligonians" apart from "Haligonians". Runs before names
    are joined, so the cut plural joins the others."""
    result = []
    for mention in mentions:
        first, _, rest = mention.text.partition(" ")
        if (mention.field == "text" and mention.label in _GROUP_LABELS
                and first in _GROUP_WORDS and rest and is_demonym_plural(rest)):
            start = mention.end - len(rest)
            if text[start:mention.end] == rest:
                mention = replace(mention, start=start, text=rest, entity=rest, label="NORP")
        result.append(mention)
    return result
