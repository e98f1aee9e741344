"""A town's sports team, told by the role written right after its name.

Why: club sport names its teams after their towns ("Caloundra defeated Maroochydore"),
and the small model files such a name as a place in one sentence, a person in the next
("pushed Maroochydore") and an organisation in a third, so one team is three entities
of the library. A player's or official's role right after the name ("Caloundra coach
Geoff Ingram", "Maroochydore captain Sam Marshall") says the name is the team: news
writes no town's, person's or company's name before those words. A country or capital
before them ("France coach Didier Deschamps") is its national side, which the library
keeps as the country it names everywhere else, so it casts no vote here.

A body is told the same way by the noun after it: "the [Verdi] union said" is the union,
not the composer the model read (``body_noun_after``).

A well-known city and a plural the model tags nothing for, or only the city of ("The
Toronto Raptors lost their fifth straight game"), is the team too (``missed_teams``): the
shape ``entity_name_heads.team_name`` reads in a tagged name, found in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.models import Mention
from workbench.nlp.entity_name_heads import team_name
from workbench.nlp.gazetteer import capitalised_runs, country_or_capital, lookup
from workbench.nlp.names import lowercase_words

_TEAM_ROLE = re.compile(
    r"[ \u00a0](?:head[ \u00a0]|assistant[ \u00a0]|vice-)?"
    r"(?:coach|captain|skipper|goalkeeper|goalie|striker|midfielder|winger|full-?back"
    r"|half[ \u00a0-]?back|fly-half|scrum-half|quarterback|pitcher)e?s?\b")
"""A lower-case role on a team right after the name ("Caloundra coach", "Noosa half
back"; not "manager" or "boss", a store's, a studio's or a city's as often as a club's:
"Hollywood boss Harvey Weinstein"); capitalised, "Captain" is a title before a person's
name and is not read."""


def team_role_after(mention: Mention, text: str) -> bool:
    """Tell whether a team's role follows the name, without a possessive between
    ("Djokovic's coach" is a person's), and the name is no country or capital."""
    return (_TEAM_ROLE.match(text, mention.end) is not None
            and country_or_capital(mention.text) is None)


_BODY_NOUN_AFTER = re.compile(
    r"[ \u00a0](?:union|party|company|firm|airline|carrier|bank|agency|ministry|network"
    r"|newspaper|broadcaster|band|club)s?\b")
"""A lower-case noun for a body right after a name: "the Verdi union", "the Likud party"
(not "team": "the Obama team" is a person's staff)."""


def body_noun_after(mention: Mention, text: str) -> bool:
    """Tell whether a one-word "person" stands between "the" and a noun for a body ("the
    [Verdi] union said", which the model read as the composer): the name is that body's
    (a nationality keeps its label: "the Republican party" leaves "Republican" a group's).
    A place keeps its label ("the Texas party" is the state's branch), and so does a name
    of several words ("the Joe Biden campaign" reads no noun here anyway)."""
    return (mention.label == "PERSON" and " " not in mention.text
            and _BODY_NOUN_AFTER.match(text, mention.end) is not None
            and text[max(0, mention.start - 4) : mention.start].lower() == "the "
            and lookup(mention.text) is None)


_RUN_OPENERS = frozenset({"The", "the"})


def missed_teams(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Organisation mentions for a well-known city and a team's plural ("Toronto
    Raptors") the model left untagged or tagged only the city of; a run holding any other
    mention ("Toronto Maple Leafs" tagged as one) is the model's, and a plural the text
    also writes in lowercase is a common noun in a title-case line ("Toronto Homeowners")."""
    body = [m for m in mentions if m.field == "text"]
    lowercase: frozenset[str] | None = None
    added = []
    for start, end in capitalised_runs(text):
        words = text[start:end].split()
        if words and words[0] in _RUN_OPENERS:
            start += len(words[0]) + 1
            words = words[1:]
        if not team_name(tuple(words)):
            continue
        lowercase = lowercase_words(text) if lowercase is None else lowercase
        inside = [m for m in body if m.start < end and start < m.end]
        if words[-1].lower() in lowercase or len(inside) > 1 or any(  # "Toronto Homeowners"
                m.start < start or end < m.end or m.label not in {"GPE", "LOC"}
                for m in inside):
            continue
        name = " ".join(words)
        added.append(Mention(start, end, text[start:end], "ORG", name))
    return added
