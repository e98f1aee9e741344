"""Titles kept out of a person's name: "Treasurer Bob Hart" is the person Bob Hart.

Why: the model sometimes takes the title before a name into the PERSON span, and the
entity is then called "Treasurer Bob Hart" in one article and "Bob Hart" in the next,
two entities for one person (and a speaker named by an office). Only the entity's name
changes: the mention keeps the span the model gave it (the title is how the text names
the person there, and the speaker rules read it in the span). The titles are
``names.HONORIFICS``, the list the speaker rules use; a title is cut only when a full
name (two words or more) is left, so "Pope Francis" and "Prince Harry" keep theirs.
Runs last, after the label vote, because "Spokeswoman Sandy Angers" tagged ORG is a
person by that very title.

A role the list does not know is cut too when the text itself shows it is a common word
before a name: "Companion Karen Gillan will leave", "former Companion Karen Gillan" (the
role capitalised by a sentence start, or as an office after a lowercase word), where the
text writes the word in lowercase elsewhere ("his companion") and names "Karen Gillan"
without it. A given name that is also a word ("Rose" in "Rose Mary Woods") stays: the
text never writes "Mary Woods" on its own. An occupation whose ending says it is one
("Immunologist", "Economist", "Statistician", "Photographer") is cut at a sentence start
even when the text never writes it again: English given names do not end in "-ologist",
"-ician" or "-ographer", the few ending in "-ist" are shorter than the six letters
asked for, and the surnames that do ("Lindqvist", "Lindquist", "Gilchrist") are left out
by name.

An office of several words is cut as one title: "Prime Minister", "Foreign Minister",
"Senate Majority Leader", "Crown Prince", "former President" (up to three capitalised
words before the title word), and so is an office the speaker list does not hold
("Taoiseach", "Emir", "Ayatollah": ``_OFFICES``) or one with a suffix ("President-elect",
"Governor-General"). A title the model tags as a mention of its own right before the
person ("[Queen] [Elizabeth II]") is no entity: it is the person's title (kept as a
mention, it became a person "Queen" beside "Elizabeth II").

An office the model reads as a person with no name in it ("former [Vice President] of the
United States Joe Biden", "[Prime Minister] of India Narendra Modi") is no entity at all:
a name never ends on a title followed by "of", which opens the office's place or body.
Kept, it became a "Vice President" entity in every article, and the later "President"
of the same person resolved to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.nlp.entity_job_words import job_word_names
from workbench.nlp.names import is_honorific, lowercase_words, name_tokens, previous_word
from workbench.nlp.sentence_starts import at_sentence_start

_OF_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+")
_MIN_NAME_WORDS = 2
"""Words a name keeps once its title is cut; a title before one word stays."""
_OCCUPATION_ENDING = re.compile(r"[a-z]{3,}(?:(?<![qk]v)(?<!qu)(?<!chr)ist|ician|ographer)")
"""A lowercase word of six letters or more ending like an occupation: "immunologist",
"economist", "physician", "photographer"; not the Nordic surnames in "-qvist", "-kvist"
and their English spelling "-quist" ("Lindqvist", "Almkvist", "Lindquist"), nor
"Gilchrist"."""


_OFFICES = frozenset(
    "taoiseach tánaiste tanaiste emir sultan ayatollah emperor empress tsar tsarina czar "
    "caliph viceroy grandmaster reeve".split())
"""Offices before a name that the speaker rules' title list (``names.HONORIFICS``) lacks."""
_SUFFIXES = ("-elect", "-designate")
_MAX_MODIFIERS = 3
#: Words an office's name opens with before its title word ("Prime Minister", "Senate
#: Majority Leader", "Crown Prince"): never a given name, so "Stephen King" is no office.
OFFICE_MODIFIERS = frozenset(
    "Prime Vice Deputy Foreign Crown Senate House Majority Minority Former Acting Interim "
    "Chief Supreme Grand Attorney Assistant Associate Senior First Lieutenant Home Finance "
    "Defence Defense Interior Justice Health Education Trade Labour Labor Energy Transport "
    "Treasury Commerce Agriculture Environment Culture State Federal National Regional "
    "Provincial County City Executive Managing Royal Opposition Shadow".split())
