"""Label votes from where a name stands: places after "in", "the city of", "to the".

Why apart from ``consistency``: the label vote reads many kinds of context; these are the
ones that tell a place from the person or company the small model took it for ("a
hospital in Omsk", "the city of Goa", "went to the Moon") and the one-word "person" that
is a brand ("SpaceX"). The weights are the vote's own scale, shared with ``consistency``.
"""

from __future__ import annotations

import re

from workbench.core.models import Mention
from workbench.nlp.entity_name_heads import GROUP_NAME, town_address
from workbench.nlp.gazetteer import LOCATIVE, lookup
from workbench.nlp.names import is_honorific, next_word, previous_word

STRONG, MEDIUM, WEAK = 3.0, 2.0, 0.5
"""Weights of a vote: a context that settles the label, one that leans, a hint."""
_IN_PLACE = LOCATIVE - {"into"}
"""Words before a place: a one-word "person" the text is "in" is a place ("in Bangalore");
not "into", which people are run into ("ran into Johnson") where the gazetteer's known
place is not there to confirm it."""
_PLACE_OF = re.compile(
    r"\b(?:state|city|province|town|village|region|district|county|island|municipality|"
    r"neighbou?rhood|suburb|borough|port|capital)"
    r"\s+of\s+$", re.IGNORECASE)
"""'the state of Goa', 'the city of Mysore', 'the neighborhood of Exarchia': a place follows."""
_PEOPLE_OF = re.compile(
    r"\b(?:residents|inhabitants|citizens|people|outskirts|suburbs|streets|mayor)"
    r"\s+of\s+$", re.IGNORECASE)
"""'Residents of Surrey', 'the mayor of Laval': a town the gazetteer knows follows (not
any name: 'residents of Trump Tower' live in a building, 'people of Goldman Sachs' work
for a bank)."""
_ACCORDING_TO = re.compile(r"\baccording[ \u00a0]+to[ \u00a0]+$", re.IGNORECASE)
"""'according to' just before an organisation: it is a source that speaks ("according to
Interfax"), not a town someone is "to", so the gazetteer's place does not vote."""
_CAMEL_CASE = re.compile(r"[A-Za-z][a-z]{2,}[A-Z]")
"""A capital inside one word ("SpaceX", "GitHub", "UpGuard"): a brand, not a person..."""
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St|Al|El|Ben|Abu|Ibn)[A-Z]")
"""...unless the capital follows a surname prefix ("McConnell", "DeWine", "LeBron")."""


def _lone_person_votes(votes: dict[str, float], mention: Mention, text: str,
                       before: str) -> None:
    """Weight against a one-word "person": a brand's inner capital ("SpaceX") votes
    company; standing where places do votes place: after "in" without a possessive
    ("in Goa", not "in Trump's view"; "faith in Biden" is one mention among a person's
    many; "the city of Goa" is read for every label, see ``place_votes``). A name
    alone after "to the", "on the" is a place, not a person ("went to the Moon"), unless
    it is a title ("to the Pope"), a group ("to the Beatles") or modifies a noun ("to
    the Obama administration")."""
    if _CAMEL_CASE.match(mention.text) and not _NAME_PREFIX.match(mention.text):
        votes["ORG"] += STRONG
    if before.lower() in _IN_PLACE and not text.startswith(("'s", "\u2019s"), mention.end):
        votes["GPE"] += MEDIUM
    if (before.lower() == "the" and _place_word_before_article(text, mention.start)
            and not is_honorific(mention.text) and not GROUP_NAME.fullmatch(mention.text)
            and _ends_noun_phrase(text, mention.end)):
        votes["LOC"] += MEDIUM  # "went to the Moon and": a place, not a person


_TOWN_PREPOSITIONS = _IN_PLACE | {"from", "to"}
"""Words before a town the gazetteer knows ("flown from Omsk to Berlin")."""


