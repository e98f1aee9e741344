"""The library's leaning: the label more than half the documents naming a name give it.

Why a module of its own: ``library_labels`` keeps the firm majority (three documents,
four in five) for any label, but the model's coin flips need less. A person or an
organisation is one ("Brexit" a person in one article, a body in the next), a place or
an institution the other ("the International Space Station" a body in two articles, a
facility in the third; "Capitol Hill" a place, then a body). A new user's library seldom
names such a word in three documents, so the leaning settles a document's label within
one set of coin flips, never across them ("Jordan" the country and the player).

A place leans to a body or a facility only on two documents or more, and a place the
gazetteer knows never does: the first article of an import saying "the High Court of
England and Wales" (the model's "Wales" a body) must not make the country a body in
the next. The same bar holds the other way (issue 15): a body or a facility leans to a
place only on two documents or more and never for a name the gazetteer knows, for a city
names its club ("Liverpool", "Chelsea": one article's city must not make the next
article's club a place, nor move the earlier ones), and one article's "White House" a
place must not move the facility. A firm majority (``library_labels``: three documents or
more, four in five agreeing) still settles a name either way, as it always has.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from workbench.nlp.entity_events import has_event_head
from workbench.nlp.gazetteer import lookup

PERSON_OR_ORG = frozenset({"PERSON", "ORG"})
"""The labels the model swaps for a name it does not know."""
PLACE_OR_BODY = frozenset({"ORG", "FAC", "GPE", "LOC"})
"""The labels the model swaps for a place or an institution it does not know."""
_COIN_FLIPS = (PERSON_OR_ORG, PLACE_OR_BODY)
_LEANABLE = PERSON_OR_ORG | PLACE_OR_BODY
_PLACES = frozenset({"GPE", "LOC"})
_BODIES = frozenset({"ORG", "FAC"})
_FIRM_BODY = 2
"""Documents a leaning to a body or facility needs before it takes a place's mention."""


class Leaning(NamedTuple):
    """The label more than half the documents give a name, and how many give it."""

    label: str
    documents: int


def leaning(counts: Mapping[str, int], name: str) -> Leaning | None:
    """A person, an organisation, a facility or a place, whichever more than half the
    documents say, if any; an event, for an event's name ("... Conference") some
    document dates as one, which a document that only names it calls an organisation
    (``entity_events``)."""
    if counts.get("EVENT") and has_event_head(name):
        return Leaning("EVENT", counts["EVENT"])
    total = sum(counts.values())
    for label, count in counts.items():  # only the labels counted: one at most has more
        if 2 * count > total and label in _LEANABLE:  # than half (the writer asks 20,000
            return Leaning(label, count)  # times per 1,000 articles)
    return None


def follows(name: str, label: str, leant: Leaning) -> bool:
    """Tell whether a document's ``label`` for ``name`` takes the library's leaning: both
    in one set of coin flips (an event's name: a person or an organisation), and not a
    place leaning to a body, nor a body to a place, on one document or for a name known
    to the gazetteer. The gazetteer is
    asked only when such a move is at stake, never while counting."""
    if leant.label == "EVENT":
        return label in PERSON_OR_ORG
    if not any(label in flips and leant.label in flips for flips in _COIN_FLIPS):
        return False
    if (label in _PLACES and leant.label in _BODIES) or (
            label in _BODIES and leant.label in _PLACES):
        return leant.documents >= _FIRM_BODY and lookup(name) is None
    return True