"""Capitalised words an office may have before its title word ("Senate Majority Leader")."""


def is_title(word: str) -> bool:
    """Tell whether ``word`` is a title before a name: the speaker list's, an office it
    lacks, or either with a suffix or joined by a hyphen ("President-elect",
    "Governor-General")."""
    lowered = word.rstrip(".").lower()
    for suffix in _SUFFIXES:
        lowered = lowered.removesuffix(suffix)
    return lowered in _OFFICES or all(
        is_honorific(part) or part in _OFFICES for part in lowered.split("-"))


def office_words(tokens: tuple[str, ...]) -> int:
    """How many leading ``tokens`` are an office: capitalised words (three at most) ending
    on a title word, the last such title counting ("Vice President", "Prime Minister")."""
    end = 0
    for index, token in enumerate(tokens[:_MAX_MODIFIERS + 1]):
        if not (token[:1].isupper() and token.replace("-", "").replace(".", "").isalpha()):
            break
        if is_title(token):
            end = index + 1
        elif token not in OFFICE_MODIFIERS:
            break  # a given name: "Stephen King", "Julie Bishop" hold no office
    return end


def _title_words(name: str) -> int:
    """How many leading words of ``name`` are titles that can be cut ("Treasurer" in
    "Treasurer Bob Hart": 1, "Prime Minister" in "Prime Minister Ann Lee": 2); 0 when
    cutting them would leave less than a full name."""
    tokens = name_tokens(name)
    count = 0
    while len(tokens) - count > _MIN_NAME_WORDS and is_title(tokens[count]):
        count += 1
    office = office_words(tokens)
    if office > count and len(tokens) - office >= _MIN_NAME_WORDS:
        count = office
    if count and not tokens[count][:1].isupper():
        return 0  # "Director of Communications": a role, not a title before a name
    return count


def office_only(name: str) -> bool:
    """Tell whether ``name`` is an office and nothing else ("Queen", "Prime Minister")."""
    tokens = name_tokens(name)
    return bool(tokens) and office_words(tokens) == len(tokens)


