"""Who "I" and "you" are in an interview transcript: the people whose turns they are.

Why: an interview printed as a transcript marks each turn with its speaker's name at the
start of a paragraph ("((Zara Kay)) I remember ...", "JANE DOE: ...", "Q: ..."), and the
interviewee's answers report conversations in the first person ("and I said, "No, I am a
Muslim""). Nothing in the sentence names "I", so the name guessers either give up or,
worse, complete "I" into a name with the words before it. The turn's label says who it
is. In the interviewer's turn (a label that is an acronym or the outlet: "((WN))",
"Q:"), "you" is the interviewee ("On your website you state "...""): the person of the
nearest answer. "We" in an answer ("((Sara Seager)) Super Earths. We know hot Jupiters
...") is the interviewee speaking for her team or field: the turn's person, as for "I",
never an antecedent found by distance (the reply "Super Earths." just before it). In a
question "we" is the outlet and names nobody the article quotes. A label is how the
transcript writes the name ("CLINTON:", "((Kay))"), so the caller maps it to the person
the article names ("Hillary Clinton") through ``name_of``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.core.letters import CAPITAL
from workbench.nlp.names import is_acronym
from workbench.nlp.speaker_descriptions import GENDERED_PERSON_NOUNS
from workbench.nlp.speaker_gender import PERSON_NOUNS, pronoun_gender

if TYPE_CHECKING:
    from workbench.core.models import Quote

#: A turn label opening a paragraph: "((Name))" (wiki transcripts) or "Name:" / "NAME:".
_LABEL = re.compile(
    rf"^[ \u00a0]*(?:\(\((?P<wiki>[^()\n]{{1,60}})\)\)|(?P<plain>{CAPITAL}[\w.'\u2019-]*"
    rf"(?:[ \u00a0]{CAPITAL}[\w.'\u2019-]*){{0,3}})[ \u00a0]*:)",
    re.MULTILINE,
)
#: A transcript has several turns by one speaker; a label seen once is a prose colon
#: ("Rey from Star Wars: ...") or a heading, not a turn.
_MIN_TURNS = 2
#: Furniture labels of more than one word, never a turn ("Editor's Note: ...").
_NOT_SPEAKERS = frozenset(("editor's note", "editor\u2019s note", "read more", "related stories"))
#: A person noun in a narrator's story and its gender: "my mom", "another girl".
_NOUN_GENDERS = {
    **{noun: gender for noun, gender in PERSON_NOUNS.items() if gender},
    **GENDERED_PERSON_NOUNS,
    **dict.fromkeys(("mom", "mum", "mommy", "grandma"), "f"),
    **dict.fromkeys(("dad", "daddy", "grandpa"), "m"),
}
_DETERMINERS = frozenset("my a an another the this that one some her his our".split())
_WORDS = re.compile(r"[A-Za-z]+")
_INITIALS = re.compile(r"[A-Z]{2,3}")
FIRST_PERSON = frozenset(("i",))
FIRST_PERSON_PLURAL = frozenset(("we",))
SECOND_PERSON = frozenset(("you",))
THIRD_PERSON = frozenset(("he", "she"))


@dataclass(frozen=True)
class _Turn:
    start: int
    label: str
    asks: bool  # the interviewer's turn
    line_end: int  # the end of the label's own paragraph
    body: int  # where the words after the label begin


class Transcript:
    """The turns of a text, found once; empty for ordinary news prose.

    ``name_of(label, position)`` is the person a turn label stands for at ``position``
    (by default the label as written); ``people`` are (start, entity) of the article's
    person mentions, read when no answer carries a label or a label is initials.
    """

    def __init__(
        self,
        text: str,
        name_of: Callable[[str, int], str] | None = None,
        people: Sequence[tuple[int, str]] = (),
    ) -> None:
        self.name_of = name_of or _as_written
        self.people = people
        self.text = text
        found = [
            (m.start(), (m["wiki"] or m["plain"]).strip(), m.end())
            for m in _LABEL.finditer(text)
            if _names_a_speaker((m["wiki"] or m["plain"]).strip(), wiki=bool(m["wiki"]))
        ]
        counts = Counter(label for _, label, _ in found)
        kept = [turn for turn in found if counts[turn[1]] >= _MIN_TURNS]
        askers = _askers(text, [(start, label) for start, label, _ in kept])
        self.turns = [
            _Turn(start, label, label in askers, _paragraph_end(text, start), body)
            for start, label, body in kept
        ]
        self.starts = [turn.start for turn in self.turns]

    def opens_turn(self, position: int) -> bool:
        """Whether ``position`` is a turn's first word, right after its label ("((Sara
        Seager))  Correct.", "NG: Yes.")."""
        index = bisect.bisect_right(self.starts, position) - 1
        return index >= 0 and not self.text[self.turns[index].body:position].strip()

    def speaker(self, word: str, position: int) -> str | None:
        """The person a first- or second-person speaker word at ``position`` stands for;
        "" for the asking outlet's "we" (nobody, and no antecedent either); None when the
        turn does not settle it."""
        index = bisect.bisect_right(self.starts, position) - 1
        if index < 0:
            return None
        turn = self.turns[index]
        if word in FIRST_PERSON_PLURAL and turn.asks:
            return "" if position < turn.line_end else None
        if word in FIRST_PERSON_PLURAL:
            return self._person(turn.label, position)
        if word in FIRST_PERSON:
            return None if turn.asks else self._person(turn.label, position)
        if word in SECOND_PERSON and turn.asks:
            answerer = self._answerer(index)
            return self._person(answerer, position) if answerer is not None else self._subject()
        return None

    def _person(self, label: str, position: int) -> str:
        """The person a turn label names: as ``name_of`` maps it, else the one person of
        the article with those initials ("NG:" for Natasha Gownaris, a common way to
        label an interviewee's answers)."""
        name = self.name_of(label, position)
        if name != label or not _INITIALS.fullmatch(label):
            return name
        owners = {entity for _, entity in self.people if _initials(entity) == label}
        return owners.pop() if len(owners) == 1 else name

    def _subject(self) -> str | None:
        """The interviewee when only the questions carry a label ("((WN)) On your website
        you state "..."", the answers printed plain): the person the introduction before
        the first turn names most often ("Adam Kokesh ... spoke with Wikinews ... Kokesh
        ..."), if one leads; None on a tie."""
        counts = Counter(entity for start, entity in self.people if start < self.starts[0])
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def calls_narrator_he_or_she(self, quote: Quote, entity: str) -> bool:
        """True when the quote's third-person pronoun speaker was resolved to the person
        whose turn it is: a narrator says "I" of herself, so her "she's like, "..."" is
        another woman's words ("my mom", "another girl"), never her own. Compares the
        person the label names, as ``entity`` is a resolved name too."""
        word = (quote.speaker_text or "").strip().lower()
        position = quote.speaker_start
        if not self.turns or word not in THIRD_PERSON or position is None:
            return False
        index = bisect.bisect_right(self.starts, position) - 1
        if index < 0 or self.turns[index].asks:
            return False
        return self._person(self.turns[index].label, position) == entity

    def told_person(self, quote: Quote) -> str | None:
        """The person noun a narrator's "she"/"he" stands for: the nearest one of that
        gender she wrote before it in its paragraph ("I told my mom ..., and she's like
        "..."", "another girl came out to me ... And she said "...""), as written; None
        if none."""
        position = quote.speaker_start
        gender = pronoun_gender((quote.speaker_text or "").strip())
        if position is None or gender is None:
            return None
        text = self.text
        start = text.rfind("\n", 0, position) + 1
        words = list(_WORDS.finditer(text, start, position))
        for at in range(len(words) - 1, 0, -1):
            if _NOUN_GENDERS.get(words[at].group()) != gender:
                continue
            for back in (at - 1, at - 2):
                if back >= 0 and words[back].group().lower() in _DETERMINERS:
                    return text[words[back].start() : words[at].end()]
        return None

    def _answerer(self, index: int) -> str | None:
        """The interviewee answering the question at turn ``index``: the next answer's
        label, else the previous one's."""
        after = (t for t in self.turns[index + 1 :] if not t.asks)
        before = (t for t in reversed(self.turns[:index]) if not t.asks)
        turn = next(after, None) or next(before, None)
        return turn.label if turn is not None else None


