"""Ships named with their prefix ("HMS Queen Elizabeth", "MV Stena Adventurer", "USS
Carney"): one vessel (PRODUCT, the model's label for vehicles), not a person.

Why: a ship is named after a person or reads like one, and the small model tags the words
after the prefix as a person ("HMS Queen [Elizabeth]", "MV [Stena Adventurer]") or the
prefixed name as a product in one sentence and a person in the next ("USS Carney"). The
analyst then finds the Queen, or a "Stena Adventurer", among the people of a story about a
ferry running aground. News writes these prefixes only before a ship's name, so the
prefix and the capitalised words after it are the ship; the name written again without
its prefix ("the Queen Elizabeth will sail", "The Constitution is the oldest", which the
model reads as a law) is the same ship.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.nlp.names import canonical_name
from workbench.nlp.sentence_starts import at_sentence_start

_PREFIX = r"(?:HMS|HMAS|HMCS|HMNZS|USS|USNS|USCGC|RMS|MV)"
"""Prefixes written only before a ship's name (not "MS" or "MT": Microsoft, Montana)."""
_WORD = rf"(?:[A-Z]\.|{CAPITAL}[\w'\u2019-]*)"
_NAME = re.compile(rf"{_WORD}(?:[ \u00a0]+{_WORD}){{0,3}}")
"""The ship's name after its prefix: one to four capitalised words or initials ("Gerald
R. Ford"), up to the first lower-case word."""
_PREFIX_BEFORE = re.compile(rf"\b{_PREFIX}[ \u00a0]+(?P<words>(?:{_WORD}[ \u00a0]+){{0,2}})$")
"""A prefix before a mention, with the name's first words the model left out ("HMS Queen
[Elizabeth]")."""
_PREFIX_OPENING = re.compile(rf"(?:[Tt]he[ \u00a0]+)?(?P<prefix>{_PREFIX})[ \u00a0]+")
_THE_BEFORE = re.compile(r"(?<!\w)[Tt][Hh][Ee][ \u00a0]+$")
_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})
_SHORT_FORM_LABELS = _LABELS | {"LAW"}
"""A ship's name written again without its prefix may be read as a law too: "the USS
Constitution ... The [Constitution]" (never a prefixed name: "USS" opens no law)."""


def _ship_span(mention: Mention, text: str) -> tuple[int, int, int] | None:
    """(prefix start, name start, end) of the ship a mention names, or None."""
    opening = _PREFIX_OPENING.match(mention.text)
    if opening is not None:
        prefix_start = mention.start + opening.start("prefix")
        name_start = mention.start + opening.end()
    else:
        before = _PREFIX_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if before is None:
            return None
        prefix_start, name_start = before.start(), before.start("words")
    name = _NAME.match(text, name_start)
    if name is None or name.end() < mention.end:
        return None
    return prefix_start, name_start, name.end()


def named_ships(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Each ship named with its prefix one vessel (PRODUCT) over the prefix and its whole
    name, and every other mention of its name, or inside its name written again ("the
    Queen [Elizabeth]"), that ship."""
    ships: dict[str, str] = {}  # the name without its prefix -> the ship's entity
    found: list[Mention] = []
    for mention in mentions:
        span = (_ship_span(mention, text) if mention.field == "text"
                and mention.label in _LABELS else None)
        if span is not None:
            surface = text[span[0]:span[2]]
            entity = canonical_name(surface)
            ships[text[span[1]:span[2]]] = entity
            mention = replace(mention, start=span[0], end=span[2], text=surface,
                              label="PRODUCT", entity=entity)
        found.append(mention)
    if not ships:
        return found
    return [_same_ship(m, ships, text) for m in found]


def _same_ship(mention: Mention, ships: dict[str, str], text: str) -> Mention:
    """A mention of a ship's name without its prefix, as the ship. One the model read as
    a person joins it only after "the" ("The Queen Elizabeth will sail"): a ship is named
    after a person, and "Queen Elizabeth told the crew" is the Queen herself."""
    if mention.field != "text" or mention.label not in _SHORT_FORM_LABELS:
        return mention
    if mention.label == "LAW" and not _the_opens_sentence(text, mention.start):
        return mention  # "under Constitution Article 5", "read from the Constitution": the law
    if mention.entity in ships or mention.text in ships:
        if mention.label == "PERSON" and not _after_the(text, mention.start):
            return _as_itself(mention, ships)
        ship = ships.get(mention.entity) or ships[mention.text]
        return replace(mention, label="PRODUCT", entity=ship)
    for name, ship in ships.items():
        inside = name.rfind(mention.text)
        start = mention.start - inside
        if (inside > 0 and text.startswith(name, start) and name.endswith(mention.text)
                and (mention.label != "PERSON" or _after_the(text, start))):
            return replace(mention, start=start, end=start + len(name), text=name,
                           label="PRODUCT", entity=ship)
    return _as_itself(mention, ships)


def _as_itself(mention: Mention, ships: dict[str, str]) -> Mention:
    """A mention left out of the ships, named as written if resolving had joined it to a
    ship's entity (the model read "USS George Washington" as a person, and the later
    "George Washington, the first president" became that name)."""
    if mention.entity in ships.values():
        return replace(mention, entity=canonical_name(mention.text))
    return mention


def _the_opens_sentence(text: str, start: int) -> bool:
    """Tell whether a sentence opens with "The" right before ``start`` ("The
    Constitution is the oldest warship afloat"): the short form as the story's subject;
    mid-sentence ("read aloud from the Constitution") the model's law may well be one."""
    found = _THE_BEFORE.search(text, max(0, start - 5), start)
    return found is not None and at_sentence_start(text, found.start())


def _after_the(text: str, start: int) -> bool:
    """Tell whether the word before ``start`` is "the" (any case)."""
    return _THE_BEFORE.search(text, max(0, start - 5), start) is not None