def place_votes(votes: dict[str, float], mention: Mention, text: str,
                 tokens: tuple[str, ...], before: str) -> None:
    """After "the city of", "the neighborhood of" a place stands, whatever the model read
    (a town's team is named without "city of"), and a town the gazetteer knows after
    "residents of", "the mayor of"; so does a town the gazetteer knows after
    "in", "from", "to" ("a hospital in Omsk", "airlifted from Omsk", which the model
    called an organisation); else a lone
    "person" is weighed. A town with its state's letters is a place wherever it stands
    ("reached Austin TX")."""
    if town_address(tokens):
        votes["GPE"] += STRONG
    if _PLACE_OF.search(text, max(0, mention.start - 30), mention.start):
        votes["GPE"] += STRONG
    elif _PEOPLE_OF.search(text, max(0, mention.start - 30), mention.start):
        place = lookup(mention.text)
        if place is not None:
            votes[place.label] += STRONG
    elif mention.label == "PERSON" and len(tokens) == 1:
        _lone_person_votes(votes, mention, text, before)
    elif (mention.label == "ORG" and before.lower() in _TOWN_PREPOSITIONS
          and not text.startswith(("'s", "\u2019s"), mention.end)
          and not _ACCORDING_TO.search(text[max(0, mention.start - 20) : mention.start])):
        place = lookup(mention.text)
        if place is not None:
            votes[place.label] += MEDIUM


_PLACE_PREPOSITIONS = LOCATIVE | {"to", "on", "from", "around", "toward", "towards", "beyond"}
"""Words before "the" and a place ("to the Moon", "around the Sun", "across the Channel")."""


def _place_word_before_article(text: str, start: int) -> bool:
    """Tell whether the "the" before ``start`` follows a word that places it ("to the")."""
    low = max(0, start - 6)
    found = text[low:start].lower().rfind("the")  # "to The Moon" in a headline too
    article = low + found if found >= 0 else -1
    return article > 0 and previous_word(text, article).lower() in _PLACE_PREPOSITIONS


def _ends_noun_phrase(text: str, end: int) -> bool:
    """Tell whether a noun phrase ends at ``end``: punctuation or a function word follows
    ("the Moon and", "the Moon."), not a noun the name modifies ("the Trump campaign")."""
    from spacy.lang.en.stop_words import STOP_WORDS  # plain data; no model is loaded

    rest = text[end : end + 2].lstrip(" \u00a0")
    if not rest[:1].isalpha():
        return True
    return next_word(text, end) in STOP_WORDS


_TOWN_BODY_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \u00a0]+(?:city[ \u00a0]+)?(?:council|councillors?|councilors?|mayor"
    r"|police|residents|hall|transit|schools|taxpayers|voters|officials)\b")
"""A town's own body or people right after its name, or after its possessive ("[Surrey]
council", "Surrey's mayor"): a place's, where a person's noun ("Hamilton's career")
is not."""
_PLACE_PREDICATE = re.compile(
    r"[ \u00a0]+(?:deserves|needs|has[ \u00a0]+been[ \u00a0]+(?:hit|hard[ \u00a0]+hit"
    r"|battered|struck|spared))\b")
"""What a place, as a subject, is said to be or need ("[Surrey] deserves better",
"Surrey has been hit hard"), not an action a person takes ("Darwin described")."""
_PLACE_BEFORE = frozenset({"in", "from", "of"})


def stands_as_place(mention: Mention, text: str, before: str) -> bool:
    """Tell whether a one-word name stands where a place does: before its body ("Surrey
    council"), after "in", "from", "of" and not a possessive ("of Hamilton's career" is a
    person's), or the subject of a place's predicate ("Surrey deserves better"). A big
    city's name that is also a surname ("Hamilton", "Darwin") leans to the place only so."""
    if _TOWN_BODY_AFTER.match(text, mention.end) or _PLACE_PREDICATE.match(text, mention.end):
        return True
    return (before.lower() in _PLACE_BEFORE
            and not text.startswith(("'s", "\u2019s"), mention.end))
