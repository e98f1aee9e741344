"""A speaker named through a relative "who": the "who" is the speaker text.

Why: in `Barack Obama, who called the nominee "unfit to serve"` the verb of saying has
"who" for its subject; the parse reads it as the name it stands for, so the quote's
speaker span lands on "Barack Obama". Like a pronoun (`"…," he said` keeps "he" as its
speaker text and "Donald Trump" as its speaker), the word the cue hangs on is "who" and
the name is what it is resolved to: the speaker text and its span move onto "who", the
canonical speaker stays. Only when a canonical speaker was resolved: a phrase speaker
("a former spymaster who wrote") has nothing but its phrase to name it by.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.core.letters import CAPITAL
from workbench.core.models import Quote
from workbench.core.whole_words import whole_word_spans

#: Between a name and its "who": a comma or dash, an optional bracketed aside.
_SEPARATORS = r"[ \u00a0]*[,\u2014\u2013-]?[ \u00a0]*(?:\([^)\n]{0,40}\)[ \u00a0,]*)?"
#: An apposition between the name and its "who" (`Paul Hanley, the union's chief
#: organiser, who added`): a comma, a lower-case phrase with no quotation mark, clause
#: break or sentence end, and the comma closing it. The "who" still stands for the name:
#: the cue's subject was read through it.
_APPOSITION = r"(?:,[ \u00a0]+[a-z][^,;:!?\"\u201c\u201d\n]{0,80}?(?<![.])(?=,))?"
#: Right after the speaker span: an apposition, the separators, "who".
_WHO_AFTER = re.compile(_APPOSITION + _SEPARATORS + r"(who)\b")
#: Right before "who": an apposition and the separators, read backwards.
_BEFORE_WHO = re.compile(_APPOSITION + _SEPARATORS + "$")
#: Up to four capitalised words ending right before those separators.
_NAME_BEFORE = re.compile(
    rf"(?<![\w.'\u2019-])(?:{CAPITAL}[\w.'\u2019-]*[ \u00a0]+){{0,3}}{CAPITAL}[\w.'\u2019-]*$"
)
_NAME_CHARS = 120
#: Between "who" and the quote: one clause, no sentence end.
_SENTENCE_END = re.compile(r"[.!?][ \u00a0\n]+[A-Z\u201c\"]|\n")
_CLAUSE_CHARS = 160


def relative_pronoun_speaker(quote: Quote, text: str) -> Quote:
    """``quote`` with its speaker text on the "who" right after the speaker span when the
    quote follows in that "who" clause, its canonical speaker unchanged; else ``quote``."""
    if quote.kind != "direct" or not quote.speaker or quote.speaker_end is None:
        return quote
    found = _WHO_AFTER.match(text, quote.speaker_end)
    if found is None or quote.start < found.end() or quote.start - found.end() > _CLAUSE_CHARS:
        return quote  # measured before the slice: a far quote would copy all between
    between = text[found.end() : quote.start]
    if _SENTENCE_END.search(between):
        return quote
    if not _cue_in_clause(quote.cue, between):
        return quote
    start, end = found.span(1)
    return replace(quote, speaker_text=text[start:end], speaker_start=start, speaker_end=end)


def _cue_in_clause(cue: str | None, between: str) -> bool:
    """True when the cue is written in the "who" clause, before its first comma: in
    `Mike Lee, who declared in the spin room, "..."` it is; in `Bergstrom, who has
    donated to Rubio, said, "..."` the cue is the main clause's, whose subject is the
    name itself."""
    if not cue:
        return False
    clause = between.split(",", 1)[0]
    return bool(whole_word_spans(cue, clause))  # no pattern compiled per cue


def name_before_relative(text: str, start: int) -> tuple[int, int] | None:
    """The span of the capitalised words the "who" at ``start`` follows, else None: where
    :func:`relative_pronoun_speaker` moved a speaker span from, so the name is still read
    there (a speaker name the model left untagged becomes a mention)."""
    offset = max(0, start - _NAME_CHARS)
    ahead = text[offset:start]
    separators = _BEFORE_WHO.search(ahead)
    ahead = ahead[: separators.start()] if separators else ahead
    name = _NAME_BEFORE.search(ahead)
    if name is None:
        return None
    return offset + name.start(), offset + name.end()
