"""The body a generic noun stands for: "the agency", "the regulator", "the club".

Why: news names a government body in full once ("The Food and Drug Administration
approved the drug") and then calls it by what it is, not by a word of its name: "the
agency said", "the regulator said". ``speaker_descriptions`` links "the board" to the
body whose name ends in "Board"; a generic noun names no word of the name, so here it
is the nearest organisation of its passage whose head word (an acronym's: that of the
name it stands for, "NTSB") is a kind of body that noun covers ("Administration",
"Commission", "Authority", "Board" ...; a sports club's "Rovers", "United", "FC" for "the
club" or "the team"). Only looking back, and only within the passage (as "the company"
is read).

A body's unit is called by its own noun, not by its parent's kind: "The National Weather
Service office in Missoula issued ... the office warned", "the FBI's Detroit field office
... the office said". There the noun ("office", "bureau", "branch" ...) names no word of
the parent's name; the organisation written right before it (a possessive, a place or a
kind of office between) is the one that speaks (``_body_of_unit``).

Canadian federal bodies are named by their field and the country, with no kind of body
in the name ("Health Canada", "Statistics Canada", "Global Affairs Canada"), and Canadian
news calls them "the department" or "the agency" from then on; so "Canada" closing a name
after a field ("Health", "Statistics", "Affairs" ...) is the head those nouns cover, never
after a company's or a sports body's word ("Air Canada", "Hockey Canada"), nor in
"<kind> of Canada" ("Bank of Canada", "Government of Canada": there the kind before "of"
is the head). "The ministry" is a ministry's, never a department's: a foreign ministry
answering "the State Department" is no department.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from workbench.core.models import Mention

#: Last words of a sports club's name ("Westfield Rovers", "Leeds United", "Ajax FC").
_CLUB_HEADS = frozenset(
    "united athletic albion hotspur fc afc cf sc rovers wanderers rangers celtic".split())
#: The last word of a Canadian federal body's name ("Health Canada", "Statistics Canada").
_FEDERAL = "canada"
#: Words before "Canada" in federal bodies' names ("Health Canada", "Global Affairs Canada",
#: "Fisheries and Oceans Canada"): "Air Canada", "Hockey Canada", "Bell Canada" are not.
_FEDERAL_FIELDS = frozenset(
    "health statistics affairs transport environment change development safety oceans "
    "citizenship parks elections service services heritage infrastructure agri-food "
    "resources innovation industry justice finance procurement immigration sport "
    "equality".split())
#: Generic noun -> head words of the bodies it may stand for.
_BODY_HEADS: dict[str, frozenset[str]] = {
    "agency": frozenset(
        "administration agency authority board bureau commission directorate office "
        "service canada".split()),
    "department": frozenset("department ministry canada".split()),
    "ministry": frozenset("ministry canada".split()),
    "regulator": frozenset("administration agency authority commission office".split()),
    "watchdog": frozenset("agency authority commission office ombudsman".split()),
    "club": _CLUB_HEADS,
    "team": _CLUB_HEADS,
}  # fmt: skip
#: Words after a body's head noun in its name ("Commission on ...", "Office of ...").
_CONNECTORS = frozenset(("of", "on", "for"))
#: Nouns for a unit of a body, cited bare after "<Body> office" ("the office said").
_UNIT_NOUNS = frozenset("office bureau branch division detachment laboratory lab".split())
#: What may stand between a body's name and its unit's noun: a possessive, then capitalised
#: words (a place: "Detroit") or a few kinds of office ("field", "regional").
_UNIT_AFTER_BODY = (
    r"(?:['\u2019]s?)?(?:[ \u00a0]+(?:[A-Z][\w.-]*|field|regional|local|district|area|"
    r"press|county|state|provincial|national)){{0,3}}[ \u00a0]+{noun}\b"
)
#: How far back (in characters) a generic noun looks for its body: one passage.
MAX_DISTANCE = 1500


def covers(noun: str) -> bool:
    """Tell whether ``noun`` is a generic noun for a public body ("agency") or its unit
    ("office")."""
    return noun in _BODY_HEADS or noun in _UNIT_NOUNS


def _body_of_unit(noun: str, start: int, earlier: Iterable[Mention], text: str
                 ) -> Mention | None:
    """The nearest organisation of ``earlier`` (mentions before ``start``, nearest first)
    within the passage written right before ``noun``, a unit's noun ("the National
    Weather Service office", "the FBI's Detroit field office"), for "the office" at
    ``start``; None for another noun, or when the text writes the noun again between
    (another office may be meant)."""
    unit = _unit_after_body(noun)
    for mention in earlier:
        if start - mention.end > MAX_DISTANCE:
            return None
        found = unit.match(text, mention.end) if mention.label == "ORG" else None
        if found is not None:
            return None if written_noun(noun).search(text, found.end(), start) else mention
    return None


@cache
def _unit_after_body(noun: str) -> re.Pattern[str]:
    """``_UNIT_AFTER_BODY`` for ``noun``, compiled once per noun."""
    return re.compile(_UNIT_AFTER_BODY.format(noun=re.escape(noun)))


def public_body(noun: str, start: int, earlier: Iterable[Mention], text: str
                ) -> Mention | None:
    """The nearest organisation of ``earlier`` (mentions before ``start``, nearest first)
    within the passage whose head word is a body ``noun`` stands for, else None; None too
    when the text calls something else by that noun in between ("told the Interfax news
    agency ... the agency said": which agency is not for a head word to decide). A
    unit's noun ("the office") is read by ``_body_of_unit``."""
    if noun in _UNIT_NOUNS:
        return _body_of_unit(noun, start, earlier, text)
    heads = _BODY_HEADS.get(noun, frozenset())
    for mention in earlier:
        if start - mention.end > MAX_DISTANCE:
            return None
        named = _head_words(mention.text) | _head_words(mention.entity)  # "NTSB": its name
        if mention.label == "ORG" and heads.intersection(named):
            return None if written_noun(noun).search(text, mention.end, start) else mention
    return None


@cache
def written_noun(noun: str) -> re.Pattern[str]:
    """A noun written as a word, singular or plural, any case ("agency", "Agencies"),
    compiled once per noun, not per quote: written again between what a generic or kin
    noun stands for and the quote, it names something else of that kind."""
    return re.compile(rf"\b{re.escape(noun)}s?\b", re.IGNORECASE)


def _head_words(name: str) -> set[str]:
    """The last word of a body's name and the word before its first "of"/"on"/"for"
    ("Food and Drug Administration", "Office of the Comptroller"); "Canada" closing a
    name after "of" is where the body is, not what it is ("Bank of Canada")."""
    words = [w.lower().strip(".,'\u2019") for w in name.split()]
    if len(words) < 2:  # noqa: PLR2004 - a one-word name is no body's full name
        return set()
    if words[-1] == _FEDERAL and words[-2] not in _FEDERAL_FIELDS:
        words = words[:-1]  # "Air Canada", "Hockey Canada": a company or a sports body
    cut = next((i for i, w in enumerate(words) if w in _CONNECTORS), None)
    if not cut:
        return {words[-1]}
    last = {words[-1]} if words[-1] != _FEDERAL else set()
    return last | {words[cut - 1]}
