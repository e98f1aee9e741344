"""Quotations signed by a dash and a name: `"..." \u2015 Pamela Padilla`.

Why apart from the parse-based attribution: a signature is read from the text alone
(the parser often takes the dash for a verb), and reader comments, pull quotes and
embedded posts all sign this way, one quotation per line.
"""

from __future__ import annotations

import re

from workbench.nlp.names import NAME_PARTICLE, NAME_WORD, clean_span
from workbench.nlp.quote_clauses import Attribution
from workbench.nlp.quote_marks import CLOSING, STRAIGHT
from workbench.nlp.quote_nesting import skip_blank

#: `"..." ― Pamela Padilla` / `"..." — Jane Doe (@jdoe) May 3`: a quotation signed on its
#: own line by a dash and a name (reader comments, pull quotes, embedded posts).
_SIGNATURE = re.compile(
    r"[ \t\u00a0]*(?:[\u2015\u2014\u2013]+|[ \u00a0]-{1,2})[ \t\u00a0]*"
    rf"({NAME_WORD}(?:[ \u00a0]+(?:{NAME_WORD}|{NAME_PARTICLE})){{0,4}})"
    r"[ \t\u00a0.]*(?=[\n,;(]|$)"
)


def signature(text: str, end: int) -> Attribution | None:
    """A dash and a name right after the closing mark, ending the line: the quote's
    signature, whatever the parser made of it (it often reads the dash as a verb)."""
    found = _SIGNATURE.match(text, end)
    if found is None:
        return None
    start, end = found.span(1)
    last_word = found.group(1).split()[-1]
    if last_word.endswith(".") and len(last_word) > len("Jr."):  # "Carla Sanchez."
        end -= 1
    return Attribution(None, (start, end), "dash")


def _opens_line(text: str, start: int) -> bool:
    """Tell whether only spaces stand between the start of its line and ``start``.

    Why read back over the spaces alone: searching for the line's start crossed the
    whole text before every unattributed quote of a text written on one line.
    """
    at = start
    while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] == "\n"


def _breaks_line(text: str, end: int) -> int | None:
    """The line break after ``end`` when only spaces stand before it, else None."""
    at = end
    while at < len(text) and text[at] != "\n" and text[at].isspace():
        at += 1
    return at if at < len(text) and text[at] == "\n" else None


def line_signature(text: str, start: int, end: int) -> Attribution | None:
    """The signature ending the line a quote opens, when the line goes on past the quote.

    `"I'd rather live in what he calls "hell" than ..." ― Adriana Rodarte`: an inner
    quotation (or a mark the writer left out) splits the line's quote, and the part
    before the split is signed by the same name as the rest of the line. A quote in the
    middle of the line ("hell") is not the signed statement.
    """
    if not _opens_line(text, start):
        return None
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    last = max(text.rfind(mark, end, stop) for mark in CLOSING + STRAIGHT)
    return signature(text, last + 1) if last >= end else None


#: The dash a signature line opens with (a typeset dash or one or two hyphens).
_LINE_DASH = r"[ \t\u00a0]*(?:[\u2015\u2014\u2013]+|-{1,2})[ \t\u00a0]*"
#: A line that is only a dash and a name: `- Sanders.` under a quoted line.
_SIGNATURE_LINE = re.compile(
    _LINE_DASH
    + rf"({NAME_WORD}(?:[ \u00a0]+(?:{NAME_WORD}|{NAME_PARTICLE})){{0,4}}?)"
    r"[ \t\u00a0]*\.?[ \t\u00a0]*(?=\n|$)"
)


#: A signature line that describes its signer after a comma: `- Jane Doe, Philadelphia.`,
#: `- President Obama, tweeting after the speech.` The name has two words at least (a lone
#: capitalised word before a comma is as often a sentence's first word: `- Meanwhile, ...`)
#: and the description is short and ends the line, as a byline's does.
_DESCRIBED_SIGNATURE_LINE = re.compile(
    _LINE_DASH
    + rf"({NAME_WORD}(?:[ \u00a0]+(?:{NAME_WORD}|{NAME_PARTICLE})){{1,4}}?),"
    r"(?:[ \t\u00a0]+[^\s.!?]+){1,8}[ \t\u00a0]*[.]?[ \t\u00a0]*(?=\n|$)"
)


def signature_below(text: str, start: int, end: int) -> Attribution | None:
    """A signature on the line below a quotation that is a whole line of its own.

    Fact checks and pull quotes print the claim on one line and its speaker under it:
    `"Boeing and GE ... pay zero taxes."` then `- Sanders.` as the next paragraph, or with
    a short description after a comma (`-Jane Doe, Philadelphia.`). Only a
    quote alone on its line and a line that holds nothing but a dash and a name qualify,
    so a dash opening an ordinary next paragraph ("- and then ...") is no signature.
    """
    line_end = _breaks_line(text, end)
    if line_end is None or not _opens_line(text, start):
        return None
    following = skip_blank(text, line_end)
    found = _SIGNATURE_LINE.match(text, following) or _DESCRIBED_SIGNATURE_LINE.match(
        text, following
    )
    if found is None:
        return None
    name_start, name_end = clean_span(text, *found.span(1))  # "- Sanders." ends at the stop
    return Attribution(None, (name_start, name_end), "dash")
