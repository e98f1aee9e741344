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
from workbench.nlp.entity_acronyms import PLACE_LETTERS
from workbench.nlp.gazetteer import lookup, trusted_place
from workbench.nlp.names import is_honorific, strip_honorifics

ORG_HEADS = frozenset(
    "inc inc. ltd ltd. corp corp. corporation company co. plc llc group party ministry "
    "department agency council committee commission association foundation institute "
    "university college bank airlines airways aircraft motors bureau court police army "
    "navy union federation league club network times news media church hospital health "
    "authority board organization organisation society centre center fund trust patrol "
    "coalition alliance movement administration government parliament senate congress "
    "assembly tribunal systems technologies laboratories labs studios records partners "
    "holdings industries international institution corps brigade foods energy "
    "pharmaceuticals pharmacy pharmacies properties realty residential ventures enterprises "
    "investments".split()
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


def person_shaped_name(tokens: tuple[str, ...]) -> bool:
    """Tell whether a name is a given name and a surname and nothing else ("Tiff Macklem",
    "Scottie Barnes"): two words shaped like names, no organisation's head ("Toronto
    Star" has a town for its first word, "New York Times" a paper's head), no place."""
    return (len(tokens) == 2  # noqa: PLR2004 - a given name and a surname
            and all(_GIVEN_OR_SURNAME.fullmatch(token) for token in tokens)
            and tokens[-1].lower() not in ORG_HEADS
            and lookup(tokens[0]) is None and lookup(" ".join(tokens)) is None)


def titled_full_name(tokens: tuple[str, ...]) -> bool:
    """Tell whether a span is a title and a full name ("Spokeswoman Sandy Angers").

    A title before one word is no proof: "General Motors", "Major League"; nor is one
    before a place's head: "King George Boulevard", "Queen Elizabeth Drive" and
    "Prince Edward County" are roads and a county named after a person, never the person.
    """
    return (len(tokens) > 2 and is_honorific(tokens[0])
            and len(strip_honorifics(tokens)) > 1 and place_head_label(tokens) is None)


_ADMINISTRATIVE = frozenset(
    "county province prefecture district borough municipality parish oblast governorate "
    "canton township".split())
_ROADS = frozenset(
    "road avenue boulevard highway motorway freeway expressway bridge square plaza "
    "terrace crescent drive parkway".split())
_NATURAL = frozenset("river valley canyon island islands peninsula gulf".split())
_LEADING_COUNTY = "county"
"""The Irish order, "County Mayo": a head before the name."""


def place_head_label(tokens: tuple[str, ...]) -> str | None:
    """The place label a name's head word gives ("County Mayo" GPE, "Abbey Road" FAC,
    "Hudson River" LOC), or None: a person's name never ends in "Road" or "Boulevard"
    (heads that are also surnames, "Lane", "Hill", are ``entity_shapes``' to weigh)."""
    if len(tokens) < 2:  # noqa: PLR2004 - a head needs a name before it
        return None
    last = tokens[-1].lower()
    if last in _ADMINISTRATIVE:
        return "GPE"
    if last in _ROADS:
        return "FAC"
    if last in _NATURAL:
        return "LOC"
    if tokens[0].lower() == _LEADING_COUNTY and tokens[1][:1].isupper():
        return "GPE"
    return None


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


_FORCE_LETTERS = re.compile(r"[A-Z]{2,6}")
"""A police force's or a body's letters after its town ("Surrey RCMP", "Ottawa OPP")."""
_POST_NOMINALS = frozenset(
    "MP MPP MLA MNA MHA QC KC MD PHD OBE CBE MBE KBE DBE JR SR".split())
"""Letters a person's name ends with ("Jane Doe MPP", "John Smith QC"): no body's."""
_ROMAN = re.compile(r"[IVXLC]+")
_PROVINCE_CODES = frozenset("AB SK MB ON QC NB NS PE NL YT NU".split())
"""Canadian provinces' postal letters ``PLACE_LETTERS`` leaves out (too rare alone to
tag): after a town they name its province ("Regina SK"), as "TX" or "BC" do."""


def place_acronym_name(tokens: tuple[str, ...]) -> bool:
    """Tell whether a name is a place the gazetteer knows and a body's letters ("Surrey
    RCMP", "Ottawa OPP", "Toronto FC"): the local detachment, force or club, which the
    model reads as a person with the town for a given name. Letters a person's name ends
    with (a regnal number, "MPP", "QC") are no body's, and a state's or province's
    letters make the town's address, still a place ("Austin TX", "Surrey BC")."""
    if len(tokens) < 2 or not _FORCE_LETTERS.fullmatch(tokens[-1]):  # noqa: PLR2004
        return False
    letters = tokens[-1]
    if letters in _POST_NOMINALS or _ROMAN.fullmatch(letters) or town_address(tokens):
        return False
    return lookup(" ".join(tokens[:-1])) is not None


def town_address(tokens: tuple[str, ...]) -> bool:
    """Tell whether a name is a town the gazetteer knows and its state's or province's
    letters ("Austin TX", "Surrey BC"): a place, which the model reads as a person or,
    the letters looking like a body's, an organisation."""
    return (len(tokens) >= 2  # noqa: PLR2004 - a town and letters
            and (tokens[-1] in PLACE_LETTERS or tokens[-1] in _PROVINCE_CODES)
            and lookup(" ".join(tokens[:-1])) is not None)


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
