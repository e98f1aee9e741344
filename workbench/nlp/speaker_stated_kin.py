"""A relative speaking as "her daughter" or "his wife": the one person the text itself
names in that tie.

Why apart from ``speaker_kin_named_after`` (a relative named by the next quotation): a
news report states a family tie once, by name ("Kathina Thomas' mother Shondell
McAllister", "she lay her daughter, Kathina Thomas, on the sidewalk") and elsewhere lets
the tie alone stand for the person ("her daughter cried out "..."", "her mother told
her"). The kind, stated generally: a speaker written as a possessive pronoun and a kin
noun is the one person the document names in that tie; a tie read backwards counts too
("X's mother Y" makes X a child). When the text names two people in one tie (two sons),
it does not say which spoke, and the speaker stays the phrase.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention, Quote

#: Kin nouns and the tie they name; the second word is the tie read backwards.
_TIES = {
    "mother": ("parent", "child"), "father": ("parent", "child"),
    "daughter": ("child", "parent"), "son": ("child", "parent"),
    "wife": ("spouse", "spouse"), "husband": ("spouse", "spouse"),
    "sister": ("sibling", "sibling"), "brother": ("sibling", "sibling"),
}
#: The gender a kin noun gives its person (None where the noun is read backwards).
_FEMALE = frozenset(("mother", "daughter", "wife", "sister"))
_KIN = "|".join(_TIES)
#: Right before a name: "her daughter, " / "Kathina Thomas' mother " / "his wife ".
_TIE_BEFORE = re.compile(
    rf"(?:\b(?:her|his|their)|(?P<owner_end>['\u2019]s?))[ \u00a0]+(?P<kin>{_KIN})"
    r"[ \u00a0]*,?[ \u00a0]*$"
)
#: A speaker phrase that is a tie alone: "her daughter", "His wife".
_SPEAKER_TIE = re.compile(rf"(?:her|his|their)[ \u00a0]+(?P<kin>{_KIN})", re.IGNORECASE)
_LOOK_BEFORE = 40


def stated_ties(mentions: Sequence[Mention], text: str) -> dict[str, set[tuple[str, str]]]:
    """For each tie ("child", "parent", ...), the (entity, gender) pairs the text names in
    it; gender "f", "m" or "" where the kin noun does not give it."""
    people = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.start)
    ends = {m.end: m for m in people}
    ties: defaultdict[str, set[tuple[str, str]]] = defaultdict(set)
    for person in people:
        before = text[max(0, person.start - _LOOK_BEFORE) : person.start]
        found = _TIE_BEFORE.search(before)
        if found is None:
            continue
        kin = found.group("kin")
        tie, backwards = _TIES[kin]
        ties[tie].add((person.entity, "f" if kin in _FEMALE else "m"))
        if found.group("owner_end"):
            offset = person.start - len(before)
            # The model's mention may end before the possessive mark or take it in.
            owner = ends.get(offset + found.start("owner_end")) or ends.get(
                offset + found.end("owner_end")
            )
            if owner is not None and owner.entity != person.entity:
                ties[backwards].add((_without_possessive(owner.entity), ""))
    return ties


def _without_possessive(name: str) -> str:
    """ "Kathina Thomas'" (a mention that took in its possessive mark) is "Kathina Thomas"."""
    return re.sub(r"['\u2019]s?$", "", name)


def kin_speaker(speaker_text: str, ties: dict[str, set[tuple[str, str]]]) -> str | None:
    """The one person named in the tie a speaker phrase like "her daughter" is, else None."""
    found = _SPEAKER_TIE.fullmatch(speaker_text.strip())
    if found is None:
        return None
    kin = found.group("kin").lower()
    gender = "f" if kin in _FEMALE else "m"
    named = {entity for entity, said in ties.get(_TIES[kin][0], ()) if said in ("", gender)}
    return named.pop() if len(named) == 1 else None


def stated_kin_speakers(
    quotes: Sequence[Quote], mentions: Sequence[Mention], text: str
) -> list[Quote]:
    """``quotes`` with each unresolved direct speaker written as a tie ("her daughter")
    given the one person the text names in that tie."""
    if not any(_unresolved_tie(q) for q in quotes):
        return list(quotes)
    ties = stated_ties(mentions, text)
    result = []
    for quote in quotes:
        named = kin_speaker(quote.speaker_text or "", ties) if _unresolved_tie(quote) else None
        result.append(replace(quote, speaker=named) if named else quote)
    return result


def _unresolved_tie(quote: Quote) -> bool:
    return (
        quote.kind == "direct"
        and not quote.speaker
        and _SPEAKER_TIE.fullmatch((quote.speaker_text or "").strip()) is not None
    )
