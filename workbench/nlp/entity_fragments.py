"""A name the model cut after a word that never ends one, joined to the rest of its name.

(And a body's name cut after the hyphenated place pair opening it, "[Ottawa]-Carleton
[District School Board]", run back over the pair: ``joined_place_pairs``.)

Why: the small model sometimes ends a mention on a word that only opens or links a name
("the incoming [116th United] States Congress", "scientists at [Villa Las] Estrellas",
"[Puerto de la] Cruz"): "United" needs its "States" (not "Manchester United"), a Spanish or
French article or "de" needs the noun after it. The Entities page then lists a place
"116th United" that names nothing. Such a mention runs on over the capitalised words
right after it (one space apart, on the same line, at most three, never into a person, a
date or a weekday), swallowing any mention there: the whole name takes the label its head
word gives ("Congress", an organisation: ``entity_name_heads.ORG_HEADS``), else
the label of the mention swallowed, else the model's.

A group's word the model read as a nationality right before an organisation ("[Kataeb]
[Hezbollah]", "[Muslim] [Brotherhood]") is the organisation's first word, when it is no
nationality or adjective by its ending ("Iranian", "Lebanese", "Kurdish", "Shiite",
"Sunni" stay apart: "Lebanese Hezbollah" is Hezbollah).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.claim_terms import CALENDAR
from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.nlp.entity_glued import is_nationality_word
from workbench.nlp.entity_name_heads import ORG_HEADS
from workbench.nlp.gazetteer import lookup
from workbench.nlp.names import canonical_name, name_tokens

_NEVER_LAST = frozenset(
    "United Las Los La El Le Les De Del Della Di Da Das Dos Du Des Van Von Bin Ibn Al".split())
"""Words that open or link a name and never end one (a person's "Al" or "Van" is a given
name only alone, and a one-word mention is never run on)."""
PERSON_PARTICLES = frozenset("von van der den de da di du del della dos ter bin ibn al".split())
"""A surname's lower-case particle ("Ursula [von der] Leyen", "Vincent [van] Gogh"): a
person's name read up to it ("[Ursula von der] [Leyen]", the rest a place), or up to the
first of two ("[Ursula von] der [Leyen]"), runs on over the particles and the one surname
after them and stays a person."""
_MORE_PARTICLES = re.compile(r"(?:[ \u00a0]+(?:der|den|de|la|las|los|le|van|von|da|dos|del))+"
                             r"(?=[ \u00a0])")
"""The lower-case particles after the one a person's name was cut at ("Ursula von [der]
Leyen"): the surname after them is still the name's."""
_ARTICLES = frozenset("Las Los La El Le Les De Del Della Di Da Das Dos Du Des".split())
"""A Romance article or "de" tagged on its own ("[Las] [Estrellas]") is a piece of a name."""
_RUN = re.compile(rf"(?:[ \u00a0]{CAPITAL}[\w'-]*){{1,3}}")
"""The capitalised words right after a mention, one space apart ("States Congress"), at
most three: a name's rest, not the next names of a headline."""
_WORD = re.compile(CAPITAL + r"[\w'-]*")
_AFTER_UNITED = frozenset("States Kingdom Nations Arab".split())
""""United" is cut short only before these: "Manchester United" is a whole name."""
_NAME_OPENERS = frozenset("Villa Puerto San Santa Ciudad Rio Porto Monte Costa".split())
"""A word tagged alone before an article that opens a place's name ("[Villa] [Las]")."""
_STOPS = frozenset({"PERSON", "DATE", "TIME"})
"""Mentions a run never swallows: a person's full name or a day ("Manchester United
Saturday"); a one-word "person" after an article is the name's piece ("[Las] [Brisas]")."""
_DAY_WORDS = CALENDAR - {"may"}
"""Weekdays and months a run stops before ("May" may be a name's last word)."""
_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT",
                     "WORK_OF_ART", "LAW"})


