"""A place, its office and the holder's name read as one name: "Ontario Premier Doug Ford".

Why: Canadian and US news names an office holder by the place the office serves, the
title and the full name in one run of capitals ("Ontario Premier Doug Ford", "B.C.
Premier David Eby", "Edmonton Mayor Amarjeet Sohi", "Texas Gov. Greg Abbott"). After a
closing quotation mark the small model often reads the whole run as one work of art,
and elsewhere it cuts it wrongly ("[Edmonton Mayor]" an organisation, "[Manitoba]" or
"[Nova]" a person before the name). The speaker of the quotation was then an entity
called "Ontario Premier Doug Ford", and the Entities page listed it beside "Doug Ford".

The shape is read from the text, not the model's label: the mention opens with a place
the gazetteer knows or a Canadian province or territory (the gazetteer holds US states
but no provinces; ``_PROVINCES``), then an office ending on a title word
(``entity_titles.office_words``: "Premier", "Gov.", "Health Minister"), then the name:
two or three capitalised words shaped as a person's that end the mention
(``person_shaped``: not "United States General [Services Administration]"), or the
person mention starting right after a mention that is no place already ("[New York
City] Mayor" stays). The run becomes the place (GPE) and the person (PERSON, the name
alone); the title words between stay outside any mention, as where the model reads the
run well ("[Alberta] Premier [Danielle Smith]"). A prefix that is no known place ("Royal
Bank Chief Executive ...") or only a small town's name ("Liberal MP ...": Liberal,
Kansas) is left to the model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.models import Mention
from workbench.nlp.entity_name_shaped_people import person_shaped
from workbench.nlp.entity_titles import office_words
from workbench.nlp.gazetteer import lookup
from workbench.nlp.names import canonical_name

_PROVINCES = (
    "Ontario", "Quebec", "Québec", "British Columbia", "B.C.", "Alberta", "Saskatchewan",
    "Manitoba", "Nova Scotia", "N.S.", "New Brunswick", "N.B.", "Prince Edward Island",
    "P.E.I.", "Newfoundland and Labrador", "Newfoundland", "N.L.", "Yukon", "Nunavut",
    "Northwest Territories", "N.W.T.",
)  # fmt: skip
"""Canada's provinces and territories as news writes them before an office."""
_PLACE_AT = re.compile(
    "|".join(re.escape(p) for p in sorted(_PROVINCES, key=len, reverse=True))
    + r"|[A-Z][\w.'\u2019-]*(?:[ \u00a0]+[A-Z][\w.'\u2019-]*)?"
)
"""A province written out, else one or two capitalised words (looked up as a place)."""
_WORD = re.compile(r"[ \u00a0]+([A-Z][\w.'\u2019-]*)")
_MIN_NAME, _MAX_NAME = 2, 3
_MIN_TOWN = 50_000
"""People a city needs to be read as the place an office serves: small towns share their
names with party words ("Liberal" in Kansas: "Liberal MP Anna Gainey")."""
_MAX_OFFICE = 4
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_RELABELLED = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


def _place(text: str, start: int) -> tuple[int, str] | None:
    """(end, canonical name) of the known place opening ``text[start:]``, the longest
    reading first ("Nova Scotia" before "Nova"); None when no place opens it."""
    match = _PLACE_AT.match(text, start)
    if match is None:
        return None
    words = match.group().split(" ")
    for count in range(len(words), 0, -1):
        name = " ".join(words[:count])
        place = lookup(name)  # first: its spelling of the name ("Québec")
        if place is not None and place.label == "GPE" and (
                place.kind != "city" or place.population >= _MIN_TOWN):
            return start + len(name), place.name
        if name in _PROVINCES:
            return start + len(name), name
    return None


def _office_after(text: str, at: int) -> int | None:
    """Where the office written from ``at`` ("Premier", "Health Minister") ends, or None
    when the capitalised words there end on no title word."""
    words: list[tuple[str, int]] = []
    while len(words) < _MAX_OFFICE:
        word = _WORD.match(text, at)
        if word is None:
            break
        words.append((word.group(1), word.end()))
        at = word.end()
    count = office_words(tuple(w for w, _ in words))
    return words[count - 1][1] if count else None


def _name_words(text: str, at: int, end: int) -> int:
    """How many capitalised words run from ``at`` to exactly ``end``; 0 when something
    else stands between."""
    count = 0
    while at < end:
        word = _WORD.match(text, at, end)
        if word is None:
            return 0
        count, at = count + 1, word.end()
    return count


def split_place_offices(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each run of place, office and name cut into the place and the
    person (see the module's docstring); every other mention unchanged."""
    starts = {m.start: m for m in mentions if m.field == "text" and m.label == "PERSON"}
    result: list[Mention] = []
    for mention in mentions:
        if mention.field != "text" or mention.label not in _RELABELLED:
            result.append(mention)
            continue
        result.extend(_cut(mention, text, starts))
    return result


def _cut(mention: Mention, text: str, people: dict[int, Mention]) -> list[Mention]:
    """The place and person ``mention`` is made of, or ``[mention]``."""
    place = _place(text, mention.start)
    if place is None:
        return [mention]
    place_end, place_name = place
    office_end = _office_after(text, place_end)
    if office_end is None:
        return [mention]
    gpe = Mention(mention.start, place_end, text[mention.start:place_end], "GPE", place_name)
    if office_end < mention.end:  # the name inside the mention: "[Ontario Premier Doug Ford]"
        if not _MIN_NAME <= _name_words(text, office_end, mention.end) <= _MAX_NAME:
            return [mention]
        name_start = _word_start(text, office_end)
        name = text[name_start:mention.end]
        if not person_shaped(name):
            return [mention]  # "United States General [Services Administration]"
        return [gpe, Mention(name_start, mention.end, name, "PERSON", canonical_name(name))]
    if _word_start(text, office_end) not in people:
        return [mention]  # no person named right after the office
    if mention.label in _PLACE_LABELS:
        return [mention]  # "[Alberta] Premier [Danielle Smith]", "[New York City] Mayor"
    return [gpe]  # "[Edmonton Mayor] [Amarjeet Sohi]", "[Manitoba] Premier [Wab Kinew]"


def _word_start(text: str, at: int) -> int:
    """Where the word after ``at`` starts, across spaces only."""
    while at < len(text) and text[at] in " \u00a0":
        at += 1
    return at
