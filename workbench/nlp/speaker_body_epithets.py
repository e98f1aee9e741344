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
and so is one brought in unnamed ("a Liberal leader" since). The body must be written
with that person somewhere before the quotation ("Liberal leader Mark Carney", "Mark
Carney, the Liberal leader", "Jagmeet Singh of the NDP"): the person just named may
belong to another body ("Liberal MP John McKay ... the NDP leader said", "Auston
Matthews scored for Toronto ... the Oilers captain said"), and a name alone says
nothing of which.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from workbench.core.models import Mention
from workbench.core.whole_words import written_words_spans
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
    rf"(?:{'|'.join(sorted(BODY_POSTS))})\b"
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
    person = person_just_named(start, mentions, text, aged=False)
    if person is None:
        return None
    body = " ".join(found.group(1).split())
    held = (m for m in mentions if m.entity == person.entity and m.end <= start)
    return person if any(_written_with(body, m, text) for m in held) else None


#: How far before or after a name its body is looked for ("Liberal Party leader X",
#: "X, the leader of the Liberal Party").
_WITH_CHARS = 60
#: Where a name's apposition ends: a sentence, a line or a clause.
_CLAUSE_END = re.compile(r"[.;:!?\n\"\u201c\u201d(]")


#: What may stand between a body and the name after it: up to three words ("Liberal
#: [Party] leader X", "NDP [MP] X"), then the space before the name.
_WORDS_BEFORE_NAME = re.compile(r"(?:[ \u00a0]+[\w.'\u2019-]+){0,3}[ \u00a0]+")


def _written_with(body: str, mention: Mention, text: str) -> bool:
    """Tell whether ``body`` is written with the person at ``mention``: right before the
    name, at most three words between ("Liberal leader X", "NDP MP X"), or set off after
    it ("X, the Liberal leader", "X of the NDP"). The body's words are found with
    ``written_words_spans`` (no pattern compiled per body)."""
    words = body.split()
    if written_words_spans(words, mention.text):  # "[Liberal leader X]"
        return True
    begin = max(0, mention.start - _WITH_CHARS)
    if any(_WORDS_BEFORE_NAME.fullmatch(text, stop, mention.start)
           for _start, stop in written_words_spans(words, text, begin, mention.start)):
        return True
    after = text[mention.end : mention.end + _WITH_CHARS]
    if not re.match(r",|[ \u00a0]+of[ \u00a0]", after):
        return False
    clause = _CLAUSE_END.search(after, 1)
    after = after if clause is None else after[: clause.start()]
    plural = [*words[:-1], words[-1] + "s"]  # "X of the Liberals"
    return bool(written_words_spans(words, after) or written_words_spans(plural, after))