def _cut_short(mention: Mention) -> bool:
    """Tell whether a mention of two words or more ends on a word that never ends a name."""
    tokens = name_tokens(mention.text)
    if mention.field != "text" or mention.label not in _LABELS or not tokens:
        return False
    if mention.label == "PERSON" and len(tokens) > 1 and tokens[-1] in PERSON_PARTICLES:
        return True
    return tokens[-1] in (_NEVER_LAST if len(tokens) > 1 else _ARTICLES)


_ADJECTIVE_ENDING = re.compile(r".*(?:an|ese|ish|ic|i|ite|ist|ch|al)")
"""Endings of nationality and group adjectives ("Iranian", "Sunni", "Shiite", "Islamic")."""


def _group_word_before(mention: Mention, after: Mention, text: str) -> bool:
    """Tell whether a one-word "nationality" is the first word of the organisation
    tagged one space after it ("[Kataeb] [Hezbollah]")."""
    return (mention.field == after.field == "text"
            and mention.label == "NORP" and after.label == "ORG"
            and " " not in mention.text and mention.text.isalpha()
            and mention.text[:1].isupper() and mention.text[1:].islower()
            and not mention.text.endswith("s")  # "[Democrats] [Congress]": two names
            and after.start == mention.end + 1 and text[mention.end] == " "
            and not is_nationality_word(mention.text)
            and not _ADJECTIVE_ENDING.fullmatch(mention.text))


def _joined(mention: Mention, end: int, swallowed: list[Mention], text: str) -> Mention:
    """``mention`` run on to ``end``, labelled by its new head word or what it swallowed."""
    surface = text[mention.start:end]
    label = mention.label
    if swallowed and mention.text.split()[-1] not in PERSON_PARTICLES:
        label = swallowed[-1].label
    if name_tokens(surface)[-1].lower() in ORG_HEADS:
        label = "ORG"
    return replace(mention, end=end, text=surface, label=label, entity=canonical_name(surface))


