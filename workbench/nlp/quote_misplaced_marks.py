"""Closing quotation marks written wrong: with the space on the wrong side, or left out.

Why: detokenised and re-typed copy moves the space around a straight mark: `"We did
everything we could, "said the juror.` or `the ability to choose, "Meyer says.`. Read
by its neighbours alone (``quote_mark_roles.mark_role``), a mark with a space before it and a
word glued after it opens a quotation, so the quotation it really closes runs on into the
attribution and the pairing of every later mark on the line is off by one.

A quotation ending in a comma is followed by its attribution, so a straight mark right
after a comma and a space, glued to a verb of saying or to a name and one, closes the
quotation left open. Only while one is open: `he said, "she told me"` opens one. So does
one glued to a described source and its verb, ended by a stop or comma (`, "a friend of
the actress said.`), and one after a short phrase of a few words glued to a lower-case
word with no straight mark left on its line (`the "midnight rules "set to go into
effect`): read as an opening mark it would open a quotation that never closes.

A quotation whose closing mark was left out is cut where its line ends
(``quote_marks``), unless it opened inside brackets: there it ends where they close.
"""

from __future__ import annotations

import re

from workbench.core.letters import CAPITAL
from workbench.core.saying_verbs import finite_forms

#: Verbs of saying that follow a quotation's closing mark in a post-posed attribution:
#: lemmas of the core's SPEECH_VERBS (``core.saying_verbs``). This rule matches raw text
#: before any parse, glued to a mark, so it spells out both tenses and keeps to verbs
#: written right after a quotation (`"said`, `"Meyer says`), where a wrong match closes a
#: quote.
_POST_POSED = frozenset(
    "say add ask tell write explain note continue reply recall insist state argue warn"
    " declare conclude".split())
_SAYING = "(?:" + "|".join(sorted(finite_forms(_POST_POSED))) + ")"
#: The glued word after the mark: a verb of saying (`"said the juror`), or up to three
#: capitalised words and then one (`"Meyer says`, `"Juror No. 8 said`): an attribution.
#: "He"/"She"/"They" are left out: `, "He asked why` opens a nested quotation as often.
_ATTRIBUTION_AFTER = re.compile(
    rf"{_SAYING}\b|(?!(?:He|She|They|We|I|It)\b){CAPITAL}[\w'\u2019.-]*"
    rf"(?:\s(?:{CAPITAL}|[0-9])[\w'\u2019.-]*){{0,2}}\s{_SAYING}\b"
    # or a described source, up to six words ending in the verb and the stop or comma
    # that ends the attribution (`, "a friend of the actress said.`); the stop keeps a
    # nested quotation out (`, "the people said no,"` goes on after its verb)
    rf"|(?:a|an|the|one|his|her|their|its)\s(?:[\w'\u2019-]+\s){{0,5}}{_SAYING}[.,]"
)
#: A scare-quoted phrase is this short; a longer open quotation may nest another.
MAX_SCARE_WORDS = 4

_BRACKET = re.compile(r"[()]")


def closes_before_attribution(text: str, i: int, end: int) -> bool:
    """True when the straight mark at ``text[i:end]`` closes the open quotation although
    a space stands before it and a word after it: a comma and a space before the mark,
    an attribution glued after it (`could do, "said the juror`)."""
    if text[i:end] != '"' or i < 2 or text[i - 2 : i] != ", ":
        return False
    return bool(_ATTRIBUTION_AFTER.match(text, end))


def closes_short_phrase(text: str, open_at: int, i: int, end: int, line_end: int) -> bool:
    """True when the straight mark at ``text[i:end]``, with a space before it and a
    lower-case word glued after it, closes the short phrase opened at ``open_at``
    (`the "midnight rules "set to go into effect`): the phrase is a few words with no
    sentence end, and no straight mark follows on the line, so read as an opening mark
    it would open a quotation that never closes."""
    if text[i:end] != '"' or text[open_at] != '"' or end >= len(text):
        return False
    if not text[end].islower() or text[i - 1] != " " or not text[i - 2].isalnum():
        return False
    phrase = text[open_at + 1 : i]
    if any(stop in phrase for stop in ".!?\n") or len(phrase.split()) > MAX_SCARE_WORDS:
        return False
    return text.find('"', end, line_end) < 0


def bracket_end(text: str, start: int, end: int) -> int:
    """Where a quotation opened at ``start`` and left unclosed must end at the latest: at
    a closing bracket in ``text[start:end]`` that no bracket inside it opened (`Sanders
    leads among those who are “somewhat liberal), education ...`: the quotation was
    inside the brackets), else ``end``."""
    depth = 0
    for bracket in _BRACKET.finditer(text, start, end):
        if bracket.group() == "(":
            depth += 1
        elif depth == 0:
            return bracket.start()
        else:
            depth -= 1
    return end
