"""Canonical speakers for epithets: "the evangelist", "the Taradise star", "the singer".

Why: news names a well-known person and then calls them by what they are famous for,
without ever writing that word as their title: `"...," Samaritan's Purse president
Franklin Graham said. "...," the evangelist said` and `The 33-year-old Reid described
herself as ... the Taradise star said, "..."`. The word is no title the text gave anyone
(``speaker_roles`` finds those) and no age (``speaker_descriptions``), so the phrase kept no
entity. An epithet stands for the one person the sentence before its quotation names
(``speaker_descriptions.person_just_named``, an age written there allowed: the epithet
gives none).

Only nouns of renown count (star, singer, evangelist, ...): a role anyone may hold in a
story ("the officer", "the spokesman", "the witness", "the author" of a study, "the
veteran", "the champion" one is playing against) often brings in someone new who
stays unnamed, and a kin noun ("the mother") ties someone else to the person named. Nor
when the text has brought in an unnamed one with that noun ("a singer in the crowd").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.models import Mention
from workbench.nlp.speaker_descriptions import person_just_named

#: Nouns news uses as another name for a person it has just named, for their renown.
EPITHET_NOUNS = frozenset(
    "star superstar singer songwriter rapper musician guitarist drummer actor actress "
    "comedian entertainer celebrity evangelist preacher televangelist billionaire tycoon "
    "mogul magnate philanthropist novelist poet playwright filmmaker composer "
    "legend icon striker midfielder goalkeeper quarterback golfer boxer "
    "sprinter skater swimmer cyclist activist campaigner laureate journalist "
    "astronaut footballer cricketer".split()
)
#: "the evangelist", "the Taradise star", "the pop star": the article, up to two
#: modifiers (a work's or a field's name) and the noun last. A possessive modifier ("the
#: study's author", "the film's star") ties the noun to a thing, not to the person just
#: named, and a contrasting one ("the defending champion", "the rival star") to someone else.
_EPITHET = re.compile(
    r"(?:the|The)[ \u00a0]+((?:[\w-]+[ \u00a0]+){0,2}?)([a-z]+)"
)
_CONTRASTING = frozenset("defending rival other fellow opposing".split())
"""Not "former" or "late", which describe the person just named ("the former footballer")."""
#: An unnamed one brought in with the noun ("a singer", "another star"): the epithet may
#: be that one.
_UNNAMED = r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \u00a0]+(?:[\w'\u2019-]+[ \u00a0]+){{0,2}}?{noun}s?\b"
#: How far back an unnamed one with the noun is looked for.
_UNNAMED_CHARS = 1500


def epithet_person(
    phrase: str, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """The mention of the person an epithet speaker phrase at ``start`` stands for, or
    None when ``phrase`` is no epithet or the passage leaves the person open."""
    found = _EPITHET.fullmatch(phrase.strip())
    if found is None or found.group(2) not in EPITHET_NOUNS:
        return None
    if _CONTRASTING.intersection(found.group(1).lower().split()):
        return None
    unnamed = re.compile(_UNNAMED.format(noun=re.escape(found.group(2))))
    if unnamed.search(text, max(0, start - _UNNAMED_CHARS), start):
        return None
    return person_just_named(start, mentions, text, aged=False)
