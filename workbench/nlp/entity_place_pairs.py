"""Two places read as one name ("Omsk in Siberia"), and words that name no person or body.

Places: news locates a small place in a larger one with "in" ("Omsk in Siberia", "Aleppo
in Syria") and the small model sometimes tags the whole
phrase as one place. The analyst then finds a place "Omsk in Siberia" next to "Omsk"
and "Siberia". A place's own name seldom holds "in" between two capitalised words, so
the phrase is cut into its two places; each takes the gazetteer's label when the
gazetteer knows it, else the label the model gave the phrase. The model also reads the
phrase as an organisation, and writes a body "in" its place ("Bank of America in
London"): such a phrase is cut when the gazetteer knows the place after "in".
Two places joined by "and" ("between Crete and Cyprus") are read as one name the same
way; that phrase is cut when one side is a country or capital the gazetteer trusts and
the other a known place or one word, and the whole is no place it knows ("Trinidad and
Tobago" stays; so do "Marks and Spencer", with no country in it, and "Australia and New
Zealand Banking Group", whose other side is a company's words).
A town and its region or state joined by a comma ("Karipur, Kerala", "Portland, Ore.",
"Winchester, Hampshire") are two places too: the model tags most such phrases as two
and some as one, so one article's "Karipur, Kerala" stood apart from another's "Karipur"
and "Kerala" (a town or a body it read as one organisation with the country or state
after its comma, "Auckland, New Zealand", is cut the same way). Only a place so tagged is
cut, into capitalised parts (a body's "Acme, Inc." or a person's ", Jr." is never a
place); the district "Washington, D.C." stays one.

Not names: an idea ("Islamophobia", "Zionism") or a code of letters and a number
("COVID-19", "Falcon-9") is no person, organisation or place, but the model files
them so when they stand where subjects do ("COVID-19 has killed..."). Their shape tells
them apart without a list: a capitalised word ending in "-ism" or "-phobia", or one word
of three or more letters, a hyphen and a number. An idea read as a person, an organisation
or a place is dropped (a common noun, not a name an analyst files). A code is kept and filed
as an event: the app has no label for a disease, and an analyst reading 2020 news must still
find "COVID-19" in the Entities list and follow it across documents (an outbreak or a launch
is what news reports of it; the model's own event or product readings stay as they are).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.nlp.entity_name_heads import has_org_head
from workbench.nlp.entity_variants import DISTRICT_LETTERS
from workbench.nlp.gazetteer import country_or_capital, lookup
from workbench.nlp.names import canonical_name, name_tokens

_SPLIT_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})
"""Labels the model gives "Omsk in Siberia"; an organisation's phrase is cut only before a
place the gazetteer knows ("Bank of America in London", not "Women in Film")."""
_CAPITALISED_WORDS = rf"({CAPITAL}[\w'\u2019.-]*(?:[ \u00a0]+{CAPITAL}[\w'\u2019.-]*)*)"


def _joined_by(word: str) -> re.Pattern[str]:
    """Capitalised words, ``word``, capitalised words: the whole span, nothing else."""
    return re.compile(rf"{_CAPITALISED_WORDS}[ \u00a0]+{word}[ \u00a0]+{_CAPITALISED_WORDS}")


_PLACE_IN_PLACE = _joined_by("in")
"""Capitalised words, "in", capitalised words ("Omsk in Siberia")."""
_PLACE_AND_PLACE = _joined_by("and")
"""Capitalised words, "and", capitalised words ("Crete and Cyprus")."""

_COMMA_LABELS = frozenset({"GPE", "LOC"})
_CAPITALISED_PART = re.compile(rf"{CAPITAL}[\w'\u2019.-]*(?:[ \u00a0]+{CAPITAL}[\w'\u2019.-]*)*")
_COMMA = re.compile(r",[ \u00a0]+")
_PLACED_BODY_LABELS = frozenset({"ORG", "FAC"})
_BODY_PART = re.compile(rf"{CAPITAL}[\w'\u2019.-]*(?:[ \u00a0]+(?:(?:of|the|for|and)[ \u00a0]+)*"
                        rf"{CAPITAL}[\w'\u2019.-]*)*")
"""Capitalised words, "of", "the", "for" and "and" between them ("University of Auckland")."""
_REGION_KINDS = frozenset({"country", "state", "region", "continent"})
"""What a body's or town's comma places it in ("Auckland, New Zealand"); a city after the
comma may be part of a body's name."""
_DISTRICT = re.compile(DISTRICT_LETTERS)
"""The district's letters after "Washington, ": its own name, not a region."""

_IDEA = re.compile(r"(?:Anti-?)?[A-Z][a-z]+(?:ism|phobia)")
"""One capitalised word ending in "-ism" or "-phobia": "Islamophobia", "Zionism"."""
_LETTERS_AND_NUMBER = re.compile(r"[A-Za-z]{3,}(?:-[A-Za-z]+)*-\d{1,2}")
"""Three or more letters, a hyphen and a small number: "COVID-19", "SARS-CoV-2",
"Falcon-9" (not "G-20" or "F-16", whose single letter may stand for a body or a maker,
nor a band's "Blink-182")."""
_FLU_STRAIN = re.compile(r"H\d{1,2}N\d{1,2}")
"""An influenza subtype ("H5N1", "H1N1"): a code like "COVID-19", never a person."""
_NOT_THESE = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def _place_label(name: str, label: str) -> str:
    place = lookup(name)
    return place.label if place is not None else label


