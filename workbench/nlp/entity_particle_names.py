"""A surname with two particles opening a sentence is a person: "Von der Leyen said".

Why: a sentence start capitalises a surname's first particle, and the small model then
reads "Von der Leyen", "Van der Bellen" or "De la Cruz" as an organisation, or tags only
the last word ("Van der [Bellen]"), so the analyst finds a body "Von der Leyen" or a
person "Bellen". ``entity_fragments`` joins such a surname to a given name the model
cut before it ("[Ursula von der] [Leyen]"); here the surname stands alone. A particle
and a lower-case one after it ("Von der", "Van den", "De la", "Van de") before one
capitalised word is the shape of a person's surname, not of a company or a place (a
name the gazetteer knows stays as it is). One particle alone ("De Beers", "Del Monte",
"Da Nang") names companies and towns as often as people and is left to the model;
so are "Al-" and "El-" ("Al-Qaeda", "El-Arish").

Mid-sentence a surname's particles stay lower case ('"...," von der [Leyen] said'), and the
model tags the last word alone, often as a place: two particles, or one before the
surname of a person the text names in full ("bin [Laden]" after "Osama bin Laden"), run
the mention back over them, unless a capitalised word opens the run ("Rio de Janeiro",
"Tour de France": a place's or an event's name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL, SMALL
from workbench.core.models import Mention
from workbench.nlp.entity_name_heads import ORG_HEADS
from workbench.nlp.gazetteer import lookup
from workbench.nlp.names import canonical_name
from workbench.nlp.sentence_starts import at_sentence_start

_FIRST = r"(?:Von|Van|De|Da|Di|Du|Dos|Das|Del|Della|Ter|Ten)"
_INNER = r"(?:der|den|de|la|las|los|le|van|von|da|dos|del)"
_PARTICLE_SURNAME = re.compile(
    rf"{_FIRST}(?:[ \u00a0]+{_INNER})+[ \u00a0]+{CAPITAL}{SMALL}+(?:-{CAPITAL}{SMALL}+)?")
"""A capitalised particle, lower-case ones after it and one surname: "Von der Leyen"."""
_PARTICLES_BEFORE = re.compile(rf"{_FIRST}(?:[ \u00a0]+{_INNER})+[ \u00a0]+$")
"""The particles right before a surname the model tagged alone: "Van der [Bellen]"."""
_LOWER_BEFORE = re.compile(
    r"(?<![\w-])(?:von|van|de|da|di|du|dos|del|della|ter|ten|bin|ibn)"
    r"(?:[ \u00a0]+(?:der|den|de|la|las|los|le))*[ \u00a0]+$")
"""Lower-case particles right before a surname the model tagged alone mid-sentence:
'"...," von der [Leyen] said', "thanked van den [Berg]"."""
_CAPITALISED_BEFORE = re.compile(rf"{CAPITAL}[\w'.-]*[ \u00a0]+$")
"""A capitalised word before the particles: a place's or an event's name ("Rio de
[Janeiro]", "Tour de [France]"), not a surname's."""
_REACH = 24
_RELABELLED = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def is_particle_surname(name: str) -> bool:
    """Tell whether ``name`` is a surname with two particles or more, as a sentence start
    writes it ("Von der Leyen", "De la Cruz"), and no place the gazetteer knows."""
    return (_PARTICLE_SURNAME.fullmatch(name) is not None
            and name.rsplit(None, 1)[-1].lower() not in ORG_HEADS and lookup(name) is None)


def _full_name_ending(surface: str, people: Sequence[Mention]) -> str | None:
    """The entity of a person named in full whose name ends with ``surface`` ("Alexander
    Van der Bellen" for "Van der Bellen"), or None: the surname alone is that person, and
    its own spelling ("van der Bellen") would make a second one."""
    ending = " " + surface.casefold()
    return next((m.entity for m in people if m.text.casefold().endswith(ending)), None)


def _with_particles(mention: Mention, text: str, people: Sequence[Mention]) -> Mention:
    """``mention`` run back over the particles the model left out before it: at a sentence
    start ("Van der [Bellen]" -> "[Van der Bellen]"), or in lower case mid-sentence when
    two particles or a person named in full with them say it is a surname ("von der
    [Leyen] said" after "Ursula von der Leyen")."""
    if " " in mention.text.strip():
        return mention
    window = max(0, mention.start - _REACH)
    before = _PARTICLES_BEFORE.search(text, window, mention.start)
    if before is not None and at_sentence_start(text, before.start()):
        surface = text[before.start():mention.end]
        entity = _full_name_ending(surface, people) or canonical_name(surface)
        return replace(mention, start=before.start(), text=surface, entity=entity,
                       label="PERSON")
    lower = _LOWER_BEFORE.search(text, window, mention.start)
    if lower is None or _CAPITALISED_BEFORE.search(text, window, lower.start()):
        return mention
    surface = text[lower.start():mention.end]
    entity = _full_name_ending(surface, people)
    if entity is None and len(surface.split()) < 3:  # noqa: PLR2004 - "de [Beers]"
        return mention
    return replace(mention, start=lower.start(), text=surface,
                   entity=entity or canonical_name(surface), label="PERSON")


def particle_surnames(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each surname of two particles a person ("[Von der Leyen]" read as
    an organisation), and one the model tagged without its particles run back over them;
    either is the person the text names in full with it."""
    people = [m for m in mentions if m.label == "PERSON" and " " in m.text.strip()]
    result = []
    for mention in mentions:
        if mention.field == "text" and mention.label in _RELABELLED | {"PERSON"}:
            if mention.label == "PERSON" or " " not in mention.text:
                mention = _with_particles(mention, text, people)
            if mention.label in _RELABELLED and is_particle_surname(mention.text):
                mention = replace(mention, label="PERSON", entity=_full_name_ending(
                    mention.text, people) or mention.entity)
        result.append(mention)
    return result
