"""Which letters an organisation's name may be written as: its acronyms.

Why: an acronym stands for a name when its letters are the name's initials ("UN" for the
United Nations). Canadian and Quebec bodies write them in ways plain initials miss: a name
with lowercase words ("Office québécois de la langue française" is the OQLF), a hyphenated
word giving a letter for each part ("Crown-Indigenous Relations and Northern Affairs
Canada" is CIRNAC), and a local body known by the letters of its kind alone, without the
place or community its full name opens with ("the Mittimatalik Hunters and Trappers
Organization" is "the HTO"). Every form is compared in capitals, as acronyms are written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from workbench.core.letters import CAPITAL
from workbench.nlp.names import is_acronym

Name = TypeVar("Name")
"""A name as a caller keeps it (its tokens, or its text)."""

_NOT_IN_INITIALS = frozenset({"of", "the", "and", "for", "&", "de", "du", "la", "in", "on"})
"""Function words an acronym leaves out ("Bank of England" -> "BE")."""
MIN_KIND_LETTERS = 3
"""A name's letters without its opening word count only from three up: two letters
("BC" of "University of British Columbia") name too many other things."""


def _initialled(tokens: tuple[str, ...]) -> list[str]:
    """The words of a name that give an acronym its letters."""
    return [token for token in tokens if token.lower() not in _NOT_IN_INITIALS
            and token[0].isalpha()]


def initials(tokens: tuple[str, ...]) -> str:
    """Acronym of a multi-word name ('United Nations' -> 'UN'), skipping function words,
    in capitals ('Office québécois de la langue française' -> 'OQLF')."""
    return "".join(token[0] for token in _initialled(tokens)).upper()


def spelt_initials(tokens: tuple[str, ...]) -> str:
    """The initials of a name with each word that is an acronym giving all its letters
    ("US Geological Survey" -> "USGS")."""
    return "".join(token.replace(".", "") if is_acronym(token) else token[0]
                   for token in _initialled(tokens)).upper()


def full_forms(tokens: tuple[str, ...]) -> set[str]:
    """The strings of letters that spell the whole name: its initials, spelt with its
    acronyms, and with each part of a hyphenated word initialled ("CIRNAC")."""
    parts = tuple(part for token in tokens for part in token.split("-") if part)
    return {initials(tokens), spelt_initials(tokens), initials(parts)}


def acronym_forms(tokens: tuple[str, ...]) -> set[str]:
    """Every string of letters the name may be written as: its ``full_forms`` and, from
    three letters up, the initials of the name without its opening word ("HTO")."""
    forms = full_forms(tokens)
    kind = initials(tokens[1:])
    if len(kind) >= MIN_KIND_LETTERS:
        forms.add(kind)
    return forms


def fullest_readers(acronym: str, names: Iterable[Name],
                    tokens: Callable[[Name], tuple[str, ...]]) -> list[Name]:
    """The ``names`` an acronym is read as: those spelling it whole when any does, so
    the Insurance Bureau of Canada, not the Canadian Imperial Bank of Commerce without
    its opening word, is the IBC; the others (a place-dropped reading) only when none does."""
    names = list(names)
    letters = acronym.replace(".", "")
    whole = [name for name in names if letters in full_forms(tokens(name))]
    return whole or names


_OWNED = re.compile(rf"({CAPITAL}[\w.]*)['\u2019]s[ \u00a0]+([A-Z][A-Z&]{{1,9}})\b")
""""The UN's HRC": an acronym a body's possessive owns."""


def acronym_owners(text: str) -> dict[str, set[str]]:
    """Each acronym the text writes after a body's possessive, with its owners."""
    owners: dict[str, set[str]] = {}
    for found in _OWNED.finditer(text):
        owners.setdefault(found.group(2), set()).add(found.group(1).replace(".", ""))
    return owners


def owned_by_another(acronym: str, tokens: tuple[str, ...],
                     owners: dict[str, set[str]]) -> bool:
    """Tell whether a name reads ``acronym`` only without its opening place while the
    text gives the acronym to another body ("the Ontario Human Rights Commission" is no
    HRC in a text writing "The UN's HRC"; "Iqaluit's HTO" stays Iqaluit's)."""
    letters = acronym.replace(".", "")
    others = owners.get(letters, set()) - {tokens[0].replace(".", "")} if tokens else set()
    return bool(others) and letters not in full_forms(tokens)


def stands_for(acronym: str, tokens: tuple[str, ...]) -> bool:
    """Tell whether ``acronym`` ('USGS', 'U.N.') is written from the initials of the name
    ``tokens``; a word of the name that is itself an acronym may give all its letters
    ("US Geological Survey" is the USGS, "U.S. Geological Survey" too)."""
    letters = acronym.replace(".", "")
    if len(tokens) < 2 or not is_acronym(letters):
        return False
    return letters in acronym_forms(tokens)
