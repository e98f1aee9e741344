"""When a quote or claim was said: a date attached to its verb of saying, not one it talks about.

Why: "the guidelines established in 2015 are out of date, he said" was placed in
2015 because 2015 was the only date in its sentence; the quote was said when the
article was written. A quote or claim takes a date of its sentence only when that
date dates the saying:

- after a verb of saying, with only frame words between ("said on Tuesday",
  "told reporters Monday", "said in a statement released on Friday"), never after
  "that" ("said that in 2015 the budget doubled": 2015 is the reported clause's);
- or opening the sentence before one ("On Monday, the minister said ...").

A quote's own words never date it (what it says is not when it was said). Other
dates stay on the timeline as the sentence's own items. Words only (the core has
no parser): the written forms of the verbs of saying (``core.saying_verbs``) and a list
of the words that may stand between. A
word of saying right after a determiner is a noun ("the report in March 2015"),
and "published", "released", "issued" date a saying only as the release of the
statement that said it ("a report published in 2015 is wrong" talks about 2015).
"""

from __future__ import annotations

import re

from workbench.core.saying_verbs import DATING_VERBS, written_forms

#: The written forms of the verbs whose date is the saying's (``core.saying_verbs``, the
#: vocabulary the quote finder reads too).
SAYING_VERBS = written_forms(DATING_VERBS)
# Before a word of saying, these make it a noun: "the report", "a claim", "her comments".
DETERMINERS = frozenset(
    "a an the this that these those his her its their our my your whose".split())

# Words that may stand between a verb of saying and its date: "said in a statement on
# Friday", "told reporters late Monday", and names ("told TASS on Wednesday", "said Smith
# on Tuesday"). A content word ("said the guidelines established in 2015") ends the
# attachment, and so does "that": what follows it is what was said.
FRAME_WORDS = frozenset(
    "on in at during a an the late early earlier later last reporters journalists"
    " statement interview press conference briefing news release television radio to audience"
    " letter post".split())
# The release of a statement: frame words only right after one of STATEMENTS ("said in a
# statement released on Friday"); after anything else ("a report published in 2015") the
# date is of what is talked about.
RELEASING = frozenset("issued released published posted".split())
STATEMENTS = frozenset("statement release letter post interview briefing".split())
# Where the saying happened, after a preposition: "said in a speech at the Brookings
# Institution Thursday", "said during remarks on Friday". Right after the verb ("said the
# meeting in 2015 was a failure") the noun is what was said about, not a frame.
OCCASIONS = frozenset(
    "speech remarks address lecture hearing event forum meeting rally summit session panel"
    " appearance visit ceremony".split())
PREPOSITIONS = frozenset("on in at during to before".split())
# Lower-case words inside a name: "the Council on Foreign Relations", "University of Chicago".
NAME_JOINS = frozenset("of on for and".split())
# Units between the verb and its date: a name of several words ("the Brookings
# Institution") counts as one, as does a name with its joins.
MAX_BETWEEN = 7
# Most words one name unit holds: a longer capitalised run (a hostile "Monday Monday ...")
# is read in pieces, so the window before a date stays a few words wide.
LONGEST_UNIT = 8
# Before the date that opens a sentence: at most a preposition or an adverb of time.
_OPENING = re.compile(r"\W*(?:(?:on|in|at|late|early|earlier|last|this|by)\s+)*\Z", re.I)
_OPENS_SPEECH = re.compile(r'["“”:]')
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def dates_the_saying(text: str, sentence: tuple[int, int], date: tuple[int, int],
                     inside: tuple[int, int] | None = None) -> bool:
    """Whether the date at ``date`` (start, end) dates the saying in ``sentence``.

    ``text`` is the document; ``sentence`` the span of the date's sentence (or
    of the mark's sentences); ``inside``: the quoted words, whose dates never
    count.
    """
    start, end = date
    if inside is not None and start < inside[1] and end > inside[0]:
        return False
    return _after_verb(text, sentence[0], start) or _opens_before_verb(
        text, sentence, date, inside)


