"""Names whose shape tells their kind, where the model read a person: places, "-exit" coinages.

Places: "County Mayo", "Wellhouse Lane". Why: the small model tags a capitalised two-word
name as a person when its first word looks like a given name ("Wellhouse", "Kerry") or
when places come in a list ("County Galway, County Mayo, County Clare"). The analyst then
finds a person "County Mayo" on the Entities page. A person's name never ends in "Road" or
"Avenue" and never starts with "County", so the head word decides, without a list of
places:

* an administrative head ("County Mayo", "Lincoln County", "Hebei Province") -> GPE;
* a road, bridge or square ("Abbey Road", "Fifth Avenue") -> FAC;
* a river, valley or island ("Hudson River", "Santa Cruz Island") -> LOC.

Some heads are also surnames ("Diane Lane", "Michael Bay", "Damon Hill"): those count
only where a place is written, after "on", "in", "at", "along"... ("a crash on Wellhouse
Lane"). Only PERSON mentions change: an organisation named after its street ("Wall
Street", "Downing Street") keeps the model's label.

Coinages: news names a country's leaving (of a union, a family, a market) with one word
ending in "exit" ("Brexit", "Grexit", "Megxit", "Frexit"), which the model often tags as a
person because it stands where subjects do ("Brexit will cost..."). No person's name ends
so; such a word is an event (EVENT), whatever the model read. So is a named storm
("Hurricane Dorian", "Typhoon Hagibis", "Storm Lorenzo"), which the model files as a
person, an organisation or a nationality.

Laws: a name whose head is "Act", "Bill", "Amendment", "Treaty", "Constitution" or "Accords"
("Tenure of Office Act", "Withdrawal Agreement Bill", "Nineteenth Amendment", "Kyoto
Protocol"), or which opens on "Treaty of" or "Act of" ("Treaty of Versailles"), is a law
(LAW), however the model read it (it files most as organisations: "the Act" is then a
body beside "Congress"). A person's name never ends so, and a one-word "Bill" is left
alone (a given name).

Peoples: a nationality word in the plural ("Greeks", "Israelis") is a group (NORP), not a
person or an organisation, as "Londoners" is (``consistency.apply_known_names``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL, SMALL
from workbench.core.models import Mention
from workbench.nlp.entity_glued import is_nationality_word
from workbench.nlp.entity_name_heads import place_head_label
from workbench.nlp.names import canonical_name, name_tokens, previous_word

_SURNAME_HEADS = {"lane": "FAC", "street": "FAC", "hill": "LOC", "park": "FAC", "bay": "LOC",
                  "lake": "LOC"}
"""Heads that are also surnames: a place only where the text places it."""
_PLACING_WORDS = frozenset(
    "on in at along near off down up onto from into across outside inside".split())


_EXIT_COINAGE = re.compile(r"[A-Z][a-z]*xit")
"""One capitalised word ending in "xit": "Brexit", "Grexit", "Megxit", "Italexit"."""
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
STORM_KIND = r"(?:Super[ \u00a0]+Typhoon|Hurricane|Typhoon|Cyclone|(?:Tropical[ \u00a0]+)?Storm)"
"""A storm's kind before its name, as news writes it (and upgrades it as the storm
strengthens: "Storm Lorenzo", then "Hurricane Lorenzo")."""
CAPITALISED_WORD = CAPITAL + SMALL + "+"
"""One capitalised word, accented letters too: a storm's or a person's name is often
Irish, Spanish or Portuguese ("Ciarán", "Agnès", "Óscar"), and ``[A-Z][a-z]+`` stops at the
first accent, so "Storm Ciarán" was no storm and stayed the model's organisation."""
_STORM = re.compile(STORM_KIND + r"[ \u00a0]+" + CAPITALISED_WORD)
"""A named storm: "Hurricane Dorian", "Tropical Storm Imelda", "Storm Ciarán"."""
_STORM_LABELS = _NAME_LABELS | {"FAC", "LOC", "PRODUCT", "WORK_OF_ART"}
"""Whatever the model read a named storm as ("Hurricane Maria" a facility, too)."""


_SEA_HEAD = re.compile(
    r"[ \u00a0]+(?:Channel|Sea|Ocean|Gulf|Strait|Straits)\b(?![ \u00a0]*[A-Z0-9])")