def without_titles_before_people(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` without an office tagged on its own right before a person's name
    ("[Queen] [Elizabeth II]", "[Taoiseach] [Leo Varadkar]"): it is the person's title.
    Where the next word starts is asked first: only a mention right before a person's
    name is read for an office (reading every mention's words cost 1% of the layers)."""
    people = {m.start for m in mentions if m.field == "text" and m.label == "PERSON"}
    return [m for m in mentions
            if not (m.field == "text" and _next_start(text, m.end) in people
                    and office_only(m.text))]


def _next_start(text: str, end: int) -> int:
    """Where the word after ``end`` starts, across spaces only (not a line or a comma)."""
    while end < len(text) and text[end] in " \u00a0":
        end += 1
    return end


def untitled_name(name: str) -> str:
    """``name`` without the titles before a full name ("Treasurer Bob Hart" -> "Bob Hart")."""
    count = _title_words(name)
    return " ".join(name_tokens(name)[count:]) if count else name


def _role_first(mention: Mention, text: str, lowercase: frozenset[str]) -> bool:
    """Tell whether ``mention`` (a full name as written) opens with a role word before a
    full name ("Executive Hector Ruiz said", "former Companion Karen Gillan"), the role
    being a word the text writes in lowercase elsewhere (``lowercase``) and capitalised
    here by its place (a sentence start) or as an office (after a lowercase word)."""
    tokens = name_tokens(mention.text)
    if not (len(tokens) > _MIN_NAME_WORDS and mention.text == mention.entity
            and tokens[0].isalpha() and tokens[1][:1].isupper()
            and (tokens[0].lower() in lowercase or is_occupation(tokens[0]))):
        return False
    return (at_sentence_start(text, mention.start)
            or previous_word(text, mention.start)[:1].islower())


def is_occupation(word: str) -> bool:
    """Tell whether ``word`` is, by its ending, a noun of occupation ("Immunologist",
    "Geochemist", "Physician"), capitalised only by its place before a name."""
    return _OCCUPATION_ENDING.fullmatch(word.lower()) is not None


def _written_without_role(name: str, text: str) -> bool:
    """Tell whether ``text`` writes ``name`` without its first word more often than with
    it ("Hector Ruiz" beside "Executive Hector Ruiz"); an occupation's ending is evidence
    enough ("Herpetologist Ana Ruiz" named once)."""
    if is_occupation(name_tokens(name)[0]):
        return True
    return text.count(" ".join(name_tokens(name)[1:])) > text.count(name)


def _role_named(mentions: Sequence[Mention], text: str) -> dict[str, str]:
    """Entity names opened by a role word -> the name without it. The text is counted
    once per name, not once per mention (a long article names its people many times)."""
    lowercase = lowercase_words(text)
    found: dict[str, str] = {}
    without_role: dict[str, bool] = {}
    for mention in mentions:
        name = mention.entity
        if mention.label != "PERSON" or mention.field != "text" or name in found:
            continue
        if not _role_first(mention, text, lowercase):
            continue
        if name not in without_role:
            without_role[name] = _written_without_role(name, text)
        if without_role[name]:
            found[name] = " ".join(name_tokens(name)[1:])
    return found


def without_person_titles(mentions: Sequence[Mention], text: str = "") -> list[Mention]:
    """Person mentions whose entity names leave out the titles (and, with ``text``, the
    roles capitalised by a sentence start) before a full name."""
    roles = {**job_word_names(mentions, text), **_role_named(mentions, text)} if text else {}
    result = []
    for mention in mentions:
        if mention.label == "PERSON" and mention.field == "text":
            entity = untitled_name(roles.get(mention.entity, mention.entity))
            if entity != mention.entity:
                mention = replace(mention, entity=entity)
        result.append(mention)
    return _titles_alone(result)


_TITLE_ALONE_LABELS = frozenset({"PERSON", "ORG"})


def _titles_alone(mentions: list[Mention]) -> list[Mention]:
    """A title standing alone ("the [Queen] suspended Parliament") is the one person the
    text names with that title before the name ("Queen Elizabeth II"); with two such
    people ("President Ann Lee", "President Bo Chen") it is left as it is. Only a person
    whose entity left words out is read for titles (every mention's were, twice)."""
    holders: dict[str, set[str]] = {}
    for mention in mentions:
        if (mention.label != "PERSON" or mention.field != "text"
                or mention.entity == mention.text):
            continue
        count = _title_words(mention.text)
        if count:
            tokens = name_tokens(mention.text)
            holders.setdefault(" ".join(tokens[:count]), set()).add(mention.entity)
    if not holders:
        return mentions
    return [replace(m, entity=next(iter(holders[m.text])), label="PERSON")
            if m.field == "text" and m.label in _TITLE_ALONE_LABELS
            and len(holders.get(m.text, ())) == 1 else m for m in mentions]


def office_alone(mention: Mention, text: str) -> bool:
    """Tell whether a "person" is an office and nothing else: capitalised words ending
    on a title, with "of" after it ("Vice President of", "President of")."""
    tokens = name_tokens(mention.text)
    return (mention.label == "PERSON" and bool(tokens) and is_honorific(tokens[-1])
            and all(token[:1].isupper() for token in tokens)
            and _OF_AFTER.match(text, mention.end) is not None)


def without_bare_offices(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` without the offices read as people ("[Vice President] of the United
    States Joe Biden": the person is the name after it)."""
    return [m for m in mentions if m.field != "text" or not office_alone(m, text)]
