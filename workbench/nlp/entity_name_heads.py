"""What a name's own words tell of its kind: an organisation's head word, a team's plural,
a university's letters before its campus town.

Why apart from the votes in ``consistency``: these read only the name's tokens, never the
text around it, so the vote, the glued-name check (``entity_glued``) and tests share one
reading of "Douglas Aircraft", "Bank of Canada", "Seattle Seahawks" and "Spokeswoman Sandy
Angers" instead of each keeping its own list.
"""

from __future__ import annotations

import re

from workbench.core.letters import CAPITAL, SMALL
from workbench.nlp.gazetteer import lookup, trusted_place
from workbench.nlp.names import is_honorific, strip_honorifics

ORG_HEADS = frozenset(
    "inc inc. ltd ltd. corp corp. corporation company co. plc llc group party ministry "
    "department agency council committee commission association foundation institute "
    "university college bank airlines airways aircraft motors bureau court police army "
    "navy union federation league club network times news media church hospital health "
    "authority board organization organisation society centre center fund trust "
    "coalition alliance movement administration government parliament senate congress "
    "assembly tribunal systems technologies laboratories labs studios records partners "
    "holdings industries international institution corps brigade foods energy "
    "pharmaceuticals properties realty residential ventures enterprises investments".split()
)
"""Words that make a multi-word name an organisation ("Douglas Aircraft", "Labour Party")."""

GROUP_NAME = re.compile(CAPITAL + r"\w+[^s']s")
"""A plural name: after "the" a group ("the Beatles", "the Yankees"), not one person."""


_GIVEN_OR_SURNAME = re.compile(
    rf"(?:[A-Z]['\u2019]|Mc|Mac)?{CAPITAL}{SMALL}+(?:-{CAPITAL}?{SMALL}+)*")
"""A given name or surname, accented letters too ("José", "Núñez")."""
_MIDDLE_INITIAL = re.compile(CAPITAL + r"\.")


def middle_initial_name(tokens: tuple[str, ...]) -> bool:
    """Tell whether a name is a given name, one middle initial and a surname ("Ulysses S.
    Grant", "Michael R. Golden"): the way news writes a person's full name, never an
    organisation's (the model reads many an unfamiliar one as a company). A name with
    an organisation's head ("John F. Kennedy Center") has more words."""
    return (len(tokens) == 3  # noqa: PLR2004 - given name, initial, surname
            and _GIVEN_OR_SURNAME.fullmatch(tokens[0]) is not None
            and _MIDDLE_INITIAL.fullmatch(tokens[1]) is not None
            and _GIVEN_OR_SURNAME.fullmatch(tokens[2]) is not None
            and tokens[2].lower() not in ORG_HEADS)


def titled_full_name(tokens: tuple[str, ...]) -> bool:
    """Tell whether a span is a title and a full name ("Spokeswoman Sandy Angers").

    A title before one word is no proof: "General Motors", "Major League".
    """
    return len(tokens) > 2 and is_honorific(tokens[0]) and len(strip_honorifics(tokens)) > 1


_NOT_TEAMS = frozenset(
    "islands isles mountains hills falls heights springs lakes rapids plains keys states "
    "territories highlands lowlands woods gardens fields downs".split())
"""Plural words that end place names ("Cayman Islands", "Niagara Falls"), not teams'."""


def team_name(tokens: tuple[str, ...]) -> bool:
    """Tell whether a name is a well-known place and a plural ("Jacksonville Jaguars",
    "Seattle Seahawks"): a sports team, which the model often calls a person. Only a
    prominent, unambiguous place counts: "Roy Williams" is no team from Roy, Utah."""
    if len(tokens) < 2 or not GROUP_NAME.fullmatch(tokens[-1]):  # noqa: PLR2004
        return False
    return (tokens[-1].lower() not in _NOT_TEAMS
            and trusted_place(" ".join(tokens[:-1])) is not None)


_UNIVERSITY_LETTERS = re.compile(r"[A-Z]*U[A-Z]*")
"""A university's letters ("UC", "UT", "LSU", "SUNY", "UMass"'s "U" too): one of them a U."""
_CAMPUS_LETTERS = (2, 5)


def campus_name(tokens: tuple[str, ...]) -> bool:
    """Tell whether a name is a university's letters and the town of its campus ("UC
    Davis", "UT Austin", "LSU Shreveport"): an organisation the model reads as a person
    with initials for a given name ("AJ Styles"). The town must be one the gazetteer
    knows, and the letters must hold a U, so "DJ Jackson" stays a person."""
    return (len(tokens) == 2  # noqa: PLR2004 - letters and a town
            and _CAMPUS_LETTERS[0] <= len(tokens[0]) <= _CAMPUS_LETTERS[1]
            and _UNIVERSITY_LETTERS.fullmatch(tokens[0]) is not None
            and lookup(tokens[1]) is not None)


def has_org_head(tokens: tuple[str, ...]) -> bool:
    """Tell whether a multi-word name's head is an organisation word.

    The head is the last word ("Douglas Aircraft") or the word before "of" ("Bank of
    Canada"), so "Changi International Airport" stays a place.
    """
    if len(tokens) < 2:  # noqa: PLR2004 - one word has no separate head
        return False
    heads = [tokens[-1]] + [word for word, after in zip(tokens, tokens[1:], strict=False)
                            if after == "of"]
    return any(word.lower() in ORG_HEADS for word in heads)
