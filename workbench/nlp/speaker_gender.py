"""Which persons the text itself calls "he" or "she", and who a sentence-opening pronoun
most plainly continues.

Why: the parse's hint behind a pronoun is sometimes the wrong person ("Harry Dunn ...
He died. ... spoke with Anne Sacoolas. She informed police"), and nothing but the text
says that Harry Dunn is a man. A pronoun opening a sentence whose nearest person, within
the three sentences before it, is one person only, tells that person's gender; a clash
with it rules the hint out. No name list: only what this document writes. A pronoun
inside a direct quotation (double or single marks, as the quote finder found them), or
a window that also writes a person's surname the model left untagged, tells nothing
(issue 15).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from workbench.core.span_union import SpanUnion

if TYPE_CHECKING:
    from workbench.core.models import Mention

MALE_WORDS = frozenset(("he", "him", "his"))
FEMALE_WORDS = frozenset(("she", "her", "hers"))
_OPENING_PRONOUN = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(He|She|His|Her)\b")
#: Nouns for a person that news puts in apposition to a name ("her husband, Karim,",
#: "a neighbour, Ruth,"), with the gender the noun itself gives (None: either).
PERSON_NOUNS: dict[str, str | None] = {
    **dict.fromkeys(
        "husband father son brother grandfather grandson uncle nephew boyfriend "
        "stepfather spokesman chairman".split(), "m"),
    **dict.fromkeys(
        "wife mother daughter sister grandmother granddaughter aunt niece girlfriend "
        "stepmother spokeswoman chairwoman widow".split(), "f"),
    **dict.fromkeys(
        "friend neighbour neighbor partner spouse lawyer attorney spokesperson colleague "
        "cousin child parent teacher coach owner manager doctor nurse roommate relative "
        "sibling fiance fiancee".split(), None),
}  # fmt: skip
#: Person nouns that name someone by their tie to another ("the father of the victim"):
#: never a title the person named just before holds.
RELATIONAL_NOUNS = frozenset(
    "husband father son brother grandfather grandson uncle nephew boyfriend stepfather "
    "wife mother daughter sister grandmother granddaughter aunt niece girlfriend stepmother "
    "widow friend neighbour neighbor partner spouse colleague cousin child parent roommate "
    "relative sibling fiance fiancee".split()
)
#: How many sentences back a sentence-opening pronoun looks for its single person.
_WINDOW_SENTENCES = 3
#: How far before a name its person noun may stand ("his granddaughter, ").
_KIN_CHARS = 16
_NOUN_BEFORE = re.compile(r"\b([a-z]+),?\s+$")
#: Where a common-noun speaker phrase's head ends ("the father| of the victim").
_PHRASE_TAIL = re.compile(r",|\s+(?:of|for|at|from|with|who)\s")


def unnamed_person(phrase: str) -> tuple[bool, str | None]:
    """(True, gender) when a speaker phrase names a person by a noun and no name ("The
    father of one of the victims", "a spokeswoman for the ministry"): the head noun is
    the last word before any "of/for/at/from" or comma. A pronoun right after such a
    speaker is that unnamed person, never a person named further back."""
    head = _PHRASE_TAIL.split(phrase.strip(), maxsplit=1)[0].split()
    noun = head[-1].lower() if head else ""
    if noun not in PERSON_NOUNS or any(w[:1].isupper() for w in head[1:]):
        return False, None
    return True, PERSON_NOUNS[noun]


def pronoun_gender(word: str) -> str | None:
    """'m' for he/him/his, 'f' for she/her/hers, else None."""
    word = word.lower()
    if word in MALE_WORDS:
        return "m"
    return "f" if word in FEMALE_WORDS else None


def genders_from_text(
    text: str,
    people: Sequence[Mention],
    sentence_of: Callable[[int], int],
    quoted: Sequence[tuple[int, int]],
) -> dict[str, str]:
    """Entity -> 'm'/'f' for persons that are the only candidate of a sentence-opening
    pronoun (the only person named in it or the three sentences before).

    ``people`` are PERSON mentions sorted by start; ``sentence_of`` maps an offset to its
    sentence index; ``quoted`` are the (start, end) spans of the direct quotations. A
    pronoun inside one is the quoted person's voice ("Mary said 'We thought he would live
    forever. His legacy ...'": "his" is not Mary), so it tells nothing about the person
    the narrative named last. A person called both (two people sharing a name) gets no
    gender.
    """
    starts = [m.start for m in people]
    inside = SpanUnion(quoted)
    untagged = _UntaggedNames(text, people, sentence_of)
    found: dict[str, set[str]] = {}
    for match in _OPENING_PRONOUN.finditer(text):
        position = match.start(1)
        if inside.covers(position):
            continue
        entities = _people_in_window(people, starts, position, sentence_of)
        if len(entities) == 1 and untagged.named_before(position, entities):
            continue  # someone the model did not tag is named there too
        gender = pronoun_gender(match.group(1))
        if len(entities) == 1 and gender is not None:
            found.setdefault(entities.pop(), set()).add(gender)
    for entity, gender in _kin_genders(text, people):
        found.setdefault(entity, set()).add(gender)
    return {entity: genders.pop() for entity, genders in found.items() if len(genders) == 1}


def _kin_genders(text: str, people: Sequence[Mention]) -> list[tuple[str, str]]:
    """(entity, gender) a gendered person noun right before a name gives ("his daughter
    Emma", "her husband, Karim"): two people named together ("Brian Olsen and his
    daughter Emma") are then told apart by "she said". (A possessive after a name is no
    evidence: in "supportive of Clinton and his followers" the "his" is someone else's.)"""
    found = []
    for mention in people:
        noun = _NOUN_BEFORE.search(text, max(0, mention.start - _KIN_CHARS), mention.start)
        gender = PERSON_NOUNS.get(noun.group(1).lower()) if noun is not None else None
        if gender is not None:
            found.append((mention.entity, gender))
    return found


def _people_in_window(
    people: Sequence[Mention], starts: list[int], position: int, sentence_of: Callable[[int], int]
) -> set[str]:
    """Entities of the persons named in the pronoun's sentence (before it) or the two
    sentences before; walks back from the pronoun so a long text costs the window only."""
    here = sentence_of(position)
    entities: set[str] = set()
    index = bisect.bisect_left(starts, position) - 1
    while index >= 0 and here - sentence_of(people[index].start) <= _WINDOW_SENTENCES:
        entities.add(people[index].entity)
        index -= 1
    return entities


class _UntaggedNames:
    """Surnames of the text's persons written where no PERSON mention is (the small
    model often misses a name inside a quotation: "Leinen said "Munk was a treasure."
    ... His wife said" has two people in the window, not one)."""

    def __init__(
        self, text: str, people: Sequence[Mention], sentence_of: Callable[[int], int]
    ) -> None:
        self.text = text
        self.sentence_of = sentence_of
        self.spans = [(m.start, m.end) for m in people]
        self.people = people

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """The surnames as one pattern, compiled when first asked: most documents never
        ask (a pronoun opening a sentence with one person in its window), and the
        pattern of all a document's surnames is a new compile each (~1 ms)."""
        names = {m.text.split()[-1] for m in self.people if m.text.split()}
        names = {n for n in names if len(n) > 2 and n[:1].isupper()}
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if names else None

    def named_before(self, position: int, entities: set[str]) -> bool:
        """True when the window before ``position`` writes, untagged, the surname of a
        person other than ``entities``."""
        if self.pattern is None:
            return False
        first = self.sentence_of(position) - _WINDOW_SENTENCES
        start = bisect.bisect_left(range(position), first, key=self.sentence_of)
        for match in self.pattern.finditer(self.text, start, position):
            if self._tagged(match.start()):
                continue
            if not any(e.split()[-1:] == [match.group()] for e in entities):
                return True
        return False

    def _tagged(self, offset: int) -> bool:
        """True when a PERSON mention covers ``offset``."""
        index = bisect.bisect_right(self.spans, (offset, len(self.text))) - 1
        return index >= 0 and self.spans[index][0] <= offset < self.spans[index][1]


class KnownGenders:
    """The gender each person of one document is known by, as speakers are resolved.

    Why one place: a pronoun the resolver already gave to a person says that person's
    gender (the first use wins), and what the text says by itself (``genders_from_text``,
    built only when first asked: most documents never need it) backs it up; every
    pronoun candidate is checked against both, so "she" never lands on a man.
    """

    def __init__(self, text: str, people: Sequence[Mention], sentence_of: Callable[[int], int],
                 quoted: Sequence[tuple[int, int]]) -> None:
        self._text, self._people, self._quoted = text, people, quoted
        self._sentence_of = sentence_of
        self._used: dict[str, str] = {}
        self._from_text: dict[str, str] | None = None

    def learn(self, word: str, entity: str) -> None:
        """Remember that ``entity`` was called "he" or "she" (first use wins)."""
        gender = pronoun_gender(word)
        if gender is not None and entity:
            self._used.setdefault(entity, gender)

    def clash(self, word: str, entity: str, noun_gender: str | None = None) -> bool:
        """True when ``entity`` is known by the other gender's pronoun (or, for a person
        named by a noun, the noun has the other gender: "the father")."""
        wanted = pronoun_gender(word)
        known = noun_gender or self._used.get(entity) or self._said_by_text().get(entity)
        return known is not None and wanted is not None and known != wanted

    def _said_by_text(self) -> dict[str, str]:
        if self._from_text is None:
            self._from_text = genders_from_text(self._text, self._people, self._sentence_of,
                                                self._quoted)
        return self._from_text
