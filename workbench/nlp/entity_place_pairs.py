"""Two places read as one name ("Omsk in Siberia"), and words that name no person or body.

Places: news locates a small place in a larger one with "in" ("Omsk in Siberia", "Aleppo
in Syria") and the small model sometimes tags the whole
phrase as one place. The analyst then finds a place "Omsk in Siberia" next to "Omsk"
and "Siberia". A place's own name seldom holds "in" between two capitalised words, so
the phrase is cut into its two places; each takes the gazetteer's label when the
gazetteer knows it, else the label the model gave the phrase. The model also reads the
phrase as an organisation, and writes a body "in" its place ("Bank of America in
London"): such a phrase is cut when the gazetteer knows the place after "in".

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

from workbench.core.models import Mention
from workbench.nlp.gazetteer import lookup
from workbench.nlp.names import canonical_name

_SPLIT_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})
"""Labels the model gives "Omsk in Siberia"; an organisation's phrase is cut only before a
place the gazetteer knows ("Bank of America in London", not "Women in Film")."""
_PLACE_IN_PLACE = re.compile(
    r"([A-Z][\w'\u2019.-]*(?:[ \u00a0]+[A-Z][\w'\u2019.-]*)*)[ \u00a0]+in[ \u00a0]+"
    r"([A-Z][\w'\u2019.-]*(?:[ \u00a0]+[A-Z][\w'\u2019.-]*)*)")
"""Capitalised words, "in", capitalised words: the whole span, nothing else."""

_IDEA = re.compile(r"(?:Anti-?)?[A-Z][a-z]+(?:ism|phobia)")
"""One capitalised word ending in "-ism" or "-phobia": "Islamophobia", "Zionism"."""
_LETTERS_AND_NUMBER = re.compile(r"[A-Za-z]{3,}(?:-[A-Za-z]+)*-\d{1,2}")
"""Three or more letters, a hyphen and a small number: "COVID-19", "SARS-CoV-2",
"Falcon-9" (not "G-20" or "F-16", whose single letter may stand for a body or a maker,
nor a band's "Blink-182")."""
_NOT_THESE = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def _place_label(name: str, label: str) -> str:
    place = lookup(name)
    return place.label if place is not None else label


def _place_pair(mention: Mention) -> list[Mention] | None:
    """The two places of "Omsk in Siberia", or None when the span is not so shaped."""
    if mention.label not in _SPLIT_LABELS or " in" not in mention.text:
        return None
    match = _PLACE_IN_PLACE.fullmatch(mention.text)
    if match is None or (mention.label == "ORG" and lookup(match.group(2)) is None):
        return None
    parts = []
    for group in (1, 2):
        start, end = mention.start + match.start(group), mention.start + match.end(group)
        piece = match.group(group)
        parts.append(replace(mention, start=start, end=end, text=piece,
                             entity=canonical_name(piece),
                             label=_place_label(piece, mention.label)))
    return parts


def split_place_pairs(mentions: Sequence[Mention]) -> list[Mention]:
    """Cut "Omsk in Siberia" read as one place into "Omsk" and "Siberia"."""
    result: list[Mention] = []
    for mention in mentions:
        pair = _place_pair(mention) if mention.field == "text" else None
        result.extend([mention] if pair is None else pair)
    return result


def names_no_one(mention: Mention) -> bool:
    """Tell whether a person, organisation or place mention is an idea or a coded name."""
    return mention.label in _NOT_THESE and (
        _IDEA.fullmatch(mention.text) is not None
        or _LETTERS_AND_NUMBER.fullmatch(mention.text) is not None)


def without_non_names(mentions: Sequence[Mention]) -> list[Mention]:
    """Drop ideas ("Islamophobia") read as people, bodies or places; file codes ("COVID-19")
    so read as events."""
    result: list[Mention] = []
    for mention in mentions:
        if not names_no_one(mention):
            result.append(mention)
        elif _LETTERS_AND_NUMBER.fullmatch(mention.text) is not None:
            result.append(replace(mention, label="EVENT"))
    return result