def _as_written(label: str, _position: int) -> str:
    """A turn label taken as the speaker's name, when nothing maps labels to people."""
    return label


def _names_a_speaker(label: str, wiki: bool) -> bool:
    """A label that can open a turn. "((Name))" when capitalised ("((hi))" marks a Hindi
    translation); "Label:" in capitals throughout ("CLINTON:", "Q:") or as a full name
    ("Jane Doe:"): a single capitalised word is page furniture as often as a speaker
    ("Photo: ...", "Update: ..." on every picture or correction)."""
    if not label[:1].isupper():
        return False
    if wiki or label.isupper():
        return True
    return len(label.split()) > 1 and label.lower() not in _NOT_SPEAKERS


def _paragraph_end(text: str, start: int) -> int:
    """Where the paragraph opening at ``start`` ends: a question's own "we" is the outlet,
    while the plain paragraphs after it may be the unlabelled answer."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _askers(text: str, turns: Sequence[tuple[int, str]]) -> set[str]:
    """The labels that ask. An acronym or the outlet does ("((WN))", "Q:"), but when the
    interviewee is labelled by initials too ("((WN))" and "NG:"), only labels most of
    whose turns hold a question mark ask."""
    candidates = {label for _, label in turns if _is_interviewer(label)}
    if len(candidates) < 2:
        return candidates
    ends = [start for start, _ in turns[1:]] + [len(text)]
    asked: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for (start, label), end in zip(turns, ends, strict=True):
        total[label] += 1
        asked[label] += "?" in text[start:end]
    return {label for label in candidates if 2 * asked[label] >= total[label]} or candidates


def _initials(name: str) -> str:
    """"NG" for "Natasha Gownaris"."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _is_interviewer(label: str) -> bool:
    """An acronym ("WN", "Q") or the outlet ("Wikinews", "Interviewer") asks."""
    words = label.split()
    return (len(words) == 1 and (is_acronym(label) or len(label) == 1)) or label.lower() in {
        "wikinews", "interviewer", "question", "reporter"
    }
