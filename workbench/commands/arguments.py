"""Argument types and the parser class shared by every ``workbench`` command.

Why one place: an id typed by hand can be anything (``9223372036854775808``,
``-1``, ``²``), and SQLite stores only 64-bit integers; converting in each
command meant a dozen OverflowError tracebacks. Here an id beyond SQLite's
range is an id no row has, reported like any unknown id, and a count out of
its range is a usage error.
"""

from __future__ import annotations

import argparse
import re
import textwrap
from collections.abc import Callable
from typing import Any, NoReturn

from workbench.commands.terminal import error
from workbench.core.labels import (
    LABEL_MAX_CHARS,
    MAX_METADATA_CHARS,
    existing_tag_path,
    normalize_tag_path,
    typed_length_problem,
)
from workbench.core.text import has_visible_character, normalize_passage, whole_character_end
from workbench.core.vocabulary import HEX_COLOR, HIGHLIGHT_COLORS, color_value

# The largest integer SQLite stores; every row id is between 1 and this.
SQLITE_MAX_INT = 2**63 - 1
# Most analysis processes a command may start (each loads its own language model).
MAX_WORKERS = 32
# How much of a refused tag, label or title an error repeats (the rest is cut: it was too long).
_SHOWN_REFUSED_CHARS = 60
# Every --workers help says the default: workbench.nlp.workers.default_workers().
WORKERS_HELP = "extraction processes (default: one per core, at most 4)"
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")


class NoSuchRecord(LookupError):
    """An id that no row can have (zero, negative, or beyond SQLite's integers)."""


class UsageError(Exception):
    """The command line itself is wrong: a missing or contradictory option (exit 2).

    Why its own class: a LookupError or ValueError from the library means the
    input named something absent or refused (exit 1); only the command layer
    knows when the options themselves cannot work together.
    """


UsageCheck = Callable[[argparse.Namespace], None]


def add_usage_check(sub: argparse.ArgumentParser, check: UsageCheck) -> None:
    """Run ``check`` (which raises ``UsageError``) on this command's arguments before the
    library is opened.

    Why: options checked inside a handler were checked after the library was opened, so
    a usage error on a mistyped ``--db`` made an empty library there (``suggest``) or was
    reported as a missing library, exit 1, instead of the usage error, exit 2.
    """
    checks = sub.get_default("usage_checks") or ()
    sub.set_defaults(usage_checks=(*checks, check))


def value_on_scale(option: str, parse: Callable[[Any], object]) -> UsageCheck:
    """A usage check that the value of ``option`` (when given) is one ``parse`` reads.

    Why: a grade or a rating off its scale is a malformed value, exit 2 like
    ``claim-status 4 bogus``; the store's own ValueError would have made it failed
    input, exit 1. The message is ``parse``'s, which names the whole scale.
    """
    def check(args: argparse.Namespace) -> None:
        value = getattr(args, option)
        if value is not None:
            try:
                parse(value)
            except ValueError as error:
                raise UsageError(str(error)) from None
    return check


def check_usage(args: argparse.Namespace) -> None:
    """Run every usage check the chosen command registered (``add_usage_check``)."""
    for check in getattr(args, "usage_checks", ()):
        check(args)


class WholeWordsFormatter(argparse.HelpFormatter):
    """Help wrapped between words only: a long path or "analyst-workbench" is never cut.

    Why: argparse breaks a word longer than the column and at hyphens, so the
    default library path read "Analyst" and "Workbench" on two lines (a folder
    with a space, to a reader) and the package name split at its hyphen. argparse
    calls ``_split_lines`` for every help text: its one hook for wrapping.
    """

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width,
                             break_long_words=False, break_on_hyphens=False)


class WorkbenchParser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr (exit code 2)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", WholeWordsFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix("workbench").strip()
        where = f"{command}: " if command else ""
        error(f"{where}{message} (see `{self.prog} --help`)")
        self.exit(2)

    def parse_args(self, args: Any = None, namespace: Any = None) -> Any:
        """As argparse's, but an unknown option is refused by the command it was given to.

        Why: argparse refuses leftovers from the top parser, so `workbench list --limit 2`
        sent a new user to `workbench --help`, which does not list `list`'s options.
        """
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            _chosen_parser(self, parsed).error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed


