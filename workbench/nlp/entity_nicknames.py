"""A person written with a quoted nickname ("Matiu "Matt" Ratana", "Earvin 'Magic'
Johnson"): one person, named as written.

Why: the small model stops a name at the opening quote mark or takes the nickname as the
surname, so the analyst saw a person "Matiu Matt" (with a stray quote mark in its alias)
and the surname, written alone later, as a place. The whole written name is one mention
and names the entity, as the model's own whole-name reading ('Robert "Bobby" Kane') does;
the surname or given name alone later is that person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.nlp.names import canonical_name
from workbench.nlp.whole_names import in_place_of_pieces

_WORD = rf"{CAPITAL}[\w\u2019'-]*"
_NICKNAMED = re.compile(
    rf"(?P<given>{_WORD})[ \u00a0]+(?P<open>[\"\u201c'\u2018])(?P<nick>{_WORD}"
    rf"(?:[ \u00a0]{_WORD})?)[\"\u201d'\u2019][ \u00a0]+(?P<surname>{_WORD}(?:[ \u00a0]+{_WORD})?)"
)
"""Given name, a nickname in quote marks (one or two capitalised words), surname."""
_CLOSES = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019"}
_WINDOW = 40
_NOT_GIVEN_NAMES = frozenset({"The", "A", "An", "This", "That", "Our", "Their", "His", "Her",
                              "Its", "Operation", "Project", "Mr", "Ms", "Mrs", "Dr"})
"""Capitalised words before a quoted word that are no given name ("The 'Big' Apple")."""
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})


def nicknamed_people(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Mentions overlapping a "Given "Nick" Surname" name replaced by one person over
    the whole name, named as written; a later mention of the surname alone or
    the given name alone that the model labelled otherwise becomes that person."""
    people: dict[tuple[int, int], re.Match[str]] = {}
    for mention in mentions:
        found = _nicknamed_around(mention, text) if mention.field == "text" else None
        if found is not None:
            people[(found.start(), found.end())] = found
    if not people:
        return list(mentions)
    merged = [
        Mention(start, end, text[start:end], "PERSON", canonical_name(text[start:end]))
        for start, end in people
    ]
    parts = _name_parts(people.values())
    return in_place_of_pieces(mentions, merged, lambda mention: _as_person(mention, parts))


def _nicknamed_around(mention: Mention, text: str) -> re.Match[str] | None:
    """The nicknamed name a name-like mention is part of, if any."""
    if mention.label != "PERSON":
        return None
    window_start = max(0, mention.start - _WINDOW)
    window = text[window_start:mention.end + _WINDOW]
    if not any(mark in window for mark in _CLOSES):
        return None
    for found in _NICKNAMED.finditer(text, window_start, min(len(text), mention.end + _WINDOW)):
        close = text[found.end("nick")]
        if _CLOSES[found["open"]] != close:
            continue
        if found["given"] in _NOT_GIVEN_NAMES:
            continue
        if found.start() < mention.end and mention.start < found.end():
            return found
    return None


def _name_parts(names: Iterable[re.Match[str]]) -> dict[str, str]:
    """Each nicknamed person's surname and given name -> the person."""
    parts: dict[str, str] = {}
    for name in names:
        person = canonical_name(name.group())
        parts.setdefault(name["surname"], person)
        parts.setdefault(name["given"], person)
    return parts


def _as_person(mention: Mention, parts: dict[str, str]) -> Mention:
    """A lone surname or given name of a nicknamed person as that person."""
    if mention.field == "text" and mention.label in _NAME_LABELS and mention.text in parts:
        return replace(mention, label="PERSON", entity=parts[mention.text])
    return mention
