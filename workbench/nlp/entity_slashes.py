"""A person the model reads across a slash is cut to the name before it; two people's
surnames joined by one ("the Hawkins/Walker ticket") are two people.

Why: television newsrooms publish scripts with their on-screen captions, a name and a
role joined by a slash (`David Soares/Albany County District Attorney:`), and the small
model tags the name and the role's first words as one person ("David Soares/Albany
County District"). No personal name holds a slash, so the person is the words before it;
without the cut the quote after the caption resolves to the misread name, and the
article's other "Soares" mentions to it too.

Election news names a ticket by its candidates' surnames joined by a slash ("the
Blankenship/Mohr ticket", "Hawkins/Walker"), and the model files the pair as one
organisation or a facility: a name the Entities page lists beside no one, and under two
labels across articles. When each side ends the full name of a person the article names,
the pair is those two people, each resolved to the full name like any surname.

A dash with a space on each side ends a name the same way: results lists write
"Labour Party - 203" and a company's address "based in San Jose - Cisco", and the model
tags the name with the figure or the next name as one (a party "Labour Party - 203", a
place "San Jose - Cisco"). A name's own hyphen seldom has spaces ("Rolls-Royce"), so a
person, body or place is cut before a spaced dash after two words or more, or before a
figure; one word on each side may be a name that a tokeniser spaced out ("Wal - Mart",
as MEANTIME's text writes Wal-Mart) and stays. A name after the dash that the article
writes elsewhere comes back by propagation, with its own label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.nlp.names import canonical_name, name_tokens, strip_honorifics

_SPACED_DASH = re.compile(r"[ \u00a0]+[-\u2013\u2014][ \u00a0]+")
_DASH_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def cut_at_spaced_dash(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each person, body or place cut before a spaced dash inside it."""
    result: list[Mention] = []
    for mention in mentions:
        dash = _SPACED_DASH.search(mention.text) if mention.label in _DASH_LABELS else None
        name = mention.text[:dash.start()] if dash is not None else ""
        if dash is not None and any(char.isalpha() for char in name) and (
                len(name.split()) > 1 or mention.text[dash.end():][:1].isdigit()):
            mention = replace(mention, end=mention.start + len(name), text=name,
                              entity=canonical_name(name))
        result.append(mention)
    return result


def cut_at_slash(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each person that runs over a slash cut to the name before it,
    and each pair of the article's people's surnames split into the two people."""
    people = [strip_honorifics(name_tokens(m.text)) for m in mentions if m.label == "PERSON"]
    surnames = {person[-size:] for person in people for size in range(1, len(person))}
    result: list[Mention] = []
    for mention in mentions:
        if mention.label == "PERSON":
            mention = _before_slash(mention)
        result.extend(_surname_pair(mention, surnames) or (mention,))
    return result


def _surname_pair(mention: Mention, surnames: set[tuple[str, ...]]) -> tuple[Mention, ...]:
    """The two people of a slashed pair of surnames ("Hawkins/Walker"), else ()."""
    first, slash, second = mention.text.partition("/")
    if not slash or "/" in second or mention.field != "text":
        return ()
    parts = (first.strip(), second.strip())
    if not all(part and name_tokens(part) in surnames for part in parts):
        return ()
    second_start = mention.start + len(first) + 1 + (len(second) - len(second.lstrip()))
    return tuple(replace(mention, start=start, end=start + len(part), text=part,
                         label="PERSON", entity=canonical_name(part))
                 for start, part in ((mention.start, parts[0]), (second_start, parts[1])))


def _before_slash(mention: Mention) -> Mention:
    name = mention.text.split("/", 1)[0].rstrip()
    if name == mention.text or len(name.split()) < 2:
        return mention
    return replace(
        mention, end=mention.start + len(name), text=name, entity=canonical_name(name)
    )
