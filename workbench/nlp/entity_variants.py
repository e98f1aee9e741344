"""One entity for one thing's spellings: a nationality and its plural, a city and its forms.

Why: an analyst reading the Entities page found "American" and "Americans" as two
groups, and "Washington", "Washington D.C." and "DC" as three places. A nationality
word's plural names the same group, so it takes the singular's name. The district is
written "Washington, D.C.", "Washington D.C.", "D.C." or "DC": a place mention so
spelled is that one city. "Washington" alone may be the state or a person, so it joins
the city only when the document's own text writes the city's full form
("Washington, D.C."); where the text writes the district's full form right after it,
"Washington" is the district whatever the model called it (a person "Washington" there
became George Washington in an article that also names the president). A fragment the
model cut from a longer name ("COVI" of "COVID-19", a mention ending inside a word) names
nothing and is dropped. An acronym the text defines for a longer name ("the Iranian
Revolutionary Guard Corps (IRGC)") is that name's entity and label in every mention,
whatever the model read elsewhere ("the IRGC" tagged as a place).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.nlp.acronym_letters import stands_for
from workbench.nlp.names import is_acronym, name_tokens

_PLURAL_ENDINGS = ("ans", "is", "ers", "ats", "ists", "ics")
"""Plural endings of nationality and group words: "Americans", "Israelis", "Democrats"."""
_PLACE = frozenset({"GPE", "LOC", "FAC"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT",
                          "WORK_OF_ART"})
_DISTRICT = "Washington, D.C."
DISTRICT_LETTERS = r"D\.\s?C\.?|DC"
"""The district's letters, "D.C.", "D. C.", "DC"."""
_DISTRICT_FORMS = re.compile(rf"(?:Washington,?\s+)?(?:{DISTRICT_LETTERS})")
_DISTRICT_AFTER = re.compile(r",?\s+(?:D\.\s?C\.|DC\b)")
"""What follows "Washington" when the text spells the district in full: ", D.C.", " DC"."""
_DISTRICT_IN_TEXT = re.compile(r"\bWashington" + _DISTRICT_AFTER.pattern)
_CITY_READINGS = _PLACE | {"PERSON", "ORG"}
_MIN_FRAGMENT = 2
_CODE = re.compile(r"[A-Za-z]{3,}(?:-[A-Za-z]+)*-\d{1,2}")
"""A coded name, "COVID-19", "SARS-CoV-2", whose opening letters a fragment may be."""


def _singular(name: str) -> str | None:
    """A nationality plural's singular ("Americans" -> "American"), or None."""
    if " " in name or not name.endswith("s") or name.endswith("ss"):
        return None
    if not name.endswith(_PLURAL_ENDINGS):
        return None
    return name[:-1]


def singular_groups(mentions: Sequence[Mention]) -> list[Mention]:
    """Name a nationality's plural ("Americans") by its singular, one group entity.

    Only group words (NORP) whose plural drops a final "s": "Chinese" and "Swiss" are
    their own plurals, and a one-word name is all it may be ("Young Republicans" is an
    organisation's name, kept).
    """
    result = []
    for mention in mentions:
        single = _singular(mention.entity) if mention.label == "NORP" else None
        result.append(mention if single is None else replace(mention, entity=single))
    return result


def _district_form(mention: Mention) -> bool:
    return mention.label in _PLACE and _DISTRICT_FORMS.fullmatch(mention.text) is not None


def one_district(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Name every spelling of the District of Columbia "Washington, D.C.".

    "D.C." and "DC" as a place are the district wherever they stand; "Washington" as a
    place joins it only where the text itself writes "Washington, D.C." (else it may be
    the state).
    """
    city_named = "Washington" in text and _DISTRICT_IN_TEXT.search(text) is not None
    result = []
    for mention in mentions:
        if _spelled_in_full(mention, text):
            result.append(replace(mention, label="GPE", entity=_DISTRICT))
            continue
        joins = _district_form(mention) or (
            city_named and mention.label in _PLACE and mention.entity == "Washington")
        if mention.entity == _DISTRICT and mention.label != "GPE":
            joins = True  # a vote over the district's mentions may have made it a person
        result.append(replace(mention, label="GPE", entity=_DISTRICT) if joins else mention)
    return result


def _spelled_in_full(mention: Mention, text: str) -> bool:
    """True for a body "Washington" (read as a place, person or body) right before ", D.C."."""
    return (mention.field == "text" and mention.text == "Washington"
            and mention.label in _CITY_READINGS
            and _DISTRICT_AFTER.match(text, mention.end) is not None)


def _cut_inside_word(mention: Mention, text: str) -> bool:
    """True when the mention ends in the middle of a word ("[COVI]D", "[Globalc]orp").

    A change of case is a seam between two glued words ("Jo Marchuk|Image: photo"),
    where a cut is right.
    """
    if mention.end >= len(text) or mention.end == 0:
        return False
    last, following = text[mention.end - 1], text[mention.end]
    return (last.isalpha() and following.isalpha() and last.isupper() == following.isupper()
            ) or (last.isdigit() and following.isdigit())


def _prefix_of_longer(mention: Mention, longer: Sequence[str]) -> bool:
    """True for a one-word name that is the start of the letters of a coded name the
    document writes, cut inside them ("COVI" of "COVID-19": the next letter a capital)."""
    word = mention.text
    if len(word) < _MIN_FRAGMENT or not word.isupper() or not word.isalpha():
        return False
    for name in longer:
        rest = name[len(word):]
        if name.startswith(word) and rest[:1].isupper() and rest[:1].isalpha():
            return True
    return False


def without_fragments(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Drop name fragments: a mention cut inside a word, or the capitals that begin a
    longer coded name of the same document ("COVI" beside "COVID-19")."""
    words = {m.text.split("-", 1)[0] for m in mentions if _CODE.fullmatch(m.text)}
    result = []
    for mention in mentions:
        if mention.label in _NAME_LABELS and mention.field == "text" and (
                _cut_inside_word(mention, text) or _prefix_of_longer(
                    mention, [w for w in words if w != mention.text])):
            continue
        result.append(mention)
    return result


def defined_acronyms(mentions: Sequence[Mention]) -> list[Mention]:
    """Every mention of an acronym the text resolved to the one longer name it stands
    for ("IRGC" -> "Iranian Revolutionary Guard Corps") named and labelled as that name;
    an acronym resolved to two names is left as it is."""
    owners: dict[str, set[tuple[str, str]]] = {}
    for mention in mentions:
        if (mention.field == "text" and mention.label in _NAME_LABELS
                and is_acronym(mention.text) and mention.entity != mention.text
                and stands_for(mention.text, name_tokens(mention.entity))):
            owners.setdefault(mention.text, set()).add((mention.entity, mention.label))
    known = {acronym: next(iter(found)) for acronym, found in owners.items() if len(found) == 1}
    return [replace(m, entity=known[m.text][0], label=known[m.text][1])
            if m.field == "text" and m.text in known and m.label in _NAME_LABELS else m
            for m in mentions]


def joined_variants(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """One entity per thing: plurals of groups, the district's spellings, a defined
    acronym's mentions; no fragments."""
    return defined_acronyms(
        one_district(singular_groups(without_fragments(mentions, text)), text))
