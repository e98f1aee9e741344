"""A document's names as whole names: runs of capitalised words, never a lone title word.

Why: the names that tell one event from another (``claim_feedback``) were single
capitalised words, so a document about parliament's suspension gave "prime",
"supreme" and "court", and an article about Soleimani's death, which writes
"Prime Minister" and "Supreme Leader", wrote a fifth of them and was listed.
A name is now a whole run of capitalised words ("Supreme Court", "Brenda
Hale", "Bank of England") or one of its endings ("Hale", "Court"): an ending
is how a report names again who it named in full ("Johnson" after "Boris
Johnson"), while a run's opening word ("Prime", "Supreme") is a title that
begins many different names, so it is never a name alone. A document writes a
name when the name is a run of its capitalised words or a part of one
(``written_names``), so "supreme court" is not found in "Supreme Leader".
Whole names decide which documents are listed on the event's names alone
(``claim_matching.listable``); the candidate queries still ask for names word
by word (``word_counts``): asked as phrases, they ordered ECB+ dev candidates worse.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from workbench.core.claim_terms import CALENDAR, WORD_PATTERN
from workbench.core.forms_of_address import ADDRESS  # "Mr Johnson" names "johnson"
from workbench.core.letters import CAPITAL
from workbench.core.sentences import STOPWORDS, sentence_spans

# A capitalised word (possessive "'s" left out); runs may join over "of" ("Bank of England").
_CAPITAL = CAPITAL + r"[^\W_]*(?:['’](?![sS]\b)[^\W_]+)?"
_RUN = re.compile(rf"(?<![^\W_])({_CAPITAL}(?:[ ](?:of[ ](?:the[ ])?)?{_CAPITAL})*)")
_WORD = re.compile(WORD_PATTERN, re.UNICODE)
_CAPITALISED = re.compile(r"(?<![^\W_])" + CAPITAL + r"[^\W_]*(?:['’][^\W_]+)?")
# Longest name kept, in words: a longer run counts for its endings this long, and not at
# all when it is a whole line (a headline in capitals).
LONGEST_NAME = 5


def name_counts(text: str, sentences: list[tuple[int, int]] | None = None) -> Counter[str]:
    """How often each name (lowercase, words joined by one space) is written in ``text``.

    A run counts for itself and for each of its endings that is a name: not
    opened by a stopword, a month or a weekday, and not a month or weekday alone
    ("Theresa May" is a name, "May" is not). A run longer than ``LONGEST_NAME``
    counts for its endings that short ("European Central Bank President Mario
    Draghi" names "mario draghi"), unless it is a whole line: a title-case headline.
    The word that opens a sentence is capitalised anyway, so a run that starts there
    counts from its second word
    ("Johnson said" names no one; "The Supreme Court" names "supreme court").
    """
    return _name_counts(text, _sentence_openers(text, sentences))


def words_and_names(text: str, sentences: list[tuple[int, int]] | None = None
                    ) -> tuple[Counter[str], Counter[str]]:
    """``word_counts`` and ``name_counts`` of one text, its sentence openers found once."""
    openers = _sentence_openers(text, sentences)
    return _word_counts(text, openers), _name_counts(text, openers)


def _name_counts(text: str, openers: set[int]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for match in _RUN.finditer(text):
        words = match.group().lower().split()
        if match.start() in openers:
            words = words[1:]
        if len(words) > LONGEST_NAME and _whole_line(text, match.start(), match.end()):
            continue  # a title-case headline, not a name
        for first in range(max(0, len(words) - LONGEST_NAME), len(words)):
            if _may_open(words[first]) and _may_close(words[first:]):
                counts[" ".join(words[first:])] += 1
    return counts


def word_counts(text: str, sentences: list[tuple[int, int]] | None = None) -> Counter[str]:
    """How often each capitalised word that does not open its sentence (lowercased; weekdays
    and months left out) is written in ``text``: the names the candidate queries ask for,
    word by word, since FTS5's bm25() rewards a document for each word of a name it writes
    (on ECB+ dev, asking whole names as phrases ordered the candidates worse)."""
    return _word_counts(text, _sentence_openers(text, sentences))


def _word_counts(text: str, openers: set[int]) -> Counter[str]:
    counts = Counter(m.group().lower() for m in _CAPITALISED.finditer(text)
                     if m.start() not in openers)
    for word in CALENDAR & counts.keys():
        del counts[word]
    return counts


def written_names(text: str) -> frozenset[str]:
    """Every run of capitalised words in ``text`` and every part of one, lowercase: a name
    is written in the text when it is one of them (a sentence's first word counts)."""
    found: set[str] = set()
    for match in _RUN.finditer(text):
        words = match.group().lower().split()
        for first in range(len(words)):
            for last in range(first + 1, min(len(words), first + LONGEST_NAME) + 1):
                found.add(" ".join(words[first:last]))
    return frozenset(found)


def name_words(name: str) -> list[str]:
    """The words of a name (as ``name_counts`` writes it)."""
    return name.split(" ")


def overlapping(name: str, other: str) -> bool:
    """Whether one name ends the other ("johnson", "boris johnson"): the same name twice."""
    a, b = f" {name}", f" {other}"
    return a.endswith(b) or b.endswith(a)


def full_name(name: str, weight: Mapping[str, float]) -> str:
    """The form a name is asked for in: its shortest ending of two words or more among the
    names ``weight`` holds ("minister boris johnson" as "boris johnson"), and a single
    word as the shortest (then heaviest) name of two words or more it ends ("johnson" as
    "boris johnson"), so a document whose "Johnson" is someone else does not write it.
    A word that ends no longer name ("Westminster") stays as it is."""
    words = name_words(name)
    if len(words) > 1:
        for first in range(len(words) - 2, 0, -1):
            ending = " ".join(words[first:])
            if ending in weight:
                return ending
        return name
    longer = [other for other in weight if other.endswith(f" {name}")]
    if not longer:
        return name
    return min(longer, key=lambda other: (other.count(" "), -weight[other], other))


def _sentence_openers(text: str, sentences: list[tuple[int, int]] | None) -> set[int]:
    """Where each sentence's first word starts: capitalised there whatever it is."""
    spans = sentence_spans(text) if sentences is None else sentences
    return {found.start() for s, e in spans if (found := _WORD.search(text, s, e))}


def _may_open(word: str) -> bool:
    return word not in STOPWORDS and word not in CALENDAR and word.rstrip(".") not in ADDRESS


def _may_close(words: list[str]) -> bool:
    """A month or weekday alone is a date, not a name; as a name's last word ("Theresa
    May") it is the name's."""
    return len(words) > 1 or words[0] not in CALENDAR


def _whole_line(text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` is all of its line's words (punctuation aside)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not _WORD.search(text, line_start, start) and not _WORD.search(text, end, line_end)
