"""Places as datelines and locators write them: state abbreviations and capitals.

Why: North American news locates a town with its state or province abbreviated the AP
way ("LONDON, Ont. —", "Springfield, Ill.", "San Jose, Calif."), and opens with a
dateline in capitals. The small model takes "Ont" for a person, keeps "Calif" as a
place of its own and files "SAN JOSE" apart from "San Jose", so the Entities page of a
new user shows a person called Ont and two San Joses. An abbreviation right after
"Town, " and before its full stop is the state; a place written in capitals is the
place its ordinary spelling names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.core.text import literal_spans
from workbench.nlp.gazetteer import lookup
from workbench.nlp.names import Occupied

STATE_ABBREVIATIONS = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky",
    "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
    "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey",
    "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota",
    "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "R.I": "Rhode Island",
    "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee", "Vt": "Vermont",
    "Va": "Virginia", "Wash": "Washington", "W.Va": "West Virginia", "Wis": "Wisconsin",
    "Wyo": "Wyoming", "Ont": "Ontario", "Que": "Quebec", "B.C": "British Columbia",
    "Alta": "Alberta", "Man": "Manitoba", "Sask": "Saskatchewan", "N.S": "Nova Scotia",
    "N.B": "New Brunswick", "Nfld": "Newfoundland and Labrador", "P.E.I": "Prince Edward Island",
}  # fmt: skip
"""AP-style abbreviations of US states and Canadian provinces (written with a full stop)."""

_LOCATOR = re.compile(
    r"(?<=[A-Za-z], )(" + "|".join(re.escape(k) for k in sorted(STATE_ABBREVIATIONS, key=len,
                                                                 reverse=True)) + r")\."
)
"""'Town, Abbr.': the abbreviation of the state a town is in (never a word on its own)."""
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _state(mention: Mention, spans: dict[int, tuple[int, str]]) -> Mention:
    """The mention relabelled as the state its abbreviation stands for, if it is one."""
    found = spans.get(mention.start)
    if found is None or mention.end > found[0] + 1:  # the full stop may be in the span
        return mention
    end, state = found
    return replace(mention, end=end, text=mention.text[: end - mention.start], label="GPE",
                   entity=state, confidence=0.9)


_DATELINE_END = re.compile(
    rf"(?:,[ \u00a0]+{CAPITAL}[\w.]*(?:[ \u00a0]+{CAPITAL}[\w.]*){{0,2}})?[ \u00a0]*"
    r"(?:\([A-Z][\w ]*\)[ \u00a0]*)?[\u2014\u2013-]")
"""What follows a dateline's place: its region or country, an agency in brackets, and a
dash ("VALENCIA, Spain —", "NAIROBI (Reuters) -")."""
_DATELINE_MISREAD = frozenset({"ORG", "PERSON", "NORP", "FAC"})
_MIN_LETTERS = 3


def dateline_tail(text: str, end: int) -> int | None:
    """Where a dateline's dash ends when the place ending at ``end`` is followed by its
    region, agency and dash ("SMALLVILLE|, Ontario —"), else None (shared with speaker
    reading: a dateline's town is never the one who speaks)."""
    match = _DATELINE_END.match(text, end)
    return match.end() if match is not None else None


def opens_dateline_at(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` is the town opening a dateline: in capitals, of
    three letters or more ("AP", "UN" are agencies), at a line's start, followed by its
    region, agency or dash, and a town (``_is_dateline_town``). One rule for the entity
    label and the speaker reading (``speaker_datelines``)."""
    name = text[start:end]
    return (name.isupper() and sum(c.isalpha() for c in name) >= _MIN_LETTERS
            and (start == 0 or text[start - 1] == "\n")
            and _DATELINE_END.match(text, end) is not None
            and _is_dateline_town(name, text, end))


def _is_dateline_town(name: str, text: str, end: int) -> bool:
    """Tell whether a capitalised name before a dateline's dash is a town: one the
    gazetteer knows ("NAIROBI —"), or one followed by its region ("SMALLVILLE, Ontario
    —") that the text never writes as a body; "NATO — the alliance" is no town."""
    if lookup(name.title()) is not None:
        return True
    return text.startswith(",", end) and not _written_as_a_body(name, text)


def _written_as_a_body(name: str, text: str) -> bool:
    """Tell whether the text writes ``name`` in capitals again inside a line ("OPEC, Vienna
    - … OPEC ministers agreed"): an acronym the story uses, not a dateline's town, which
    the story writes in title case ("FORKS, Washington — … the Forks sheriff")."""
    return any(start > 0 and text[start - 1] != "\n"
               for start, _ in literal_spans(name, text))


def _dateline(mention: Mention, text: str) -> Mention:
    """A capitalised name opening a line before a dateline's dash is the place the story
    is filed from ("VALENCIA, Spain —", which the model read as an organisation), named
    in title case when the gazetteer does not know it ("SMALLVILLE, Ontario —" is the
    town Smallville, whichever label the model gave it)."""
    if (mention.label not in _DATELINE_MISREAD | _PLACE_LABELS
            or not opens_dateline_at(text, mention.start, mention.end)):
        return mention  # "NASA — the agency said": a place is known or followed by its region
    place = lookup(mention.text.title())
    if mention.label in _PLACE_LABELS:  # already a place: "SMALLVILLE" named "Smallville"
        return replace(mention, entity=place.name if place is not None else mention.text.title())
    return replace(mention, label="GPE", confidence=0.9,
                   entity=place.name if place is not None else mention.text.title())


def _ordinary_spelling(mention: Mention) -> Mention:
    """A place written in capitals ("SAN JOSE") named as the gazetteer spells it."""
    if mention.label not in _PLACE_LABELS or not mention.entity.isupper():
        return mention
    if len(mention.entity.replace(".", "")) < 4:  # noqa: PLR2004 - "USA", "UK": aliases
        return mention
    place = lookup(mention.entity.title())
    return replace(mention, entity=place.name) if place is not None else mention


def with_dateline_places(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Relabel (or add) state abbreviations after a town; name capitalised places plainly."""
    spans = {match.start(1): (match.end(1), STATE_ABBREVIATIONS[match.group(1)])
             for match in _LOCATOR.finditer(text)}
    result = [_ordinary_spelling(_dateline(_state(m, spans), text) if m.field == "text" else m)
              for m in mentions]
    taken = Occupied((m.start, m.end) for m in result if m.field == "text")
    for start, (end, state) in spans.items():
        if not taken.overlaps(start, end):
            result.append(Mention(start, end, text[start:end], "GPE", state, confidence=0.9))
    return result
