"""Which mentions a speaker pronoun may stand for ("he" a person, "they" a group that
speaks), and a cheap sentence index to measure how far back they are.

Why apart from ``quote_resolution``: these are the agreement rules (gender, number,
what kind of mention can speak), separate from the order in which candidates are
tried; both the resolver and its tests read them on their own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.nlp.speaker_gender import pronoun_gender

PERSON_PRONOUNS = frozenset("he she him her his hers".split())
GROUP_PRONOUNS = frozenset("they them it we us their its our".split())
GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
PLURAL_PRONOUNS = frozenset("they them their".split())
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+|\n+")
_FEMALE = re.compile(r"\b(?:Mrs|Ms|Miss|Madam)\.?\s*$")
_MALE = re.compile(r"\bMr\.?\s*$")
#: Family words used as a name ("Dad was in the back of that ambulance", a daughter quoted
#: about her father): the model tags them as people, but a "she said" or "he said" in the
#: narration stands for someone the text names, never for "Dad" (issue 15, written
#: articles: "Dad" took a daughter's "she").
KIN_ADDRESS = frozenset(
    "dad daddy mom mum mommy mummy mama papa grandma grandpa granny grandad nana".split())
#: A place after these words is where something is, not who speaks ("in Ohio", "Port
#: St. Lucie, Florida").
_LOCATED_AT = re.compile(
    r"(?:\b(?:in|at|near|into|across|throughout|outside|inside|from|between|against|with|"
    r"toward|towards|over|on|of)\s+(?:the\s+)?"
    r"|" + CAPITAL + r"[\w.]*,\s*)$"
)


#: Groups of people a place or organisation name modifies ("Toronto police said").
_GROUP_AFTER = re.compile(
    r"[ \u00a0]+(?:police|officials|authorities|residents|officers|firefighters|paramedics|"
    r"workers|employees|staff|voters|students|fans|protesters|troops|forces|leaders|"
    r"lawmakers|investigators|prosecutors)\b"
)


#: Names paired by a dash modify the noun after them ("US-China talks", "Libya–Turkey
#: relations"): neither is a group that speaks.
_PAIRED_AFTER = re.compile(r"[\u2013\u2014-]" + CAPITAL)
_PAIRED_BEFORE = re.compile(CAPITAL + r"[\w.]*[\u2013\u2014-]$")


class SentenceIndex:
    """Sentence index of any offset (a cheap splitter; no parse is available here)."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]

    def index(self, offset: int) -> int:
        """Index of the sentence holding ``offset``."""
        return bisect.bisect_right(self.starts, offset) - 1

    def end(self, offset: int) -> int | None:
        """Where the sentence holding ``offset`` ends (the next one's start), or None in
        the last sentence: one look-up, never a copy of the sentence list per call."""
        following = self.index(offset) + 1
        return self.starts[following] if following < len(self.starts) else None


def fits_pronoun(pronoun: str, mention: Mention, text: str) -> bool:
    """True when ``mention`` may be what the speaker pronoun stands for: a person of a
    gender no "Mr."/"Ms." contradicts for "he"/"she" and no family word used as a name
    ("Dad"), a group that can speak for "they"/"it"."""
    if pronoun in PERSON_PRONOUNS:
        if (mention.label != "PERSON" or in_other_script(mention.text)
                or mention.text.lower() in KIN_ADDRESS):
            return False
        before = text[max(0, mention.start - 6) : mention.start]
        female = pronoun_gender(pronoun) == "f"
        return not (_FEMALE.search(before) and not female or _MALE.search(before) and female)
    return mention.label in GROUP_LABELS and can_speak_as_group(mention, text)


def in_other_script(name: str) -> bool:
    """True when a name writes letters but no Latin one: the English model tags runs of
    Farsi or Hindi script as persons, and an English "he" never stands for such a run."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and not any(c.isascii() for c in letters)


def can_speak_as_group(mention: Mention, text: str) -> bool:
    """False for a group, organisation or place mention that only modifies or locates:
    the adjective "Italian" of "the Italian foreign minister" (a group that speaks is
    plural: "Palestinians", "Democrats"), a place or organisation naming whose people
    speak ("Toronto police", "Ottawa officials"), one of two names paired by a dash ("US-China
    talks"), or the object of a preposition ("a speech in Port St. Lucie, Florida", "the
    border between Turkey and Libya"). "They said" after
    such a sentence means the people in it, not the nationality or the place."""
    if mention.label == "NORP":
        return mention.text.endswith("s")
    if _GROUP_AFTER.match(text, mention.end) or _PAIRED_AFTER.match(text, mention.end):
        return False  # "Toronto police", "Google employees": the people speak, not the place
    if _PAIRED_BEFORE.search(text[max(0, mention.start - 40) : mention.start]):
        return False  # "Libya–Turkey relations": two names pairing up modify a noun
    return _LOCATED_AT.search(text[max(0, mention.start - 40) : mention.start]) is None


#: A prefix a group word takes for its former or opposing members ("ex-Muslims", "non-Jews").
_GROUP_PREFIX = re.compile(r"^(?:ex|former|non|anti|pro)[-\s\u2010\u2011]+", re.IGNORECASE)


def group_key(name: str) -> str:
    """A name folded so a nationality, religion or party matches its plural and its "ex-"
    forms: "Ex-Muslims", "ex-Muslim" and "Muslim" all fold to "muslim"."""
    key = _GROUP_PREFIX.sub("", name.strip()).lower()
    return key[:-1] if key.endswith("s") else key


def group_keys(mentions: Sequence[Mention]) -> frozenset[str]:
    """The folded names the document tags as nationalities, religions or parties (NORP).

    Why: the model tags the same group word as a person in one sentence ("Ex-Muslims are
    the minority") and as a group in another; a singular "he"/"she" never stands for
    a group, so a person mention whose name is one of the document's groups is no
    antecedent for it."""
    return frozenset(group_key(m.text) for m in mentions if m.label == "NORP")


def names_several_people(pronoun: str, mentions: Sequence[Mention], candidate: Mention) -> bool:
    """True when a plural ``pronoun`` follows two or more distinct people named after
    ``candidate``: "they" are then those people (no one entity), so the caller does
    not hand the quote to an organisation or place named further back."""
    if pronoun not in PLURAL_PRONOUNS:
        return False
    people = {m.entity for m in mentions if m.label == "PERSON" and m.start >= candidate.end}
    return len(people) >= 2
