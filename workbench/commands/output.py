"""How commands say what they did: a sentence, the bare id (``--quiet``) or an object (``--json``).

Why one place: commands used to print a bare id here and a sentence there, and
only some of them took ``--json``. A script needs the id (``--quiet``) or the
whole record (``--json``, whose ``"id"`` is always the item created or
changed); a person needs a sentence naming it. Listings share the shaping
helpers below so text is cut at word boundaries and closing quotes survive.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import textwrap
import unicodedata
from collections.abc import Sequence
from typing import Any

from workbench.core.text import shorten
from workbench.export.json_export import dumps

ZERO_WIDTH_JOINER = "\u200d"
EMOJI_STYLE = "\ufe0f"
# Shown in no cell of their own: the joiner and the variation selectors (emoji or text style).
ZERO_WIDTH = frozenset({ZERO_WIDTH_JOINER, *map(chr, range(0xFE00, 0xFE10))})
# Columns to wrap at when stdout is not a terminal (a pipe or a file).
FALLBACK_WIDTH = 100
# Fewest columns text is wrapped to, however narrow the terminal claims to be.
MIN_WIDTH = 40


def outcome_options(sub: argparse.ArgumentParser, *, json: bool = True,
                    quiet_help: str = "print only the id",
                    json_help: str = 'print what was made or changed as JSON (its id as "id")',
                    ) -> None:
    """Add ``--quiet`` (print only the id) and, when asked, ``--json`` (print the record).

    They exclude each other: asking for both is a usage error (exit 2). A
    command that prints something else (``import``: many ids, a report) says so.
    """
    group = sub.add_mutually_exclusive_group()
    group.add_argument("--quiet", action="store_true", help=quiet_help)
    if json:
        group.add_argument("--json", action="store_true", help=json_help)


def say(args: argparse.Namespace, sentence: str, record: dict[str, Any]) -> int:
    """Print what a command did in the form asked for; ``record["id"]`` names the item."""
    if getattr(args, "json", False):
        sys.stdout.write(dumps(record))
    elif getattr(args, "quiet", False):
        print(record["id"])
    else:
        print(sentence)
    return 0


def say_none(noun: str, filtered: bool) -> None:
    """Say that a listing is empty ("No claims.", "No matching claims."): a blank screen
    read as a command that did nothing, and only a filter says why nothing matched."""
    print(f"No matching {noun}." if filtered else f"No {noun}.")


def orphan_hint(count: int) -> str:
    """Where, on the command line, orphaned marks are listed and put back (one wording
    for ``update`` and ``timeline``)."""
    them = "it" if count == 1 else "them"
    return f"(see `workbench orphans`; `workbench reattach` places {them})"


def orphaned_line(ids: Sequence[int]) -> str:
    """"orphaned: 4, 7 (see …)": the marks a new version left without a place, in the one
    wording ``update`` and ``import`` (a new version found on import) both print."""
    return f"orphaned: {', '.join(map(str, ids))} {orphan_hint(len(ids))}"


# An emoji's hidden parts as ``repr`` escapes them: a zero-width joiner between two emoji
# (a family, a profession, a flag) and the tag letters of a subdivision flag (🏴 then
# "gbwls" and a cancel tag: Wales). The emoji before them is printed as itself, so the
# backslash is the escape's own, never an escaped one.
_EMOJI = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F"
_ESCAPED_EMOJI_PARTS = re.compile(
    rf"(?<=[{_EMOJI}])(?:\\u200d(?=[{_EMOJI}])|(?:\\U000e00[2-7][0-9a-f])+)")


def quoted(text: str, limit: int = 60) -> str:
    """``text`` in quotes, shortened at a word boundary so the closing quote is never lost.

    Hidden characters show as escapes (``repr``), but for the parts of an emoji:
    "Emoji test 👩\\u200d👩\\u200d👧" named a family as three people and codes.
    """
    return _ESCAPED_EMOJI_PARTS.sub(
        lambda part: part.group().encode("ascii").decode("unicode_escape"),
        repr(shorten(text, limit)))


def terminal_width() -> int:
    """Columns of the terminal (``COLUMNS`` wins); FALLBACK_WIDTH when output is piped."""
    columns = shutil.get_terminal_size((FALLBACK_WIDTH, 24)).columns
    return max(MIN_WIDTH, columns)


def wrapped(text: str, indent: str = "  ") -> str:
    """``text`` wrapped at word boundaries to the terminal's width, each line indented."""
    return textwrap.fill(
        " ".join(text.split()),
        width=terminal_width(),
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=True,
        break_on_hyphens=False,
    )


def cells(text: str) -> int:
    """The terminal cells ``text`` takes: a wide character (CJK, most emoji) two, a combining
    mark, variation selector or a character a zero-width joiner glues on none.

    Why: listings padded by code points, so a tag "people/dev 🧑‍💻" (three code points in two
    cells) or "東京" pushed its line's next column out of line (README run, stop 54).
    """
    width, joined, last = 0, False, 0
    for char in text:
        if char == EMOJI_STYLE and last == 1:  # "🏳️": a narrow symbol drawn as a wide emoji
            width, last = width + 1, 2
        if joined or unicodedata.combining(char) or char in ZERO_WIDTH:
            joined = char == ZERO_WIDTH_JOINER
            continue
        last = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        width += last
    return width


def padded(text: str, width: int) -> str:
    """``text`` followed by spaces to ``width`` terminal cells (``cells``)."""
    return text + " " * max(0, width - cells(text))
