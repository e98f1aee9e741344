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
no parser): a list of saying verbs and of the words that may stand between. A
word of saying right after a determiner is a noun ("the report in March 2015"),
and "published", "released", "issued" date a saying only as the release of the
statement that said it ("a report published in 2015 is wrong" talks about 2015).
"""

from __future__ import annotations

import re

SAYING_VERBS = frozenset(
    "say says said saying tell tells told announce announces announced state states stated"
    " add adds added write writes wrote explain explains explained claim claims claimed"
    " declare declares declared warn warns warned insist insists insisted argue argues argued"
    " note notes noted confirm confirms confirmed deny denies denied tweet tweets tweeted"
    " testify testifies testified comment comments commented respond responds responded"
    " reply replies replied acknowledge acknowledged admit admits admitted allege alleged"
    " stress stressed emphasise emphasised emphasize emphasized urge urged predict predicted"
    " promise promised suggest suggested report reports reported indicate indicates indicated"
    " remark remarks remarked recall recalls recalled speak speaks spoke speaking talking"
    .split())
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
MAX_BETWEEN = 5
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
    A word of saying after a determiner is a noun ("the report in March 2015"), not the verb."""
    words = _last_words(text, sentence_start, start, MAX_BETWEEN + 2)
    first = max(len(words) - 1 - MAX_BETWEEN, 0)
    for index in range(len(words) - 1, first - 1, -1):
        match = words[index]
        if _OPENS_SPEECH.search(text, match.end(), start):
            return False
        word = match[0].lower()
        before = words[index - 1][0].lower() if index else ""
        if word in SAYING_VERBS and before not in DETERMINERS:
            return True
        if word in RELEASING:
            if before not in STATEMENTS:
                return False
        elif word not in FRAME_WORDS and not match[0][0].isupper():
            return False
    return False


def _last_words(text: str, sentence_start: int, start: int, count: int) -> list[re.Match[str]]:
    """The last ``count`` words between ``sentence_start`` and ``start`` (fewer if the
    sentence has fewer), read from a window before ``start`` that doubles until it holds
    them.

    Why not every word of the sentence: one sentence of a hostile or unpunctuated
    document can be a megabyte, and reading all of it once per date made the timeline
    quadratic in it (attack run 11)."""
    width = 256
    while True:
        window_start = max(sentence_start, start - width)
        words = list(_WORD.finditer(text, window_start, start))
        if window_start == sentence_start:
            return words[-count:]
        if len(words) > count:  # the first may be cut by the window: never one of them
            return words[-count:]
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
