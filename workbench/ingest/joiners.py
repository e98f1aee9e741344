"""Joiners and direction marks carried through trafilatura, which drops every format character.

Why: trafilatura keeps only printable characters, so a zero-width joiner
(U+200D) went out of every emoji sequence it builds (the rainbow flag became a
white flag and a rainbow, a family three people), a non-joiner (U+200C) out of
Persian and Hindi words, the tag characters out of the flags of Scotland and
Wales, and the direction marks out of Arabic and Hebrew text; a text file keeps
them all. Each is swapped for a printable stand-in the page does not hold
before extraction and put back after: every stand-in found then is one of ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: ZWNJ, ZWJ, LRM, RLM, the Arabic letter mark, the word joiner, and the emoji tag characters.
KEPT = "\u200c\u200d\u200e\u200f\u061c\u2060" + "".join(map(chr, range(0xE0020, 0xE0080)))
#: Stand-ins are taken from CJK Extension B: letters, printable, never space or punctuation.
_FIRST_STAND_IN = 0x20000
_NAMED = {"zwnj": "\u200c", "zwj": "\u200d", "lrm": "\u200e", "rlm": "\u200f"}
_REFERENCE = re.compile(r"&(?:#[xX]([0-9a-fA-F]{1,8})|#([0-9]{1,9})|(zwnj|zwj|lrm|rlm));?")


@dataclass(frozen=True)
class KeptJoiners:
    """The stand-in of each kept character in one page, to put them back after extraction."""

    stand_ins: dict[str, str]

    def restore(self, text: str | None) -> str | None:
        """``text`` with each stand-in turned back into the character it stood for."""
        if not text or not self.stand_ins:
            return text
        return text.translate({ord(stand_in): kept for kept, stand_in in self.stand_ins.items()})


def keep_joiners(markup: str) -> tuple[str, KeptJoiners]:
    """``markup`` with each kept character, written or as a character reference, stood in for."""
    markup = _REFERENCE.sub(_kept_reference, markup)
    present = [char for char in KEPT if char in markup]
    stand_ins: dict[str, str] = {}
    candidate = _FIRST_STAND_IN
    for char in present:
        while chr(candidate) in markup:
            candidate += 1
        stand_ins[char] = chr(candidate)
        candidate += 1
    if stand_ins:
        markup = markup.translate({ord(kept): stand_in for kept, stand_in in stand_ins.items()})
    return markup, KeptJoiners(stand_ins)


def _kept_reference(match: re.Match[str]) -> str:
    """A reference to a kept character as the character itself; any other left as written."""
    hex_digits, digits, name = match.groups()
    if name is not None:
        return _NAMED[name]
    code = int(hex_digits, 16) if hex_digits is not None else int(digits)
    return chr(code) if code <= 0x10FFFF and chr(code) in KEPT else match.group(0)