def _pair_match(mention: Mention) -> re.Match[str] | None:
    """The "Omsk in Siberia" or "Crete and Cyprus" shape of a mention worth cutting."""
    if mention.label not in _SPLIT_LABELS:
        return None
    if " in " in mention.text:
        match = _PLACE_IN_PLACE.fullmatch(mention.text)
        if match is None or (mention.label == "ORG" and lookup(match.group(2)) is None):
            return None
        return match
    if " and " not in mention.text or lookup(mention.text) is not None:
        return None
    match = _PLACE_AND_PLACE.fullmatch(mention.text)
    if match is None:
        return None
    sides = match.group(1), match.group(2)
    for country, other in (sides, sides[::-1]):
        if country_or_capital(country) and (lookup(other) or " " not in other):
            return match
    return None


def _place_pair(mention: Mention) -> list[Mention] | None:
    """The two places of "Omsk in Siberia", or None when the span is not so shaped."""
    match = _pair_match(mention)
    if match is None:
        return None
    label = mention.label
    if match.re is _PLACE_AND_PLACE:  # "Crete and Cyprus": a place beside a country
        label = _place_label(match.group(1), _place_label(match.group(2), label))
    parts = []
    for group in (1, 2):
        start, end = mention.start + match.start(group), mention.start + match.end(group)
        piece = match.group(group)
        parts.append(replace(mention, start=start, end=end, text=piece,
                             entity=canonical_name(piece),
                             label=_place_label(piece, label)))
    return parts


def _comma_places(mention: Mention) -> list[Mention] | None:
    """The town and region of "Karipur, Kerala" read as one place (or as a body before a
    country or state: "Auckland, New Zealand"), or None."""
    if "," not in mention.text:
        return None
    if mention.label not in _COMMA_LABELS:
        return _placed_body(mention)
    bounds, start = [], 0
    for comma in _COMMA.finditer(mention.text):
        bounds.append((start, comma.start()))
        start = comma.end()
    bounds.append((start, len(mention.text)))
    pieces = [mention.text[a:b] for a, b in bounds]
    if (len(pieces) < 2 or _DISTRICT.fullmatch(pieces[-1])  # noqa: PLR2004 - a pair at least
            or not all(_CAPITALISED_PART.fullmatch(piece) for piece in pieces)):
        return None
    return [replace(mention, start=mention.start + a, end=mention.start + b,
                    text=piece, entity=canonical_name(piece),
                    label=_place_label(piece, mention.label))
            for (a, b), piece in zip(bounds, pieces, strict=True)]


def _placed_body(mention: Mention) -> list[Mention] | None:
    """A town or a body and the country or state after its comma, read as one body
    ("[Auckland, New Zealand] —", "the [University of Auckland, New Zealand]"), cut in
    two; None for any other body ("Acme, Inc.", "Smith, Jones and Co").

    Why: a company's or body's own name never ends on ", <country>", news writes it
    after a town or a body to place it. The part before the comma keeps the gazetteer's
    label, or the body's if its head says it is one ("University"), else a town's."""
    if mention.label not in _PLACED_BODY_LABELS:
        return None
    head, _, last = mention.text.rpartition(", ")
    region = lookup(last)
    if (region is None or region.kind not in _REGION_KINDS or _DISTRICT.fullmatch(last)
            or not _BODY_PART.fullmatch(head) or not _CAPITALISED_PART.fullmatch(last)):
        return None
    front = lookup(head)
    if front is not None:
        label = front.label
    elif has_org_head(name_tokens(head)) or mention.label == "FAC":
        label = mention.label
    else:
        label = "GPE"
    tail = mention.start + len(head) + 2
    return [replace(mention, end=mention.start + len(head), text=head,
                    entity=canonical_name(head), label=label),
            replace(mention, start=tail, text=last, entity=canonical_name(last),
                    label=region.label)]


def split_place_pairs(mentions: Sequence[Mention]) -> list[Mention]:
    """Cut "Omsk in Siberia", "Crete and Cyprus" and "Karipur, Kerala" read as one place
    into their places."""
    result: list[Mention] = []
    for mention in mentions:
        pair = None
        if mention.field == "text":
            pair = _place_pair(mention) or _comma_places(mention)
        result.extend([mention] if pair is None else pair)
    return result


def names_no_one(mention: Mention) -> bool:
    """Tell whether a person, organisation or place mention is an idea or a coded name."""
    return mention.label in _NOT_THESE and (
        _IDEA.fullmatch(mention.text) is not None
        or _coded(mention.text))


def _coded(name: str) -> bool:
    return (_LETTERS_AND_NUMBER.fullmatch(name) is not None
            or _FLU_STRAIN.fullmatch(name) is not None)


def _code_letters(mentions: Sequence[Mention]) -> dict[str, str]:
    """The letters of each code the document names -> the code ("COVID" -> "COVID-19")."""
    return {mention.text.rsplit("-", 1)[0]: mention.entity for mention in mentions
            if _LETTERS_AND_NUMBER.fullmatch(mention.text) is not None}


def without_non_names(mentions: Sequence[Mention]) -> list[Mention]:
    """Drop ideas ("Islamophobia") read as people, bodies or places; file codes ("COVID-19")
    so read as events, and their letters alone too ("COVID" where the text also writes
    "COVID-19": news shortens the code, and the model then reads a person)."""
    codes = _code_letters(mentions)
    result: list[Mention] = []
    for mention in mentions:
        if mention.label in _NOT_THESE and mention.text in codes:
            result.append(replace(mention, label="EVENT", entity=codes[mention.text]))
        elif not names_no_one(mention):
            result.append(mention)
        elif _coded(mention.text):
            result.append(replace(mention, label="EVENT"))
    return result