def _chosen_parser(parser: argparse.ArgumentParser,
                   parsed: argparse.Namespace) -> argparse.ArgumentParser:
    """The innermost (sub)command parser ``parsed`` went through; ``parser`` when none."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            chosen = action.choices.get(getattr(parsed, action.dest, None) or "")
            if chosen is not None:
                return _chosen_parser(chosen, parsed)
    return parser


def whole_number(text: str) -> int | None:
    """``text`` as an int if it is written in ASCII digits (with a sign), else None.

    ``int()`` alone also takes "١٢", "1_000" and padded text, and refuses
    more than 4,300 digits with a ValueError of its own.
    """
    text = text.strip()
    if not _WHOLE_NUMBER.fullmatch(text):
        return None
    if len(text.lstrip("+-").lstrip("0")) > 19:
        return _beyond_sqlite(text)
    return int(text)


def _beyond_sqlite(text: str) -> int:
    """A stand-in for a number of more than 19 digits (10**19 is beyond SQLite's range)."""
    return -(10**19) if text.startswith("-") else 10**19


def record_id(kind: str) -> Callable[[str], int]:
    """An argparse type for the id of a ``kind`` row; an impossible id is "no such row"."""

    def parse(text: str) -> int:
        value = whole_number(text)
        if value is None:
            raise argparse.ArgumentTypeError(f"expected an id (a whole number), got {text!r}")
        if not 1 <= value <= SQLITE_MAX_INT:
            raise NoSuchRecord(f"no {kind} with id {text.strip()}")
        return value

    parse.__name__ = f"{kind} id"
    return parse


def count(minimum: int, maximum: int = SQLITE_MAX_INT) -> Callable[[str], int]:
    """An argparse type for a whole number from ``minimum`` to ``maximum``."""

    def parse(text: str) -> int:
        value = whole_number(text)
        if maximum == SQLITE_MAX_INT and value is not None and value > maximum:
            # past SQLite's ceiling, "expected a whole number of 1 or more" would be untrue
            raise argparse.ArgumentTypeError(f"number too large, got {text!r}")
        if value is None or not minimum <= value <= maximum:
            # SQLite's ceiling is no one's real limit: "from 1 to 9223372036854775807" was noise.
            span = (f"of {minimum} or more" if maximum == SQLITE_MAX_INT
                    else f"from {minimum} to {maximum}")
            raise argparse.ArgumentTypeError(f"expected a whole number {span}, got {text!r}")
        return value

    parse.__name__ = "number"
    return parse


def non_blank(what: str, hint: str = "give an id or a name") -> Callable[[str], str]:
    """An argparse type for text that names something (a DOC, an ENTITY): blank is a usage error."""

    def parse(text: str) -> str:
        if not has_visible_character(text):  # blank, or zero-width characters only
            raise argparse.ArgumentTypeError(f"empty {what}: {hint}")
        return text

    parse.__name__ = what
    return parse


def label_text(what: str, hint: str, limit: int = LABEL_MAX_CHARS) -> Callable[[str], str]:
    """An argparse type for a new label (a name, alias, question, hypothesis): ``non_blank``,
    and at most ``limit`` long by the one rule the store and the window apply too."""
    check_blank = non_blank(what, hint)

    def parse(text: str) -> str:
        text = check_blank(text)
        if problem := typed_length_problem(text, f"the {what.lower()}", limit):
            raise argparse.ArgumentTypeError(f"{problem}, got {_shown_start(text)!r}")
        return text

    parse.__name__ = what
    return parse


#: ``update --title``: a label's rule, at most as long as the longest title an import keeps
#: (``MAX_METADATA_CHARS``): a typed 5,000-character title was stored whole, where a file's is cut.
title_text = label_text("title", "give the new title, or leave --title out", MAX_METADATA_CHARS)


def quote_text(text: str) -> str:
    """An argparse type for ``--quote``: the exact text; blank is refused.

    Kept as typed but for what import normalised in every document
    (``normalize_passage``): line breaks (``\r\n`` copied from the Windows file the
    article came from never matched the stored ``\n``; nor did U+2028), the Unicode
    form (NFC; a decomposed "é" never matched), byte order marks, control characters
    and spaces before a line break, all gone from the stored text. Blank includes
    invisible characters only: a claim on a zero-width space shows as nothing.
    """
    quote = normalize_passage(text)
    if not has_visible_character(quote):  # a zero-width space marked an invisible span
        raise argparse.ArgumentTypeError("empty quote: give the exact text of the span")
    return quote


def tag_path(text: str) -> str:
    """An argparse type for a TAG to make: its canonical path; no name or too long: usage error."""
    return _tag_argument(text, normalize_tag_path)


def existing_tag(text: str) -> str:
    """An argparse type for a TAG the library holds (untag, rename's OLD, delete, a filter).

    Why not ``tag_path``: a library made before the 500-character rule may hold a
    longer tag, and the commands that clear it up must still reach it.
    """
    return _tag_argument(text, existing_tag_path)


def _tag_argument(text: str, canonical: Callable[[str], str]) -> str:
    """``canonical(text)``, its refusal a usage error repeating only the text's start."""
    try:
        return canonical(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{exc}, got {_shown_start(text)!r}") from None


def _shown_start(text: str) -> str:
    """The start of a refused value, its cut marked inside the quotes, worded alike for every
    option (a title's echo once put the "…" outside them, a tag's inside)."""
    if len(text) <= _SHOWN_REFUSED_CHARS:
        return text
    return f"{text[: whole_character_end(text, _SHOWN_REFUSED_CHARS)]}…"  # never half a flag


def highlight_color(text: str) -> str:
    """An argparse type for ``--color``: a highlight colour name or #rrggbb, checked before use."""
    try:
        color_value(text)
    except ValueError:
        names = ", ".join(HIGHLIGHT_COLORS)
        message = f"unknown colour {text!r}; use {names} or #rrggbb"
        raise argparse.ArgumentTypeError(message) from None
    return text


def hex_color(text: str) -> str:
    """An argparse type for a tag colour: exactly #rrggbb."""
    if not HEX_COLOR.fullmatch(text):
        raise argparse.ArgumentTypeError(f"expected a colour as #rrggbb, got {text!r}")
    return text


def sqlite_integer(text: str) -> int:
    """Any integer SQLite can store: the fallback for an ``int`` argument not given a type above.

    Why its own words: "a whole number of -9223372036854775808 or more" was said of "abc"
    and of 99999999999999999999 alike, naming a bound nobody typed against.
    """
    value = whole_number(text)
    if value is None:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}")
    if not -SQLITE_MAX_INT - 1 <= value <= SQLITE_MAX_INT:
        size = "large" if value > 0 else "small"
        raise argparse.ArgumentTypeError(f"{text.strip()!r} is too {size} a number")
    return value


sqlite_integer.__name__ = "number"


# ``type=int`` arguments that name a row, by dest: an impossible id there is "no such row".
_ID_DESTINATIONS = {
    "annotation": "annotation",
    "claim": "claim",
    "link": "link",
    "from_quote": "quote",
    "story": "claim",
}
# ``type=int`` arguments that count something, by dest: below 1 (or too many) is a usage error.
_COUNT_DESTINATIONS = {
    "limit": count(1),
    "occurrence": count(1),
    "workers": count(1, MAX_WORKERS),
    # a version number is an ordinal from 1: ``diff DOC --from 0`` is a malformed value (exit 2),
    # where ``--from 9`` of a document with two versions names one that is not there (exit 1)
    "from_version": count(1),
    "to_version": count(1),
}


# Text arguments that name a row, by dest: blank names nothing, so it is a usage error.
_REFERENCE_DESTINATIONS = {"doc": "DOC", "docs": "DOC", "entity": "ENTITY", "others": "OTHER"}
# Text arguments that name a file or give text to act on, by dest (what, hint). Blank must be a
# usage error: ``Path("")`` is the current folder, so ``import ""`` walked the whole working
# directory and ``--csv ""`` quietly wrote nothing.
_BLANK_REFUSED = {
    "paths": ("PATH", "give a file or folder"),
    "file": ("FILE", "give a file"),
    "other": ("OTHER", "give their library file or JSON export"),
    "backup": ("BACKUP", "give a file listed by `workbench backup --list`"),
    "batch": ("FILE", "give a file of statements"),
    "csv": ("FILE", "give the CSV file to write"),
    "query": ("QUERY", "give words to search for"),
    "by": ("AUTHOR", "give an author's name or id"),
    "name": ("NAME", "give the source's name"),
    "hypothesis": ("hypothesis", "give its text"),
}


def refuse_blank_references(parser: argparse.ArgumentParser) -> None:
    """Give every DOC and ENTITY argument, in every subcommand, a type that refuses blank text.

    Why here: ``show ""`` and ``export --doc ""`` must fail alike (exit 2,
    "empty DOC"), whichever module declared the argument; so must a blank PATH, FILE or QUERY.
    """
    for action in parser._actions:
        what = _REFERENCE_DESTINATIONS.get(action.dest)
        if what and action.type is None:
            action.type = non_blank(what)
        elif action.dest == "tag" and action.type is None:  # a --tag filter: "" names no tag
            action.type = existing_tag
        elif action.dest in _BLANK_REFUSED and action.type is None:
            action.type = non_blank(*_BLANK_REFUSED[action.dest])
        if isinstance(action, argparse._SubParsersAction):
            for subparser in set(action.choices.values()):
                refuse_blank_references(subparser)


def bound_int_arguments(parser: argparse.ArgumentParser) -> None:
    """Give every ``type=int`` argument, in every subcommand, a type that SQLite can take.

    A safety net: arguments declared with ``record_id`` or ``count`` say more,
    but an ``int`` left anywhere must never reach SQLite as an OverflowError.
    """
    for action in parser._actions:
        if action.type is int:
            kind = _ID_DESTINATIONS.get(action.dest)
            action.type = (
                record_id(kind) if kind else _COUNT_DESTINATIONS.get(action.dest, sqlite_integer)
            )
        if isinstance(action, argparse._SubParsersAction):
            for subparser in set(action.choices.values()):
                bound_int_arguments(subparser)
