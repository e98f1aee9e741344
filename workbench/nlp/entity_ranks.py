"""A rank of two title-case words before a person's name, kept out of the name before it.

Why: news writes "Iranian Grand Master Pouya Idani", "British Field Marshal Bernard
Montgomery", and the small model does not know these ranks: it tags "Iranian Grand" or
"British Field Marshal" as one organisation (or a work of art) ending where the rank
continues, and a lone "Grand Master" as an organisation. The Entities table then lists
a "Norwegian Grand" that names nobody. A rank's first word ("Grand", "Field", "Rear")
is an ordinary adjective, so the fragment is only cut where the whole rank is written
and a capitalised name follows it: the words before the rank keep their own kind (a
nationality, a known place), and a mention left with nothing is no entity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL, SMALL
from workbench.core.models import Mention
from workbench.nlp.entity_glued import is_nationality_word
from workbench.nlp.gazetteer import lookup
from workbench.nlp.names import canonical_name

_RANKS = (
    "Grand Master|International Master|FIDE Master|Field Marshal|Air Marshal|"
    "Rear Admiral|Vice Admiral|Lieutenant General|Major General|Brigadier General|"
    "Lieutenant Colonel|Lieutenant Commander|Staff Sergeant|Master Sergeant|"
    "Crown Prince|Crown Princess|Grand Duke|Grand Duchess|Grand Mufti|Grand Ayatollah"
)
_RANK_BEFORE_NAME = re.compile(rf"\b(?:{_RANKS})(?=[ \u00a0]+{CAPITAL}{SMALL})")
"""A two-word rank and the capital of the name after it ("Grand Master Pouya")."""
_RANK_BEFORE = re.compile(rf"\b(?:{_RANKS})[ \u00a0]+$")
"""A rank right before a name: the name is a person's ("Grand Master [Magnus Carlsen]")."""
_GAP = " \u00a0"
_RANK_REACH = 30
"""How far past a mention's end a rank it starts may run (two words and a name's first)."""


def without_rank_fragments(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each one ending inside a rank before a name cut to the words
    before the rank ("[Iranian Grand] Master Pouya Idani" -> "Iranian", a nationality),
    or left out when the rank is all it holds ("[Grand Master] Magnus Carlsen")."""
    result = []
    for mention in mentions:
        rank_start = _rank_start(mention, text) if mention.field == "text" else None
        if rank_start is None:
            result.append(mention)
            continue
        kept = _before_rank(mention, text, rank_start)
        if kept is not None:
            result.append(kept)
    return result


def after_rank(mention: Mention, text: str) -> bool:
    """Tell whether a rank stands right before a mention: a person, whatever the model
    read ("Grand Master [Magnus Carlsen]" tagged as an organisation)."""
    return _RANK_BEFORE.search(text, max(0, mention.start - _RANK_REACH),
                               mention.start) is not None


def _rank_start(mention: Mention, text: str) -> int | None:
    """Where a rank that runs to the mention's end or past it starts inside the mention."""
    if mention.label == "PERSON":
        return None  # "Grand Master Magnus Carlsen" is the person; titles are cut later
    for found in _RANK_BEFORE_NAME.finditer(text, mention.start, mention.end + _RANK_REACH):
        if found.start() >= mention.end:
            return None
        if found.end() >= mention.end:
            return found.start()
    return None


def _before_rank(mention: Mention, text: str, rank_start: int) -> Mention | None:
    """The mention cut before its rank, labelled by what is left; None if nothing is."""
    end = rank_start
    while end > mention.start and text[end - 1] in _GAP:
        end -= 1
    if end <= mention.start:
        return None
    words = text[mention.start:end]
    place = lookup(words)
    label = "NORP" if is_nationality_word(words) else place.label if place else mention.label
    return replace(mention, end=end, text=words, label=label, entity=canonical_name(words))
