"""An acronym the model reads as a place though no place goes by it: an organisation's.

Why: the small model files a string of capitals it does not know by where it stands, and
a place is its favourite guess: "a show on RT" and "the LGPL license" become countries,
"the DMCA notice" a nationality. The analyst then finds a broadcaster or a law among the
places. Places that go by letters are few and well known (the gazetteer's "UK", "UAE",
"DRC", a US state's or an Australian state's letters, "NYC", "HK"), and the text places
an unfamiliar one ("in the CAR", "flights from KSA"). So an acronym read as a place that
no list knows, the text never writes after a word that places it, nor defines as a
longer name (``entity_variants`` then names it after that name), is read as an
organisation, the kind most acronyms in news name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.nlp.gazetteer import LOCATIVE, lookup
from workbench.nlp.names import previous_word

_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,5}|[A-Z]{2,6}")
"""Two to six capitals, with or without stops ("RT", "DMCA", "U.N.")."""
PLACE_LETTERS = frozenset(
    "US USA UK GB EU UAE DC NYC LA SF NZ HK PRC ROC ROK DPRK DRC KSA PNG CAR NSW QLD ACT NT "
    "WA SA TAS VIC BC PEI NWT NI ROI AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY ME "
    "MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WV WI "
    "WY PR USSR GDR DDR FRG BRD SFRY FRY UAR CSSR RSA FYROM TRNC".split())
"""Letters places go by, written without stops: countries and unions, US states, Canadian
provinces, Australian states and territories, a few cities ("NYC", "LA", "HK"), and the
common letters of former states ("USSR", "GDR", "DDR", "FRG", "SFRY", "UAR", "CSSR"):
"Stalin ruled the USSR" names a country (issue 15)."""
_PLACING = LOCATIVE | frozenset({"from", "to", "at", "visit", "visited", "leave",
                                 "left", "across", "around"})
"""Words an acronym of a place stands after ("in the CAR", "from KSA"); not "of", which
bodies stand after as often ("the subject of the DMCA", "members of the WTO")."""


def _place_letters(name: str) -> bool:
    """Tell whether a place goes by these letters (a list of them, or the gazetteer)."""
    return name.replace(".", "") in PLACE_LETTERS or lookup(name) is not None


def _placed(mention: Mention, text: str) -> bool:
    """Tell whether the text places the mention: "in RT", "from the CAR"."""
    before = previous_word(text, mention.start)
    if before.lower() == "the":
        article = text.rfind("the", 0, mention.start)
        before = previous_word(text, article) if article > 0 else ""
    return before.lower() in _PLACING


def unplaced_acronyms(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Every mention of an undefined acronym read as a place, which no place goes by and
    the text never places, relabelled as an organisation."""
    candidates: set[str] = set()
    placed: set[str] = set()
    for mention in mentions:
        if (mention.field != "text" or mention.label not in _PLACE_LABELS
                or mention.entity != mention.text or not _ACRONYM.fullmatch(mention.text)):
            continue
        if _place_letters(mention.text) or _placed(mention, text):
            placed.add(mention.entity)
        else:
            candidates.add(mention.entity)
    organisations = candidates - placed
    if not organisations:
        return list(mentions)
    return [replace(m, label="ORG") if m.entity in organisations and m.label in _PLACE_LABELS
            else m for m in mentions]
