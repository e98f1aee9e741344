"""Named events the model files as organisations, places or people, told by their head.

Why: "the Republican National Convention", "the World Athletics Championships", "the
Chicago Marathon" and "the Paris Air Show" are things that happen, yet the small model
calls them organisations, facilities or places (an article may even write "the 2020
Libertarian National Convention" as an event and the next "the online Libertarian
National Convention" as an organisation: one event, two entities of the library). The
name's last words say it is an event; a few heads also name standing bodies ("the
Southern Christian Leadership Conference", "the Geneva Convention", a treaty), so a
conference or a convention is an event only when the text dates it ("the 2010
Worldwide Developers Conference", "the company's annual ... Conference") or it is a
party's "National Convention". One such mention makes the whole entity an event.

A flight's number is its name's own: the model often stops before it ("[Lion Air
Flight] [610]", the number a cardinal), so every flight of an airline became one entity
"Lion Air Flight"; the number after such a name is taken into it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.nlp.names import canonical_name

_EVENT_HEAD = re.compile(
    r".+[ \u00a0](?:Championships|Olympics|Paralympics|Olympic[ \u00a0]Games"
    r"|Paralympic[ \u00a0]Games|Commonwealth[ \u00a0]Games|Marathon|Awards|Expo|Summit"
    r"|(?:Air|Motor|Auto|Boat)[ \u00a0]Show|Film[ \u00a0]Festival|World[ \u00a0]Cup"
    r"|Grand[ \u00a0]Prix|National[ \u00a0]Convention|Flight(?:[ \u00a0]\d+[A-Z]?)?)")
"""Heads only events have: "IAAF World Athletics Championships", "Chicago Marathon", and
an airline's flight by its number ("Lion Air Flight 610", the flight that crashed; the
model calls it the airline in one article and an event in the next)."""
_DATED_HEAD = re.compile(r".+[ \u00a0](?:Conference|Convention)")
"""Heads an event shares with standing bodies and treaties: read only when dated."""
_DATED = re.compile(r"(?:\b(?:1[89]|20)\d\d|\b(?:annual|year['\u2019]s))[ \u00a0]+$", re.IGNORECASE)
"""A year, "annual" or "this year's" right before the name (or opening it)."""
_RELABELLED = frozenset({"ORG", "FAC", "GPE", "LOC", "PERSON", "NORP", "PRODUCT"})
"""Labels an event's name is given by mistake (a law or a work keeps its own)."""


def has_event_head(name: str) -> bool:
    """Tell whether a name ends as an event's does, dated or not ("... Conference")."""
    return bool(_EVENT_HEAD.fullmatch(name) or _DATED_HEAD.fullmatch(name))


def is_event_name(mention: Mention, text: str) -> bool:
    """Tell whether a mention names an event by its head (dated, for the shared heads)."""
    name = mention.text
    if _EVENT_HEAD.fullmatch(name):
        return True
    if not _DATED_HEAD.fullmatch(name):
        return False
    if re.match(r"(?:1[89]|20)\d\d[ \u00a0]", name):
        return True  # "2020 Democratic National Convention"
    return _DATED.search(text, max(0, mention.start - 20), mention.start) is not None


def named_events(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Every mention of an entity one of whose body mentions names an event (by
    ``is_event_name``) labelled EVENT."""
    events = {m.entity for m in mentions
              if m.field == "text" and m.label in _RELABELLED | {"EVENT"}
              and is_event_name(m, text)}
    return [replace(m, label="EVENT")
            if m.entity in events and m.label in _RELABELLED else m for m in mentions]


_FLIGHT_NUMBER = re.compile(r"[ \u00a0]+(\d{1,5}[A-Z]?)\b(?![.,]\d)")
"""The number after "... Flight" ("Lion Air Flight 610", "Flight 9525"), no amount."""


def numbered_flights(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` (in text order) with an airline's "... Flight" name taking the number
    after it ("[Lion Air Flight] 610" -> "[Lion Air Flight 610]"), and the number's own
    mention (a cardinal) gone."""
    result: list[Mention] = []
    taken_until = -1
    for mention in mentions:
        if mention.field == "text" and mention.start < taken_until:
            continue  # the number a flight's name took
        if mention.field == "text" and mention.text.endswith((" Flight", "\u00a0Flight")):
            number = _FLIGHT_NUMBER.match(text, mention.end)
            if number is not None:
                surface = text[mention.start:number.end(1)]
                mention = replace(mention, end=number.end(1), text=surface,
                                  entity=canonical_name(surface))
                taken_until = mention.end
        result.append(mention)
    return result
