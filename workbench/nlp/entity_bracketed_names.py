"""A surname after a given name an editor put in brackets is a person: "from [Russell] Church".

Why: an interview transcript adds in square brackets what the speaker left out, often a
person's given name before the surname the speaker said ("a very old experiment from
[Russell] Church", "[Hillary] Clinton said"). The small model does not read the bracket
as part of the name and labels the surname alone by its look ("Church" a work of art,
"Clinton" a place), so the analyst finds a work called "Church" where a scientist was
named. One capitalised word in brackets right before a capitalised word that the model
tagged alone is a given name (not a place the gazetteer knows, "[Manchester] United",
not a title: "[President] Trump" is named Trump, not an article or a body's word: "[The]
Guardian", "[Senate] Committee"; a group is no surname: "[Senate] Republicans"); the
surname is that person, named in full as the editor completed it (that mention only: the
word elsewhere, "the Church", may be what the model says).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL, SMALL
from workbench.core.models import Mention
from workbench.nlp.entity_name_heads import ORG_HEADS
from workbench.nlp.gazetteer import lookup
from workbench.nlp.names import canonical_name, is_honorific

_GIVEN_IN_BRACKETS = re.compile(rf"\[({CAPITAL}{SMALL}+)\][ \u00a0]$")
"""A given name in square brackets right before a mention: "[Russell] "."""
_REACH = 24
_NO_GIVEN_NAMES = ORG_HEADS | frozenset(
    "the a an this that these those our their his her its my your senate house congress "
    "parliament assembly council court state federal".split())
"""Words an editor brackets that are no given name: articles, a body's word."""
_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART",
                     "EVENT", "LAW"})
"""What a surname is misread as; a group ("[Senate] Republicans") is never one."""


def _given_name_before(mention: Mention, text: str) -> str | None:
    """The given name an editor bracketed before a one-word mention, or None."""
    if " " in mention.text or not mention.text[:1].isupper():
        return None
    start = mention.start
    if start < 2 or text[start - 2] != "]":  # noqa: PLR2004 - "] " before the name
        return None
    found = _GIVEN_IN_BRACKETS.search(text, max(0, start - _REACH), start)
    if found is None or is_honorific(found.group(1)) or lookup(found.group(1)) is not None:
        return None
    if found.group(1).lower() in _NO_GIVEN_NAMES:
        return None  # "[The] Guardian", "[Senate] Committee": no given name
    return found.group(1)


def bracketed_given_names(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each surname after a bracketed given name a person named in full
    ("[Russell] [Church]" -> the person Russell Church). Only that mention: the same word
    elsewhere ("the Church") may be what its label says."""
    result = []
    for mention in mentions:
        if mention.field == "text" and mention.label in _LABELS and "]" in text[
                max(0, mention.start - 2):mention.start]:
            given = _given_name_before(mention, text)
            if given is not None:
                mention = replace(mention, label="PERSON",
                                  entity=canonical_name(f"{given} {mention.text}"))
        result.append(mention)
    return result