def joined_fragments(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each one cut after a word that never ends a name ("[116th
    United] States Congress") run on over the capitalised words after it, and the
    mentions inside those words left out (they were pieces of the same name); an
    organisation named for two places whole again (``joined_second_places``)."""
    result: list[Mention] = []
    covered_to = -1
    ordered = sorted(mentions, key=lambda m: (m.field, m.start))
    for index, mention in enumerate(ordered):
        if mention.field == "text" and mention.start < covered_to:
            continue
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        if after is not None and _group_word_before(mention, after, text):
            surface = text[mention.start:after.end]
            result.append(replace(after, start=mention.start, text=surface,
                                  entity=canonical_name(surface)))
            covered_to = after.end
            continue
        run_end = _run_end(mention, ordered[index + 1:], text) if _cut_short(mention) else None
        if run_end is not None:
            if result and _one_space_before(result[-1], mention, text):
                mention = replace(mention, start=result.pop().start)  # "[Villa] [Las] ..."
            swallowed = [m for m in ordered[index + 1:] if m.field == "text"
                         and mention.end <= m.start and m.end <= run_end]
            mention = _joined(mention, run_end, swallowed, text)
            covered_to = run_end
        result.append(mention)
    return joined_second_places(joined_place_pairs(result, text), text)


def _run_end(mention: Mention, later: Sequence[Mention], text: str) -> int | None:
    """Where the capitalised words after a cut-short ``mention`` end: before a person, a
    date or a weekday or month ("[Manchester United] Saturday"), after one to three words;
    None when no word joins ("United" before anything but States, Kingdom, Nations, Arab)."""
    particle = name_tokens(mention.text)[-1] in PERSON_PARTICLES
    more = _MORE_PARTICLES.match(text, mention.end) if particle else None
    run = _RUN.match(text, more.end() if more else mention.end)
    if run is None:
        return None
    words = list(_WORD.finditer(text, run.start(), run.end()))
    if particle:
        words = words[:1]  # "Ursula von der [Leyen]": one surname
    if name_tokens(mention.text)[-1] == "United" and words[0].group() not in _AFTER_UNITED:
        return None
    stops = {m.start for m in later if m.field == "text" and m.label in _STOPS
             and (m.label != "PERSON" or " " in m.text)}  # a lone "[Brisas]" is a piece
    end = None
    for word in words:
        if word.start() in stops or word.group().lower() in _DAY_WORDS:
            break
        end = word.end()
    return end


def _one_space_before(before: Mention, mention: Mention, text: str) -> bool:
    """Tell whether ``before`` ends one space before ``mention`` starts ("[Villa] [Las]")."""
    return (before.field == "text" and before.label in _LABELS
            and before.text.split()[-1] in _NAME_OPENERS
            and before.end + 1 == mention.start and text[before.end] in " \u00a0")


_AND = re.compile(r"[ \u00a0]+and[ \u00a0]+")
_HOME_NATIONS = frozenset({"England", "Scotland", "Wales", "Ireland"})
"""The nations bodies of the UK are named for ("of England and Wales"), which the
gazetteer, a list of countries, states and cities, does not hold."""


def _place(name: str) -> bool:
    return name in _HOME_NATIONS or lookup(name) is not None


def joined_second_places(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """An organisation named for two places ("the High Court of England and [Wales]",
    "the Law Society of England and [Wales]") whole again, where the model ended it
    after the first place and read the second as an organisation of its own.

    Why: the Entities page then lists "Wales" as an organisation beside the country of
    every other article. Only a known place the model itself read as an organisation,
    right after "and" and an organisation ending "of" and a place, is joined."""
    result: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.field, m.start)):
        before = result[-1] if result else None
        if (before is not None and mention.field == before.field == "text"
                and mention.label == before.label == "ORG" and " " not in mention.text
                and _second_place(before, mention, text)):
            surface = text[before.start:mention.end]
            result[-1] = replace(before, end=mention.end, text=surface,
                                 entity=canonical_name(surface))
            continue
        result.append(mention)
    return result


def _second_place(before: Mention, mention: Mention, text: str) -> bool:
    """Tell whether ``mention`` is a place after "<organisation> of <place> and"."""
    words = before.text.split()
    joint = _AND.fullmatch(text, before.end, mention.start)
    return (joint is not None and len(words) > 2 and words[-2] == "of"  # noqa: PLR2004
            and _place(words[-1]) and _place(mention.text))


_PLACE_PAIR = re.compile(rf"(?<![\w-])({CAPITAL}[\w'.]*)-{CAPITAL}[\w'.]*[ \u00a0]$")
"""Two capitalised words joined by a hyphen, one space before a name ("Ottawa-Carleton",
"Kitchener-Waterloo", "Wilkes-Barre")."""
_PAIR_REACH = 40


def joined_place_pairs(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with an organisation whose name opens with a hyphenated place pair
    ("the Ottawa-Carleton [District School Board]", "Kitchener-Waterloo [Regional
    Police]") run back over the pair, the place tagged inside it left out.

    Why: the model reads the first place alone ("[Ottawa]") and starts the body after the
    pair, so the Entities page lists a board no one can tell from another district's. Only
    a pair whose first word is a place (the gazetteer's, or tagged one), right before a
    name whose head is an organisation's ("Board", "Police", "Council"), joins."""
    ordered = sorted(mentions, key=lambda m: (m.field, m.start))
    dropped: set[int] = set()
    result: list[Mention] = []
    for index, mention in enumerate(ordered):
        pair = _pair_before(mention, text)
        if pair is not None:
            inside = [i for i in range(index) if ordered[i].field == "text"
                      and pair.start() <= ordered[i].start and ordered[i].end <= pair.end()]
            first = pair.group(1)
            if lookup(first) is not None or any(
                    ordered[i].label in {"GPE", "LOC"} for i in inside):
                dropped.update(inside)
                surface = text[pair.start():mention.end]
                mention = replace(mention, start=pair.start(), text=surface,
                                  entity=canonical_name(surface))
        result.append(mention)
    return [m for i, m in enumerate(result) if i not in dropped]


def _pair_before(mention: Mention, text: str) -> re.Match[str] | None:
    """The hyphenated pair one space before an organisation's name, or None."""
    if (mention.field != "text" or mention.label != "ORG"
            or name_tokens(mention.text)[-1].lower() not in ORG_HEADS):
        return None
    return _PLACE_PAIR.search(text, max(0, mention.start - _PAIR_REACH), mention.start)
