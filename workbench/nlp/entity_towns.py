"""A town the model read as a person, known by the region or country written after it.

Why: news locates a small place by its region or country after a comma ("a man from
Harlow Vale, Ontario was arrested", "the mill in Dunmore, Pennsylvania, closed"), and
the small model, which does not know the town, often tags it as a person. A person's
name is seldom followed by a comma and a place that ends the phrase there: a place
with a possessive or a noun after it is a description ("Ana Ruiz, Ontario's premier",
"Ana Ruiz, Ontario senator"), and one followed by "and" or another comma is a list
("Veltrix, Texas and Ohio"). A region set off by commas on both sides also follows
people in lists ("Dana Okafor, Texas, and Lee Holt, Ohio, voted"), so it makes a town
only after a word that places it ("in", "from", "near"). A place noun and "of" before
the name say the same ("the electoral district of Groom", "the town of Paradise": the
model read an Australian seat as a person in every paragraph); "the state of" is left
out, as news also writes it of a person's affairs. So does a person's age set off by
commas before "of"/"from" (US wire style's hometown: "Gerald Minch, 61, of [Montclair],
led"; a person after it would be someone's kin: "the son, 12, of Ana Ruiz", which a
lower-case noun before the age leaves alone; so would one with "'s" after it, the
owner of the place: "Tyler Brandt, 19, of Linda Brandt's house"). Every mention of the name
takes the place label, unless the name carries a title ("President X") or follows one
("Prime Minister [Costas Karamanlis], Greece is ...": a country's leader) or is a full
name the text also writes as a person's surname alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.nlp.gazetteer import LOCATIVE
from workbench.nlp.names import is_honorific, name_tokens, previous_word

_PLACE_LABELS = frozenset({"GPE", "LOC"})
_PLACING_WORDS = LOCATIVE | {"from", "at", "of", "to", "outside", "near"}
"""Words before a town ("from Harlow Vale", "the mayor of Dunmore")."""
_PLACE_NOUN_OF = re.compile(
    r"\b(?:city|town|township|village|hamlet|district|electorate|division|seat|county|"
    r"province|municipality|borough|suburb|shire|parish|region|neighbou?rhood|island)"
    r"[ \u00a0]+of[ \u00a0]+$")
"""A place noun and "of" right before a name: "the electoral district of [Groom]", "the
neighborhood of [Exarchia]"."""
_AGE_OF = re.compile(
    rf"{CAPITAL}[\w'.-]*,[ \u00a0]+\d{{1,3}},[ \u00a0]+(?:of|from)[ \u00a0]+$")
"""A name, an age in commas and "of"/"from" right before a name: "Minch, 61, of [Montclair]"."""
_COMMA = re.compile(r",[ \u00a0]+")
_PHRASE_END = re.compile(
    rf"(?:[.;:)!?\u2014]|,(?![ \u00a0]+{CAPITAL})|$|[ \u00a0]+(?:was|were|is|are|has|had|have|"
    r"on|in|at|where|which|when|for|after|before|during|said|says|police|residents)\b)")
"""What ends the region's phrase: punctuation (not a list's next item), or a verb or
preposition ("Harlow Vale, Ontario was", "Dunmore, Pennsylvania, on Friday")."""


def towns_before_regions(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each person written right before ", <place>" that ends its phrase
    relabelled as a place (the place's label), every mention of that name alike."""
    places = {m.start: m for m in mentions if m.field == "text" and m.label in _PLACE_LABELS}
    surnames = _lone_words(mentions)
    towns: dict[str, str] = {}
    for mention in mentions:
        if mention.field != "text" or mention.label != "PERSON":
            continue
        if not _may_be_town(mention, surnames) or _titled_before(mention, text):
            continue
        region = _region_after(mention, text, places)
        if region is not None and (_COMMA.match(text, region.end) is None
                                   or previous_word(text, mention.start).lower()
                                   in _PLACING_WORDS):
            towns[mention.entity] = region.label
        elif _after_place_noun(mention, text) or _after_an_age(mention, text):
            towns[mention.entity] = "GPE"
    if not towns:
        return list(mentions)
    return [replace(m, label=towns[m.entity]) if m.label == "PERSON" and m.entity in towns
            else m for m in mentions]


def _region_after(mention: Mention, text: str, places: dict[int, Mention]) -> Mention | None:
    """The place written right after the mention and a comma, when it ends the phrase."""
    comma = _COMMA.match(text, mention.end)
    if comma is None:
        return None
    region = places.get(comma.end())
    if region is None or _PHRASE_END.match(text, region.end) is None:
        return None
    return region


def _after_place_noun(mention: Mention, text: str) -> bool:
    """True for a name right after "town of", "district of" ... that no possessive ends
    ("the seat of Groom", not "the town of Ana Ruiz's birth")."""
    before = text[max(0, mention.start - 40):mention.start]
    return _PLACE_NOUN_OF.search(before) is not None and not _possessive(mention, text)


def _after_an_age(mention: Mention, text: str) -> bool:
    """True for a name right after "<Name>, <age>, of" or "from" that no possessive ends:
    a hometown ("Gerald Minch, 61, of Montclair"), not a place named by its owner ("Tyler
    Brandt, 19, of Linda Brandt's house")."""
    return (_AGE_OF.search(text, max(0, mention.start - 40), mention.start) is not None
            and not _possessive(mention, text))


def _possessive(mention: Mention, text: str) -> bool:
    """True when "'s" follows the name: someone's, so a person, not the place itself."""
    return text[mention.end:mention.end + 2] in {"'s", "\u2019s"}


_SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Ste."})
"""Honorifics that open a town's name too ("St. [Albert], Alberta")."""


def _titled_before(mention: Mention, text: str) -> bool:
    """True when a capitalised title stands right before the name, outside it: "Prime
    Minister [Costas Karamanlis], Greece is ..." names the country's leader, not a town."""
    before = previous_word(text, mention.start)
    return before[:1].isupper() and before not in _SAINTS and is_honorific(before)


def _lone_words(mentions: Sequence[Mention]) -> set[str]:
    """Words the text tags alone as a person: a full name's surname written by itself."""
    return {m.text for m in mentions if m.label == "PERSON" and " " not in m.text}


def _may_be_town(mention: Mention, lone_person_words: set[str]) -> bool:
    """No title before the name inside it, and no word of it written alone as a person."""
    tokens = name_tokens(mention.text)
    if not tokens or is_honorific(tokens[0]):
        return False
    return len(tokens) == 1 or not any(word in lone_person_words for word in tokens)
