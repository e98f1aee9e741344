"""A relative named by a given name alone takes the family's surname: "Kowalski's husband,
Stefan" speaks as Stefan Kowalski.

Why: news names a relative of someone it has named in full by the given name alone ("his
daughter Clare", "Kowalski's husband, Stefan") and then quotes them ("...," Stefan said),
so the canonical speaker was the bare given name, which groups with every other Stefan
and names nobody a reader can place. The Wikinews guide names such a speaker as the
family does (given name and the relative's surname). Read only where the text states the
tie right before the one-word person mention: a possessive name ("Kowalski's") is that
person's relative; "his"/"her"/"their" the relative of the nearest person named in full
just before (within ``_OWNER_CHARS``), who must be the only one named in full there.
Only PERSON mentions are read, never the whole text, so the cost is the people named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.models import Mention
from workbench.nlp.names import name_tokens
from workbench.nlp.resolution import without_generation

_KIN = (
    "wife|husband|son|daughter|brother|sister|mother|father|widow|widower|twin|"
    "grandson|granddaughter|grandmother|grandfather|stepson|stepdaughter|nephew|niece"
)
#: Right before a given name: "Kowalski's husband, " / "His daughter " / "her son, ".
_TIE_BEFORE = re.compile(
    rf"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<owner_end>['\u2019]s?))[ \u00a0]+"
    rf"(?:(?:eldest|oldest|youngest|younger|older|elder|late|twin)[ \u00a0]+)?(?:{_KIN})"
    r"[ \u00a0]*,?[ \u00a0]*$"
)
_LOOK_BEFORE = 48
#: How far back a "his"/"her" looks for the person named in full it belongs to.
_OWNER_CHARS = 300
_FULL_NAME = 2


def kin_full_names(persons: Sequence[Mention], text: str) -> dict[str, str]:
    """For each one-word person entity the text introduces as a relative of someone named
    in full, that given name with the relative's surname ("Stefan" -> "Stefan Kowalski");
    a given name introduced so in two families is left out."""
    people = sorted(persons, key=lambda m: m.start)
    ends = {m.end: m for m in people}
    found: dict[str, set[str]] = {}
    for index, person in enumerate(people):
        if len(name_tokens(person.entity)) != 1 or person.text != person.entity:
            continue
        before = text[max(0, person.start - _LOOK_BEFORE) : person.start]
        tie = _TIE_BEFORE.search(before)
        if tie is None:
            continue
        tie_start = person.start - len(before) + tie.start()
        if tie.group("owner_end"):
            owner = ends.get(tie_start) or ends.get(tie_start + len(tie.group("owner_end")))
            owners = [owner] if owner is not None else []
        else:
            owners = _named_in_full_before(people[:index], tie_start)
        surnames = {_surname(o.entity) for o in owners if len(name_tokens(o.entity)) >= _FULL_NAME}
        if len(surnames) == 1:
            found.setdefault(person.entity, set()).add(f"{person.entity} {surnames.pop()}")
    return {given: next(iter(names)) for given, names in found.items() if len(names) == 1}


def _named_in_full_before(earlier: Sequence[Mention], at: int) -> list[Mention]:
    """The people named in full in the ``_OWNER_CHARS`` before ``at`` (their mentions'
    entities, so a later "Reese" counts as Jonathan Reese)."""
    near = [m for m in earlier if at - _OWNER_CHARS <= m.start < at]
    entities = {m.entity for m in near if len(name_tokens(m.entity)) >= _FULL_NAME}
    return [m for m in near if m.entity in entities][-1:] if len(entities) == 1 else []


def _surname(name: str) -> str:
    """The last word of a full name, a generation ("Jr.") aside."""
    tokens = without_generation(tuple(name_tokens(name)))
    return tokens[-1]
