"""Edits of article text whose effect on every character is known (for bench_reanchor).

Why track characters: the benchmark must know, by construction, where each
annotation belongs after an edit. ``TrackedText`` keeps, for every character
of the current text, the offset it had in the old text (or a marker for
characters an edit created), and the set of old characters a deletion
removed. ``expected_span`` turns that into the ground truth:

* an annotation any of whose characters was *deleted* (sentence deleted,
  headline words replaced) is expected **orphaned**;
* one whose surviving characters are no longer contiguous and in order
  (split by a moved paragraph, or with inserted content inside) is expected
  **orphaned**;
* otherwise it is expected at the span from its first to its last surviving
  character. Small corrections (typo fixes, quote marks, whitespace) inside
  it are allowed: it is then expected at the *corrected* span.

Small corrections never touch the first or last character of a word, and
annotation spans start and end on word characters or quote marks, so span
boundaries are never ambiguous.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

SMALL = -1  # a character created by a small correction
INSERTED = -2  # a character of inserted content

STRAIGHT_TO_CURLY_OPEN = {'"': "\u201c", "'": "\u2018"}
STRAIGHT_TO_CURLY_CLOSE = {'"': "\u201d", "'": "\u2019"}
CURLY_TO_STRAIGHT = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}
WORD = re.compile(r"[^\W\d_]{5,}")


@dataclass
class TrackedText:
    """A text being edited, remembering where each character came from."""

    text: str
    origin: list[int] = field(default_factory=list)
    deleted: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        if not self.origin:
            self.origin = list(range(len(self.text)))

    def _splice(self, start: int, end: int, new: str, origin: list[int]) -> None:
        self.text = self.text[:start] + new + self.text[end:]
        self.origin[start:end] = origin

    def correct(self, start: int, end: int, replacement: str) -> None:
        """A small correction: characters the alignment keeps keep their origin."""
        old, origin = self.text[start:end], self.origin[start:end]
        new_origin: list[int] = []
        matcher = SequenceMatcher(None, old, replacement, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
                new_origin += origin[i1:i2]
            else:
                new_origin += [SMALL] * (j2 - j1)
        self._splice(start, end, replacement, new_origin)

    def substitute(self, position: int, char: str) -> None:
        """Replace one character by another (a quote mark): its origin is kept."""
        self.text = self.text[:position] + char + self.text[position + 1 :]

    def delete(self, start: int, end: int) -> None:
        """Remove content: every old character in it counts as deleted."""
        self.deleted.update(o for o in self.origin[start:end] if o >= 0)
        self._splice(start, end, "", [])

    def insert(self, position: int, content: str) -> None:
        """Insert new content (a sentence, a headline word)."""
        self._splice(position, position, content, [INSERTED] * len(content))

    def move(self, start: int, end: int, to: int) -> None:
        """Move ``text[start:end]`` to offset ``to`` (outside the block); origins travel along."""
        block, origin = self.text[start:end], self.origin[start:end]
        self._splice(start, end, "", [])
        if to > start:
            to -= end - start
        self._splice(to, to, block, origin)

    def old_position(self, position: int) -> int | None:
        """The old offset of the current character at ``position`` (None if it is new)."""
        value = self.origin[position] if position < len(self.origin) else -1
        return value if value >= 0 else None

    def inverse(self, old_length: int) -> list[int]:
        """For each old offset, its current offset (-1 when it is gone)."""
        where = [-1] * old_length
        for current, old in enumerate(self.origin):
            if old >= 0:
                where[old] = current
        return where


def expected_span(
    tracked: TrackedText, where: list[int], start: int, end: int
) -> tuple[int, int] | None:
    """Where old span start..end belongs in the edited text, or None if it must be orphaned."""
    if any(i in tracked.deleted for i in range(start, end)):
        return None
    current = [where[i] for i in range(start, end) if where[i] >= 0]
    if not current:
        return None
    low, high = min(current), max(current)
    previous = -1
    for position in range(low, high + 1):
        origin = tracked.origin[position]
        if origin == SMALL:
            continue
        if not start <= origin < end or origin < previous:
            return None
        previous = origin
    return low, high + 1


# -- preparing the old text: the version that still has what the edit fixes --


@dataclass(frozen=True)
class Fix:
    """A small correction to apply to the old text: old[start:end] becomes ``replacement``."""

    start: int
    end: int
    replacement: str


def inject_typos(text: str, rng: random.Random, count: int) -> tuple[str, list[Fix]]:
    """Misspell ``count`` words (interior letters only); return the text and the fixes."""
    words = [m for m in WORD.finditer(text)]
    chosen = sorted(rng.sample(words, min(count, len(words))), key=lambda m: m.start())
    pieces, fixes, cursor, shift = [], [], 0, 0
    for match in chosen:
        good = match.group()
        bad = _misspell(good, rng)
        if bad == good:
            continue
        pieces.append(text[cursor : match.start()] + bad)
        start = match.start() + shift
        fixes.append(Fix(start, start + len(bad), good))
        shift += len(bad) - len(good)
        cursor = match.end()
    pieces.append(text[cursor:])
    return "".join(pieces), fixes


def _misspell(word: str, rng: random.Random) -> str:
    """Swap, drop or double an interior letter (never the first or last one)."""
    kind = rng.choice(("swap", "drop", "double"))
    if kind == "swap":
        i = rng.randrange(1, len(word) - 2)
        if word[i] == word[i + 1]:
            return word[:i] + word[i] + word[i:]
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    i = rng.randrange(1, len(word) - 1)
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def inject_whitespace_noise(text: str, rng: random.Random) -> tuple[str, list[Fix]]:
    """Double spaces after sentences and no-break spaces between words, as sloppy sources have."""
    out: list[str] = []
    fixes: list[Fix] = []
    for i, char in enumerate(text):
        if char != " " or i == 0:
            out.append(char)
            continue
        roll = rng.random()
        position = sum(map(len, out))
        if text[i - 1] in ".!?" and roll < 0.5:
            out.append("  ")
            fixes.append(Fix(position, position + 2, " "))
        elif roll < 0.04:
            out.append("\u00a0")
            fixes.append(Fix(position, position + 1, " "))
        else:
            out.append(" ")
    return "".join(out), fixes


def straighten(text: str) -> str:
    """Curly quotes to straight ones (what a plain-text source has)."""
    return text.translate(str.maketrans(CURLY_TO_STRAIGHT))


def smart_quote_positions(text: str) -> dict[int, str]:
    """For a straight-quoted text: offset → the curly mark a typesetter would use."""
    marks: dict[int, str] = {}
    for i, char in enumerate(text):
        if char not in "\"'":
            continue
        before = text[i - 1] if i else " "
        opening = before.isspace() or before in "([{\u2014-"
        table = STRAIGHT_TO_CURLY_OPEN if opening else STRAIGHT_TO_CURLY_CLOSE
        marks[i] = table[char]
    return marks


def apply_fixes(tracked: TrackedText, fixes: list[Fix]) -> None:
    """Apply fixes in old coordinates, last first, so earlier offsets stay valid."""
    for fix in sorted(fixes, key=lambda f: f.start, reverse=True):
        tracked.correct(fix.start, fix.end, fix.replacement)
