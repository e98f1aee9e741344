"""A party's leader or a team's captain the text just named: "the Liberal leader said".

Why: news names a leader or a captain and then calls them by the body they lead, a
title it never wrote before the name: `Mark Carney spoke in Toronto. "...," the Liberal
leader said` or `Connor McDavid scored twice. "...," the Oilers captain said`. The phrase
is no title the text gave anyone (``speaker_roles``) nor an epithet of renown
(``speaker_epithets``), so it kept no entity. With the body's capitalised name before it
the noun is one post, held by one person, and a report moves from the person it has
just named to that person's words: the one person the sentence before the quotation
names (``speaker_descriptions.person_just_named``) holds it. Only posts a body has one
of (a leader, a captain, a founder): "the Oilers coach" after a player is someone else,
and so is one brought in unnamed ("a Liberal leader" since).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from workbench.core.models import Mention
from workbench.nlp.speaker_descriptions import person_just_named

#: Posts a party, team or company has one holder of.
BODY_POSTS = frozenset("leader captain founder co-founder".split())
#: "the Liberal leader", "the Maple Leafs captain", "the NDP leader": the article, one to
#: three capitalised words (the body's name) and the post.
_BODY_POST = re.compile(
    r"(?:the|The)[ \u00a0]+((?:[A-Z][\w.&'\u2019-]*[ \u00a0]+){1,3})([a-z][a-z-]*)"
)
#: An unnamed holder brought in before ("a Liberal leader", "another NDP leader").
_UNNAMED = (
    r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ff]ormer)[ \u00a0]+(?:[A-Z][\w.&'\u2019-]*[ \u00a0]+){1,3}"
    r"(?:leader|captain|founder|co-founder)\b"
)
#: How far back an unnamed holder is looked for.
_UNNAMED_CHARS = 1500


@cache
def _unnamed() -> re.Pattern[str]:
    """``_UNNAMED`` compiled at its first use, not at import (import time is over budget)."""
    return re.compile(_UNNAMED)


def body_post_person(
    phrase: str, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """The person a body's post (``phrase`` at ``start``) stands for, or None when
    ``phrase`` is no such post or the passage leaves its holder open."""
    found = _BODY_POST.fullmatch(phrase.strip())
    if found is None or found.group(2) not in BODY_POSTS:
        return None
    if _unnamed().search(text, max(0, start - _UNNAMED_CHARS), start):
        return None
    return person_just_named(start, mentions, text, aged=False)
