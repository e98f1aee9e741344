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
"""

from __future__ import annotations

import re

from workbench.core.models import Mention
from workbench.nlp.gazetteer import country_or_capital, lookup

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
