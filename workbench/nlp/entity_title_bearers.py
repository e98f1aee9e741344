"""A title the model tagged alone before an untagged name: the mention is the person.

Why: in "Asked whether the budget would pass, Councillor Ana Bailão shot back: ..." the
small model tags "Councillor" as a person and leaves "Ana Bailão" out (or tags "Coun."
and "Bailão" as two organisations). The Entities page then lists a person called
"Councillor", and the quote's speaker is that office, not the one who holds it. The
title belongs to the capitalised name written straight after it, so the mention grows
over that name, the way the model tags "Councillor Gord Perks" when it reads the name:
the span keeps the title (how the text names the person there) and
``entity_titles.without_person_titles`` later leaves it out of the entity's name.

Only a mention that is a title and nothing else (``entity_titles.office_only``) grows,
and only over one to four capitalised words (with the particles of a surname between:
"Pierre de la Rosa", "Zoë Van der Berg") that are no title and no office word
themselves ("Chief [Financial] Officer" is an office, not a person) and that the text
does not write in lowercase elsewhere ("Councillor Said" in a title-case line). A
title before a lowercase word ("the Mayor said", "every Councillor must") is left as
it is, and so is a name the model did tag (``without_titles_before_people`` drops the
title then).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.nlp.entity_titles import (
    OFFICE_MODIFIERS,
    is_title,
    office_only,
    without_titles_before_people,
)
from workbench.nlp.names import canonical_name, lowercase_words

_GAP = r"[ \u00a0]+"
_WORD = CAPITAL + r"[\w'\u2019]*(?:-" + CAPITAL + r"[\w'\u2019]*)*"
_PARTICLES = r"(?:de|la|le|du|des|da|di|del|della|dos|van|von|der|den|ter|bin|ibn|al)"
_NAME_AFTER = re.compile(
    rf"\.?{_GAP}({_WORD}(?:{_GAP}(?:{_PARTICLES}{_GAP})*{_WORD}){{0,3}})(?![\w'\u2019-])")
"""The capitalised name right after a title, up to four words with particles between."""
_TITLE_LABELS = frozenset({"PERSON", "ORG"})
_ABSORBED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
"""What the model may have made of part of the name ("Coun. Ana [Bailão]" as ORG)."""


def titles_tagged_alone(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each title tagged alone grown over the untagged name after it
    ("[Councillor] Ana Bailão") and dropped before a person the model tagged ("[Queen]
    [Elizabeth II]"): one place for the title the model cut from its bearer."""
    return without_titles_before_people(with_title_bearers(mentions, text), text)


def with_title_bearers(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each title tagged alone grown over the name written after it."""
    lowercase: frozenset[str] | None = None
    starts = {m.start for m in mentions if m.field == "text"}
    grown: dict[int, Mention] = {}
    dropped: set[int] = set()
    for index, mention in enumerate(mentions):
        if (mention.field != "text" or mention.label not in _TITLE_LABELS
                or not office_only(mention.text)):
            continue
        name = _NAME_AFTER.match(text, mention.end)
        if name is None or _next_is_tagged_person(mentions, starts, name.start(1)):
            continue
        words = [w for w in name.group(1).split() if w[:1].isupper()]
        lowercase = lowercase_words(text) if lowercase is None else lowercase
        if any(_not_a_name_word(word, lowercase) for word in words):
            continue
        inside = _inside(mentions, name.start(1), name.end(1))
        if inside is None:
            continue
        surface = text[mention.start:name.end(1)]
        grown[index] = Mention(mention.start, name.end(1), surface, "PERSON",
                               canonical_name(surface))
        dropped.update(inside)
    if not grown:
        return list(mentions)
    return [grown.get(index, mention) for index, mention in enumerate(mentions)
            if index not in dropped]


def _not_a_name_word(word: str, lowercase: frozenset[str]) -> bool:
    """Tell whether ``word`` is a title, an office's word or a word the text writes in
    lowercase elsewhere: no part of a person's name after a title."""
    return is_title(word) or word in OFFICE_MODIFIERS or word.lower() in lowercase


def _next_is_tagged_person(mentions: Sequence[Mention], starts: set[int], start: int) -> bool:
    """Tell whether a person the model tagged starts the name (the title is dropped then)."""
    return start in starts and any(m.start == start and m.label == "PERSON"
                                   and m.field == "text" for m in mentions)


def _inside(mentions: Sequence[Mention], start: int, end: int) -> list[int] | None:
    """Indices of the name-like body mentions within [start, end); None when one crosses
    the name's edge or is no name ("Councillor [Monday]")."""
    inside = []
    for index, mention in enumerate(mentions):
        if mention.field != "text" or mention.end <= start or end <= mention.start:
            continue
        if mention.start < start or end < mention.end or mention.label not in _ABSORBED_LABELS:
            return None
        inside.append(index)
    return inside
