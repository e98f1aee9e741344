"""A surname the model read as a place with the given name left out: the person in full.

Why: the small model reads an unfamiliar surname as a place ("Jagmeet [Singh] spoke":
GPE), leaving the given name before it untagged; every later "Singh" is then a place too,
and the Entities page lists a place "Singh" while the person is missing (issue 15). A
one-word place the gazetteer does not know, right after a capitalised word that no other
mention holds and that is no function word, title, month, weekday, direction or place
prefix ("Port", "New", "Fort"), and the two together shaped like a person's name
(``person_shaped``), is that person's full name. The lone surnames after it then join it
(``resolution.late_surnames``), as they do when the model tags the full name itself.
A known place keeps its label ("Harjit Surrey" never arises: "Surrey" is known).

The model does the same with a one-word person: an unfamiliar given name opening a
sentence is left out ("Harjit [Sajjan] told reporters": PERSON "Sajjan"), and the person
is listed by surname alone. The untagged word and the person, shaped like a name and the
subject of a verb of saying right after ("said", "told"), are the person in full.

And it reads an unfamiliar surname as a group ("The Tories under [Poilievre] ...
[Poilievre] told": NORP). A one-word group that is no nationality or resident word
("Canadian", "Haligonians", "Tories" end so) and that speaks right after, or follows an
untagged given name, is a person, and so is every mention of it (the speaking one is
often left untagged).

A company is no person: a place followed by a company suffix ("Rosneft Deutschland GmbH")
or a word the model reads as an organisation anywhere in the text keeps its reading; and a
hyphenated surname stays whole ("Maite Nkoana-Mashabane", not "Maite Nkoana").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.core.time_words import MONTHS, WEEKDAYS
from workbench.nlp.entity_clubs import PLACE_PREFIXES
from workbench.nlp.entity_glued import is_nationality_word
from workbench.nlp.entity_name_shaped_people import SAYS_AFTER, person_shaped
from workbench.nlp.entity_titles import is_title
from workbench.nlp.gazetteer import lookup, residents_of
from workbench.nlp.names import canonical_name

_PLACE_LABELS = frozenset({"GPE", "LOC"})
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\u201c\"]))([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \u00a0]$")
"""A capitalised word and one space right before the place ("Jagmeet ")."""
_NOT_GIVEN = frozenset(
    "new port fort mount mt lake saint st san santa los las el la le upper lower greater "
    "little great grand cape point north south east west central old northern southern "
    "eastern western downtown inner outer metro outside inside near despite unlike toward "
    "amid opposite including like past following".split())
"""Words that open a place's name, not a person's ("Port Hardy", "Upper Canada"), and
prepositions spaCy's stop words lack ("Outside [Singh]'s office")."""
_SURNAME = re.compile(r"[A-Z][a-z]{2,}")
_COMPANY_AFTER = re.compile(
    r"[ \u00a0](?:GmbH|AG|KG|SE|SA|S\.A\.|NV|N\.V\.|BV|B\.V\.|AB|ASA|Oyj|SpA|S\.p\.A\.|"
    r"Inc|Ltd|LLC|LLP|LP|PLC|plc|Corp|Co|Pty|Limited|Corporation|Company|Holdings?|Group)\b")
"""A company's legal suffix or kind right after the place ("Deutschland GmbH"): the two
words before it are the company's name."""
_HYPHENED_TAIL = re.compile(r"-[A-Z][a-z]+")
"""The rest of a hyphenated surname the model cut off ("Nkoana[-Mashabane]")."""


def _given_name_before(mention: Mention, text: str) -> re.Match[str] | None:
    """The capitalised word right before ``mention`` that may be its given name."""
    start = max(0, mention.start - 30)
    match = _WORD_BEFORE.search(text[start:mention.start])
    if match is None:
        return None
    from spacy.lang.en.stop_words import STOP_WORDS  # plain data; no model is loaded

    word = match.group(1)
    lowered = word.lower()
    if (lowered in STOP_WORDS or lowered in _NOT_GIVEN or lowered in MONTHS
            or lowered in WEEKDAYS or word in PLACE_PREFIXES or is_title(word)
            or lookup(word) is not None):
        return None
    return match