"""A sea's head word right after a nationality ("the English| Channel", "the Irish| Sea"),
not the first word of a longer name ("British Channel Islands", "Channel 4")."""
_PEOPLE_LABELS = frozenset({"NORP", "LANGUAGE"})


def joined_sea_names(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """A nationality word the model cut from the sea it begins ("the [English] Channel",
    "the [Persian] Gulf"), joined to its head again as one place (LOC).

    Why: the small model reads "English" as the language and "Channel" as nothing (or an
    organisation), so the Entities page listed a language and a company for one stretch
    of water. A people's word never names a sea, a strait or a channel of its own.
    """
    ordered = sorted(mentions, key=lambda m: (m.field, m.start))
    result: list[Mention] = []
    covered_to = -1
    for mention in ordered:
        if mention.field == "text" and mention.start < covered_to:
            continue  # the head word the model tagged on its own
        head = _SEA_HEAD.match(text, mention.end) if (
            mention.field == "text" and mention.label in _PEOPLE_LABELS
            and " " not in mention.text) else None
        if head is not None:
            surface = text[mention.start:head.end()]
            mention = replace(mention, end=head.end(), text=surface, label="LOC",
                              entity=canonical_name(surface))
            covered_to = head.end()
        result.append(mention)
    return _short_seas(result)


def _short_seas(mentions: list[Mention]) -> list[Mention]:
    """A sea's head word alone after its full name ("the Channel" after "the English
    Channel") is that sea, not the organisation the model read."""
    seas = {m.entity.split()[-1]: m.entity for m in mentions
            if m.field == "text" and _nationality_sea(m.entity)}
    return [replace(m, entity=seas[m.text], label="LOC")
            if m.field == "text" and m.text in seas and m.label in _NAME_LABELS | {"FAC"}
            else m for m in mentions]


def place_label(mention: Mention, text: str) -> str | None:
    """The label a "person" shaped like a place should carry, or None to keep it; an
    "organisation" only with a road's head where the text places it ("a crash on [King
    George Boulevard]"): a body is not "on" a road, while "Abbey Road" alone may be the
    studio."""
    tokens = name_tokens(mention.text)
    if len(tokens) < 2:  # noqa: PLR2004 - a head needs a name
        return None
    if mention.label == "ORG":
        placed = previous_word(text, mention.start).lower() in _PLACING_WORDS
        return "FAC" if placed and place_head_label(tokens) == "FAC" else None
    if mention.label != "PERSON":
        return None
    label = place_head_label(tokens)
    if label is None and tokens[-1].lower() in _SURNAME_HEADS:
        if previous_word(text, mention.start).lower() in _PLACING_WORDS:
            label = _SURNAME_HEADS[tokens[-1].lower()]
    return label


_LAW_HEADS = frozenset({"Act", "Bill", "Amendment", "Treaty", "Accords", "Constitution"})
"""A law's head word ("the US Constitution", which the model also reads as an event)."""
_LAW_OPENINGS = frozenset({"Treaty", "Act"})
_LAW_MISREAD = _STORM_LABELS | {"EVENT"}
"""Whatever the model read a law as (an organisation mostly, a work of art, an event)."""
_TITLE_LAW_HEADS = frozenset({"Amendment", "Treaty", "Accords"})
"""The heads a title of a work or a product never has: "Sister Act", "Kill Bill", "Act of
Valor" are films, "Honda Accord" a car and "Internet Protocol" no law ("Protocol" and a
singular "Accord" are left out altogether)."""


def _law_shaped(name: str, label: str) -> bool:
    """Tell whether a name of two words or more is headed like a law: "Patriot Act",
    "Treaty of Lisbon"; a capitalised last word only ("the Act" has one). A work or a
    product (``label``) only with a treaty's or an amendment's head."""
    tokens = name_tokens(name)
    if len(tokens) < 2:  # noqa: PLR2004 - a head needs a name before it
        return False
    if label in {"PRODUCT", "WORK_OF_ART"}:
        return tokens[-1] in _TITLE_LAW_HEADS or (tokens[0] == "Treaty" and tokens[1] == "of")
    return tokens[-1] in _LAW_HEADS or (tokens[0] in _LAW_OPENINGS and tokens[1] == "of")


def shape_label(mention: Mention, text: str) -> str | None:
    """The label a name's shape gives it ("County Mayo" GPE, "Brexit" EVENT), or None."""
    if (mention.label in _LAW_MISREAD and _law_shaped(mention.text, mention.label)
            and not (mention.label == "PERSON" and mention.text.endswith("Bill"))):
        return "LAW"  # "Buffalo Bill", read as a person, is one
    if mention.label in _NAME_LABELS and _EXIT_COINAGE.fullmatch(mention.text):
        return "EVENT"
    if mention.label in _STORM_LABELS and _STORM.fullmatch(mention.text):
        return "EVENT"
    if mention.label in _NAME_LABELS - {"NORP"} and _plural_nationality(mention.text):
        return "NORP"
    if mention.label in _NAME_LABELS | {"FAC"} and _nationality_sea(mention.text):
        return "LOC"
    if mention.label in _PLACE_LABELS and _regional_adjective(mention.text):
        return "NORP"
    return place_label(mention, text)


def _nationality_sea(name: str) -> bool:
    """Tell whether a name is a nationality and a sea's head ("English Channel", "Irish
    Sea"), which the model files as an organisation like "the Disney Channel"."""
    words = name.split()
    return (len(words) == 2 and is_nationality_word(words[0])  # noqa: PLR2004 - two words
            and _SEA_HEAD.fullmatch(" " + words[1]) is not None)


_COMPASS = frozenset("North South East West Central Southeast Southwest Northeast Northwest "
                     "Latin Middle Far Near".split())
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _regional_adjective(name: str) -> bool:
    """Tell whether a name is a region's adjective ("Middle Eastern", "South Asian", "West
    African"), which the model files as the region itself though it describes people and
    things as a nationality word does ("European"); "East Mediterranean" is a place."""
    words = name.split()
    if len(words) != 2 or words[0] not in _COMPASS:  # noqa: PLR2004 - two words
        return False
    if words[0] in {"Middle", "Far", "Near"}:
        return words[1] == "Eastern"
    return is_nationality_word(words[1])


def _plural_nationality(name: str) -> bool:
    """Tell whether a one-word name is a nationality word in the plural ("Israelis")."""
    return (" " not in name and name.endswith("s") and name[:1].isupper()
            and is_nationality_word(name[:-1]))


def relabel_by_shape(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Give PERSON mentions whose head word names a place (road, county, river) a place
    label and "-exit" coinages EVENT, before the votes group them (so every mention of
    the name agrees)."""
    result = []
    for mention in mentions:
        label = shape_label(mention, text) if mention.field == "text" else None
        result.append(mention if label is None else replace(mention, label=label))
    return result


def _storm_entities(mentions: Sequence[Mention]) -> dict[str, str]:
    """A storm's name -> the one entity all its forms share ("Storm Lorenzo" and
    "Hurricane Lorenzo" are one storm, upgraded as it strengthened): the form written
    most often, the first on a tie."""
    forms: dict[str, dict[str, int]] = {}
    for mention in mentions:
        if mention.label == "EVENT" and _STORM.fullmatch(mention.text):
            counts = forms.setdefault(mention.text.split()[-1], {})
            counts[mention.entity] = counts.get(mention.entity, 0) + 1
    return {name: max(counts, key=counts.__getitem__) for name, counts in forms.items()}


def settled_shapes(mentions: Sequence[Mention]) -> list[Mention]:
    """After the last label vote: a storm's name alone ("Dorian" after "Hurricane Dorian")
    and its other forms ("Tropical Storm Dorian") are that storm (one entity, EVENT), and
    a plural nationality stays a group (NORP).

    Why after the vote: resolution links a short form to an event only by two or more
    words, and a storm's name alone is one (the person's surname while the model read
    one); "the Israelis" votes for a group name like "the Beatles" (ORG).
    """
    storms = _storm_entities(mentions)
    result = []
    for mention in mentions:
        if mention.text in storms and mention.label in _NAME_LABELS:
            mention = replace(mention, label="EVENT", entity=storms[mention.text])
        elif mention.label == "EVENT" and _STORM.fullmatch(mention.text):
            mention = replace(mention, entity=storms[mention.text.split()[-1]])
        elif mention.label in _NAME_LABELS - {"NORP"} and _plural_nationality(mention.entity):
            mention = replace(mention, label="NORP")
        result.append(mention)
    return result
