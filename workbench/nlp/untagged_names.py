"""A surname-only person is the full name the text wrote untagged before it.

Why: the small model often misses a person's first, fullest mention ("Italian artist
Maurizio Cattelan", "Theresa May" read as a month) and tags only a later "Cattelan" or
"Mrs May". The entity then carries the bare surname, the reader lists "Cattelan", and
a quote by "Cattelan" cannot be matched with a quote by "Maurizio Cattelan". The full
name is in the text; ``full_name_before`` finds it with the guards speakers use (given
names the text never writes in lowercase, no sentence opener taken for a given name).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.nlp.gazetteer import lookup
from workbench.nlp.names import is_honorific, lowercase_words, strip_honorifics
from workbench.nlp.speaker_full_names import full_name_before

#: How far before a surname's first mention its full name is looked for: bounded so a
#: huge text with thousands of surnames is not rescanned from its start for each.
LOOK_BACK_CHARS = 8_000


_SURNAME_LABELS = frozenset({"PERSON", "NORP", "GPE"})
"""Labels a lone surname comes with: a person, or a nationality the small model reads in a
foreign surname ("Klitschko" after a lead line "7 July 2012 Wladimir Klitschko stopped",
where the stamp before it hid the full name from the model), or a place no gazetteer
knows ("Bérubé told" after "Parti Québécois MNA Pascal Bérubé", all of it untagged)."""
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch", "er", "s")
"""How nationality words end ("American", "Chinese", "Danish", "Iraqi", "Nordic",
"French", "New Yorker", "Swiss"): such a NORP is no surname ("Latin American")."""


def _may_be_surname(mention: Mention) -> bool:
    """Tell whether a lone name may be a surname: any PERSON, a NORP not shaped like a
    nationality word, a GPE the gazetteer does not know."""
    if mention.label == "GPE":
        return lookup(mention.entity) is None
    return mention.label == "PERSON" or not mention.entity.lower().endswith(_DEMONYM_ENDINGS)


def _untagged_person_name(full: str, text: str, mentions: Sequence[Mention]) -> bool:
    """Tell whether a full name found for a NORP word is a person's: a given name and a
    surname, letters only, that the model tagged nowhere (in "Punta Ventana" it tagged
    "Punta" a place; "Tanzanian-born ex-Muslim" is no name)."""
    words = full.split()
    if len(words) != 2 or not all(word.replace("'", "").isalpha() for word in words):  # noqa: PLR2004
        return False
    start = text.find(full)
    return start >= 0 and not any(m.start < start + len(full) and start < m.end
                                  for m in mentions if m.field == "text")


def _describes(full: str) -> bool:
    """Tell whether a found "full name" opens with an age joined by hyphens, its later
    parts in lowercase ("Fourteen-year-old Zoe", "Two-month-old Ada"): no given name. A
    given name has one hyphen at most, its second part lowercase too in many Korean
    names ("Shin-soo Choo", "Ji-sung"), and keeps "Jean-Luc", "al-Assad" as they are."""
    return any(word.count("-") > 1 and any(part[:1].islower() for part in word.split("-")[1:])
               for word in full.split())


def with_untagged_full_names(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Rename one-word PERSON entities (and surname-shaped NORP ones, then people) to the
    full name written before their first mention (or in it: "Maurizio Cattelan" where the
    model tagged only "Cattelan"); a title is no given name ("Mrs May" stays "May") and
    no surname either ("The President said" is not "Former Vice President")."""
    first: dict[str, Mention] = {}
    for mention in mentions:
        if (mention.label in _SURNAME_LABELS and mention.field == "text"
                and " " not in mention.entity and _may_be_surname(mention)
                and not is_honorific(mention.entity)):
            first.setdefault(mention.entity, mention)
    if not first:
        return list(mentions)
    lowercase = lowercase_words(text)
    renamed: dict[str, str] = {}
    for entity, mention in first.items():
        window = text[max(0, mention.start - LOOK_BACK_CHARS) : mention.end]
        full = full_name_before(window, entity, lowercase)
        if (full is None or len(strip_honorifics(tuple(full.split()))) < 2  # noqa: PLR2004
                or _describes(full)):
            continue
        if mention.label == "PERSON" or _untagged_person_name(full, text, mentions):
            renamed[entity] = full
    return [
        replace(m, entity=renamed[m.entity], label="PERSON")
        if m.label in _SURNAME_LABELS and m.entity in renamed else m
        for m in mentions
    ]