def _after_verb(text: str, sentence_start: int, start: int) -> bool:
    """A verb of saying, then only frame words or names, then the date; a quotation mark
    or colon between opens what is said ('said: "This year ..."'), whose dates do not count.
    A word of saying after a determiner is a noun ("the report in March 2015"), not the verb.
    A place named after the verb ("said in a speech at the Brookings Institution Thursday")
    is one unit however many words its name has."""
    units = _last_units(text, sentence_start, start, MAX_BETWEEN + 3)
    first = max(len(units) - 1 - MAX_BETWEEN, 0)
    for index in range(len(units) - 1, first - 1, -1):
        match = units[index][-1]  # a name's last word: nothing of it is a verb of saying
        if _OPENS_SPEECH.search(text, units[index][0].end(), start):
            return False
        word = match[0].lower()
        before = units[index - 1][-1][0].lower() if index else ""
        if len(units[index]) == 1 and word in SAYING_VERBS and before not in DETERMINERS:
            return True
        if word in RELEASING:
            if before not in STATEMENTS:
                return False
        elif word in OCCASIONS:
            if not _after_preposition(units, index):
                return False
        elif word not in FRAME_WORDS and not match[0][0].isupper():
            return False
    return False


def _units(words: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The words in units: a run of capitalised words, with the lower-case joins between
    them ("Council on Foreign Relations"), is one unit (of at most ``LONGEST_UNIT`` words);
    every other word its own."""
    units: list[list[re.Match[str]]] = []
    for index, match in enumerate(words):
        word = match[0]
        # A verb of saying opening the sentence ("Said Smith") starts no name.
        in_name = bool(units) and units[-1][-1][0][0].isupper() and not (
            len(units[-1]) == 1 and units[-1][0][0].lower() in SAYING_VERBS)
        joined = in_name and (word[0].isupper() or (
            word in NAME_JOINS and index + 1 < len(words) and words[index + 1][0][0].isupper()))
        if joined and len(units[-1]) < LONGEST_UNIT:
            units[-1].append(match)
        else:
            units.append([match])
    return units


def _after_preposition(units: list[list[re.Match[str]]], index: int) -> bool:
    """Whether the occasion at ``units[index]`` follows a preposition, directly or after a
    determiner: "in a speech", "during remarks", "at the summit"."""
    words = [unit[-1][0].lower() for unit in units[max(index - 2, 0):index]]
    if words and words[-1] in DETERMINERS:
        words.pop()
    return bool(words) and words[-1] in PREPOSITIONS


def _last_units(text: str, sentence_start: int, start: int, count: int
                ) -> list[list[re.Match[str]]]:
    """The last ``count`` units (``_units``) between ``sentence_start`` and ``start`` (fewer
    if the sentence has fewer), read from a window before ``start`` that doubles until it
    holds them.

    Why not every word of the sentence: one sentence of a hostile or unpunctuated
    document can be a megabyte, and reading all of it once per date made the timeline
    quadratic in it (attack run 11)."""
    width = 256
    while True:
        window_start = max(sentence_start, start - width)
        units = _units(list(_WORD.finditer(text, window_start, start)))
        if window_start == sentence_start:
            return units[-count:]
        if len(units) > count:  # the first may be cut by the window: never one of them
            return units[-count:]
        width *= 2


def _opens_before_verb(text: str, sentence: tuple[int, int], date: tuple[int, int],
                       inside: tuple[int, int] | None) -> bool:
    """A date opening its sentence ("On Monday, ..."), with a verb of saying after it
    outside the quoted words."""
    if not _OPENING.match(text, sentence[0], date[0]):
        return False
    before = ""  # the word before, outside the quoted words: "the report" is a noun
    read, commas = date[1], 0  # the text between the date and the word, read once
    for match in _WORD.finditer(text, date[1], sentence[1]):
        between = text[read:match.start()]
        read, commas = match.end(), commas + between.count(",")
        if _clause_ends(between, commas):
            return False
        if inside is not None and inside[0] <= match.start() < inside[1]:
            before = ""
            continue
        word = match[0].lower()
        if word in SAYING_VERBS and before not in DETERMINERS:
            return True
        before = word
    return False


def _clause_ends(between: str, commas: int) -> bool:
    """Whether the words after an opening date reach another clause before the verb: one
    comma closes the opening ("On Monday, the minister said"); a second is a clause of
    its own ("In 2015, the rules changed, he said": 2015 dates the change). ``between``
    is the text since the last word, ``commas`` those since the date.

    Why counted as the words are read: slicing all the text since the date at each word
    made a long sentence quadratic (a 200,000-word one took minutes)."""
    return commas > 1 or any(mark in between for mark in ';:"“”')
