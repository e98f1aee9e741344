"""Full names the model read as organisations, made people by the words around them.

Why: the small model reads many unfamiliar full names ("Carlotta Weibl", "Ivan
Shelyagin") as organisations, and the Entities page then lists a person among the
bodies, and her bare surname ("Weibl said") as a second organisation (issue 15). A
lowercase noun for a person right before the name says it is a person ("charity
spokesperson Carlotta Weibl", "visual artist Dara Quell", "cosplayer Mina Rask"); a
company's noun ("retailer Best Buy", "broker Charles Schwab") is the model's business.
(A name joined by "and" to a person's, "Ivan Shelyagin and Valentina Sidorenko", was
tried and dropped: the partner is often a company the model read as a person, "Best
Buy and Radio Shack".)

Only a name shaped like a person's changes: two or three capitalised words, none a word
of an organisation's name ("Group", "Press", "Front"), not a place the gazetteer knows.
Every mention of that entity follows, and the bare surname then joins it as any other
person's does (``resolution.late_surnames``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL, SMALL
from workbench.core.models import Mention
from workbench.nlp.entity_job_words import job_word_names
from workbench.nlp.entity_name_heads import ORG_HEADS
from workbench.nlp.gazetteer import lookup
from workbench.nlp.speaker_gender import PERSON_NOUNS

_SMALL_OR_APOSTROPHE = rf"(?:{SMALL}|['\u2019])"
_NAME_WORD = re.compile(
    rf"{CAPITAL}{_SMALL_OR_APOSTROPHE}+(?:-{CAPITAL}?{_SMALL_OR_APOSTROPHE}+)*")
"""A capitalised word of lowercase letters ("Weibl", "O'Rourke", "Gallego-Lazo"); an
acronym or a brand with an inner capital ("SpaceX") is no person's name word."""
_ORGANISATION_WORDS = ORG_HEADS | frozenset(
    "capital forces front guard office post press school services team watch news daily "
    "sea air river bay ocean mountain street road store shop app".split())
"""Words of an organisation's or a place's name rather than a person's."""
_MIN_WORDS, _MAX_WORDS = 2, 3
_PERSON_NOUN = re.compile(
    r"(?:[a-z]+(?:ist|ian|person|man|woman|ologist|grapher)|actor|actress|singer|writer|"
    r"author|student|researcher|professor|victim|resident|player|driver|pilot|cosplayer|"
    r"rapper|nurse|soldier|survivor|candidate|winner|owner|founder)s?")
"""A lowercase noun for a person by its ending ("spokesperson", "artist", "historian")
or a common one news puts before a name ("cosplayer", "student", "victim")."""
_BARE_ENDINGS = frozenset("man woman".split())
"""Endings matched as whole words that are no descriptions before a name."""


def person_shaped(name: str) -> bool:
    """Two or three capitalised name words, none an organisation's or place's word, and
    no place the gazetteer knows."""
    words = name.split()
    return (_MIN_WORDS <= len(words) <= _MAX_WORDS
            and all(_NAME_WORD.fullmatch(word) for word in words)
            and not any(word.lower() in _ORGANISATION_WORDS for word in words)
            and lookup(name) is None)


def _person_noun_before(mention: Mention, text: str) -> bool:
    """Tell whether a lowercase noun for a person stands right before the mention."""
    match = re.search(r"(?:^|[\s(])([a-z][a-z-]*)[ \u00a0]+$",
                      text[max(0, mention.start - 30):mention.start])
    if match is None:
        return False
    noun = match.group(1)
    return noun not in _BARE_ENDINGS and (
        noun in PERSON_NOUNS or noun.rstrip("s") in PERSON_NOUNS
        or _PERSON_NOUN.fullmatch(noun) is not None)



SAYS_AFTER = re.compile(r"[ \u00a0]+(?:said|says|told|added|wrote|explained)\b")
"""A verb of saying right after a bare surname ("Stone said")."""


def _surnames_speaking(mentions: Sequence[Mention], text: str) -> frozenset[str]:
    """The one-word mentions right before a verb of saying ("[Stone] said")."""
    return frozenset(m.text for m in mentions if m.field == "text" and " " not in m.text
                     and SAYS_AFTER.match(text, m.end))


def full_name_surnames(mentions: Sequence[Mention]) -> frozenset[str]:
    """The last words of the people the text names in full: "Stanley said" after "Analyst
    Rachel Stanley" is hers, no sign that "Morgan Stanley" is a person, and a bare
    "Bowers" beside "Jim Bowers" is his surname, no demonym."""
    return frozenset(m.text.split()[-1] for m in mentions
                     if m.label == "PERSON" and len(m.text.split()) > 1)


def name_shaped_people(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each name-shaped organisation that a person's noun before it
    shows to be a person made one (all its mentions), and one whose last word alone
    speaks ("[Riley Stone] scored ... "...," [Stone] said"): a company is cut to its
    first word ("Northland said"), a person to the surname; not when a person named in
    full bears that surname ("Morgan Stanley" beside "Rachel Stanley")."""
    speaking = _surnames_speaking(mentions, text) - full_name_surnames(mentions)
    found = {m.entity for m in mentions
             if m.field == "text" and m.label == "ORG" and person_shaped(m.text)
             and (_person_noun_before(m, text) or m.text.split()[-1] in speaking)}
    if not found:
        return list(mentions)
    people = [replace(m, label="PERSON") if m.label == "ORG" and m.entity in found else m
              for m in mentions]
    # A job word opening the sentence is no part of the person's name ("[Cashier Jean
    # Tremblay] said ... Tremblay said" read as a firm): cut as for the model's people.
    cut = {old: new for old, new in job_word_names(people, text).items() if old in found}
    return [replace(m, entity=cut[m.entity]) if m.entity in cut else m for m in people]
