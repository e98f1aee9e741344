"""Titles of films, books and albums, which the model files as people, bodies or places.

Why: the small model has no kind for a title it does not know, so it files one by its
words: "the novel Obsession" and "the film Black Panther" become organisations, "the
film Alien" a place and "Bob Woodward's book Rage" a person; the analyst then finds a
film among the companies, or one title under two kinds across the library. News names
the kind of work right before its title ("the 2009 novel Obsession", "the Marvel film
Black Panther"), in nouns that name no person, body or place standing after them. Such
a name is a work's title (WORK_OF_ART) in every mention, unless another mention of it is
written as a person's ("Kim said", "Mr. Kim"): a film named after its hero ("the film
Marshall" beside "Marshall said") stays the person the text quotes. A mention the text
resolved to a longer name is no title's whole name ("his radio show [Imus] in the
Morning", resolved to "Don Imus"), and changes nothing.

Not read: "show", "play", "series" and "single" alone, which are verbs or adjectives as
often ("polls show Biden ahead", "play Hamlet"); a kind of show is read ("the TV show",
"reality television show"). Nor a kind written as a verb ("can now book Airbnb homes",
"passengers who book Delta flights"). Not titles (issue 15): a name the model tags a
person in two or more words ("the album Taylor Swift released", "in the film Tom Hanks
plays a lawyer"), unless quoted; a known platform or company ("the documentary Netflix
released"); a name followed by a verb of making it is the subject of ("X released",
"X plays").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.nlp.entity_context_kinds import written_as_person
from workbench.nlp.known_names import KNOWN_LABELS

WORK_LABEL = "WORK_OF_ART"
_RELABELLED = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
"""The labels the model gives a title it does not know (a product, "software entitled
iLife", is a thing already, and stays one)."""

_WORK_NOUN = re.compile(
    r"\b(?:films?|movies?|novels?|novellas?|albums?|sitcoms?|documentar(?:y|ies)|memoirs?"
    r"|operas?|musicals?|books?|songs?|poems?|paintings?|plays?[ \u00a0]+called"
    r"|(?:TV|television|radio|talk|reality|game|web)[ \u00a0]+(?:show|series|programme|program)s?"
    r"|(?:titled|entitled))[ \u00a0]+[\"\u201c]?$",
    re.IGNORECASE)
"""A kind of work right before a name ("the film Alien", "his novel Obsession", "the reality
television show Terrace House", "a book titled Rage"), an opening quotation mark allowed."""
_REACH = 40
"""Characters read before a mention (the longest kind is shorter)."""


_BARE_NOVEL = re.compile(r"\b(?:the|a|an)[ \u00a0]+novel[ \u00a0]+$", re.IGNORECASE)
""""Novel" after an article alone, which news writes as the adjective ("the novel
Coronavirus", "a novel strain") far more often than as a book; a book is told by what
stands before it ("the 2009 novel", "her debut novel", "Woodward's novel")."""


_VERB_BEFORE = re.compile(
    r"\b(?:to|can|could|will|would|shall|should|may|might|must|now|who"
    r"|also|still|often|they|we|you|I|cannot|can't|won't|don't|didn't|not)[ \u00a0]+$",
    re.IGNORECASE)
"""A word after which the kind is a verb ("can now book Airbnb homes", "who book Delta
flights", "want to book"): the work nouns that are also verbs ("book", "film") read so.
Not "that", "which", "and" or "or", which stand before the noun as often ("that film
Titanic", "the album and film Thriller")."""
_MAKER_AFTER = re.compile(
    r"[ \u00a0]+(?:released|plays|played|starred|directed|wrote|recorded|sang|narrated)"
    r"[ \u00a0]+(?:in|a|an|the|on|at|his|her|their|last|this|with)\b")
"""A verb of making or performing after the name, then a preposition or an article: the
name is the maker, the title left unsaid ("the album Taylor Swift released in 2014",
"the film Tom Hanks plays a lawyer"). Not "stars", "aired" or "premiered", of which the
title is the subject ("the film Alien stars Sigourney Weaver")."""
_QUOTE_BEFORE = re.compile(r"[\"\u201c][ \u00a0]*$")


_LAST_WORDS = frozenset(
    "film films movie movies novel novels novella novellas album albums sitcom sitcoms "
    "documentary documentaries memoir memoirs opera operas musical musicals book books song "
    "songs poem poems painting paintings called show shows series seriess programme "
    "programmes program programs titled entitled".split())
"""The words ``_WORK_NOUN`` can end with, lower-cased (its last word before the spaces)."""


def _may_follow_work_noun(mention: Mention, text: str) -> bool:
    """Whether the letters before the mention's spaces (and opening mark) are a word
    ``_WORK_NOUN`` ends with: what each of its matches holds, read without the pattern,
    which tries its ~30 kinds at each of the 40 characters before every mention."""
    end = mention.start
    if end and text[end - 1] in "\"\u201c":
        end -= 1
    last = end
    while last and text[last - 1] in " \u00a0":
        last -= 1
    first = last
    while first and text[first - 1].isalpha():
        first -= 1
    word = text[first:last]
    return last < end and (not word.isascii() or word.lower() in _LAST_WORDS)


def _after_work_noun(mention: Mention, text: str) -> bool:
    """Tell whether a kind of work, written as a noun, stands right before the mention
    ("the film Alien"; not "can now book Airbnb homes")."""
    if not _may_follow_work_noun(mention, text):
        return False
    start = max(0, mention.start - _REACH)
    noun = _WORK_NOUN.search(text, start, mention.start)
    return (noun is not None
            and _VERB_BEFORE.search(text, start, noun.start()) is None
            and _BARE_NOVEL.search(text, start, mention.start) is None)


def _no_title(mention: Mention, text: str) -> bool:
    """A name after a kind of work that is still no title: a known platform or company
    ("the documentary Netflix released"), or a person's full name the model read as one,
    unquoted, as the subject of a verb of making ("the album Taylor Swift released in",
    "the film Tom Hanks plays a"). A title may be a person's name ("the film Erin
    Brockovich") and a title may be the subject of such a verb ("the musical Hamilton
    played at", "the film Oppenheimer released in July"): only both together tell."""
    if mention.entity in KNOWN_LABELS:
        return True
    return (mention.label == "PERSON" and " " in mention.text.strip()
            and _MAKER_AFTER.match(text, mention.end) is not None
            and _QUOTE_BEFORE.search(text, max(0, mention.start - 3), mention.start) is None)


def titled_works(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Every mention of an entity named right after a kind of work ("the novel Obsession")
    takes the work's label, unless the text writes one of its mentions as a person's."""
    works: set[str] = set()
    people: set[str] = set()
    for mention in mentions:
        if mention.field != "text" or mention.label not in _RELABELLED:
            continue
        if _after_work_noun(mention, text) and not _no_title(mention, text):
            if mention.text == mention.entity:  # "radio show [Imus] in the Morning" is
                works.add(mention.entity)  # resolved to "Don Imus": a cut title, left alone
        elif mention.label == "PERSON" and written_as_person(mention, text):
            people.add(mention.entity)
    works -= people
    if not works:
        return list(mentions)
    return [replace(m, label=WORK_LABEL)
            if m.entity in works and m.label in _RELABELLED else m for m in mentions]