_GROUP_ENDINGS = ("an", "ans", "ese", "ish", "i", "ic", "ch", "er", "s")
"""How nationality and group words end ("American", "Chinese", "Danish", "Iraqi", "Nordic",
"French", "New Yorker", "Tories"): such a NORP is no surname."""


def _surname_shaped_group(mention: Mention) -> bool:
    """Tell whether ``mention`` is a one-word NORP no nationality or group word is shaped
    like ("Poilievre", not "Canadian", "Tories" or "Albertan")."""
    word = mention.text
    return (mention.field == "text" and mention.label == "NORP"
            and _SURNAME.fullmatch(word) is not None and not word.endswith(_GROUP_ENDINGS)
            and not is_nationality_word(word) and residents_of(word) is None)


_SPEAKER_WORD = re.compile(
    r"(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Tt]he )"
    r"\b([A-Z][a-z]{2,})(?=[ \u00a0]+(?:said|says|told|added|wrote|explained)\b)")
"""A capitalised word right before a verb of saying ("Poilievre told"), tagged or not; not
after an article, where a group's member speaks ("a Sikh told")."""


def groups_read_for_surnames(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with every mention of a surname-shaped group that the text somewhere
    has speak ("[Poilievre] ... Poilievre told", the second often untagged) a person
    (see the module docstring). The text is read once, only when such a group is there."""
    groups = {m.text for m in mentions if _surname_shaped_group(m)}
    if not groups:
        return list(mentions)
    speaking = groups & {match.group(1) for match in _SPEAKER_WORD.finditer(text)}
    return [replace(m, label="PERSON") if m.label == "NORP" and m.text in speaking else m
            for m in mentions]


def _surname_alone(mention: Mention, text: str) -> bool:
    """Tell whether ``mention`` is one word that may be a surname with its given name left
    out: an unknown place, a group no nationality word is shaped like ("Pierre
    [Poilievre]"), or a person who speaks right after ("[Sajjan] told")."""
    if mention.field != "text" or not _SURNAME.fullmatch(mention.text):
        return False
    if mention.label in _PLACE_LABELS:
        return lookup(mention.text) is None
    if mention.label == "NORP":
        return _surname_shaped_group(mention)
    return mention.label == "PERSON" and SAYS_AFTER.match(text, mention.end) is not None


def _org_words(mentions: Sequence[Mention]) -> set[str]:
    """Every word of every mention the model reads as an organisation: a given name
    among them ("Rosneft") is a company's, whatever the place after it."""
    return {word for m in mentions if m.label == "ORG" for word in m.text.split()}


def _as_person(mention: Mention, text: str, org_words: set[str],
               previous_end: int) -> Mention | None:
    """The person ``mention`` names with the given name before it, or None."""
    if not _surname_alone(mention, text) or _COMPANY_AFTER.match(text, mention.end):
        return None
    match = _given_name_before(mention, text)
    if match is None or match.group(1) in org_words or mention.text in org_words:
        return None
    start = max(0, mention.start - 30) + match.start(1)
    tail = _HYPHENED_TAIL.match(text, mention.end)
    end = tail.end() if tail else mention.end
    full = f"{match.group(1)} {text[mention.start:end]}"
    if start < previous_end or not person_shaped(full):
        return None
    return replace(mention, start=start, end=end, text=text[start:end], label="PERSON",
                   entity=canonical_name(full))


def surnames_read_as_places(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each unknown one-word place, surname-shaped group or speaking
    person after an untagged given name made the person named by both words (see the
    module docstring). ``mentions`` are sorted by
    start, so the mention before tells whether another name holds the given name; a
    mention inside a hyphenated surname the person now spans is dropped."""
    org_words = _org_words(mentions)
    result: list[Mention] = []
    previous_end = -1
    swallowed = (0, 0)  # the hyphenated tail a person was just stretched over
    for mention in mentions:
        if (mention.field == "text" and swallowed[0] <= mention.start
                and mention.end <= swallowed[1]):
            continue
        person = _as_person(mention, text, org_words, previous_end)
        if person is not None:
            swallowed = (mention.end, person.end)
            mention = person
        if mention.field == "text":
            previous_end = max(previous_end, mention.end)
        result.append(mention)
    return result
