"""Reading a document's dates for the timeline: its publication day, and each dated
mention as an interval or the reason it cannot be placed.

Why apart from ``workbench.core.timeline``: what a date is worth (in range, counted
from a trusted anchor) is one concern; which item takes which date is another.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import NamedTuple

from workbench.core.time_normalise import date_line_anchor, normalise_time
from workbench.core.time_spans import TimeSpan, out_of_range, parse_value
from workbench.core.timeline_records import DatedMention

# A publication date may be off by a time zone; two that differ by more disagree.
CONFLICT_TOLERANCE = dt.timedelta(days=1)
CONFLICT = "conflicting publication dates"
_YEAR_AFTER = re.compile(r",? \d{4}\b")
_ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?")


class Placed(NamedTuple):
    """A dated mention read: its interval, or why it cannot be placed.

    A named tuple, not a frozen dataclass: one is made per dated mention of the
    library on every open, and a tuple is built several times faster.
    """

    mention: DatedMention
    span: TimeSpan | None
    problem: str


def document_date(published: str | None, text: str, today: dt.date) -> tuple[
    TimeSpan | None, str
]:
    """The document's publication day, or None and why (none, not understood, range, conflict).

    The same anchors the analysis dated the document's expressions on: its
    ``published`` value, and the date line that opens its body ("WASHINGTON,
    Sept. 13, 2023 -"; ``date_line_anchor``). Both present and days apart:
    a conflict, listed rather than guessed.
    """
    found = [_iso_span(m) for m in _ISO_DATE.finditer(published or "")]
    line = date_line_anchor(text)
    if line is not None:
        found.append(parse_value(line.isoformat()))
    spans = [span for span in found if span is not None]
    if not spans:
        if published and published.strip():
            return None, f"publication date {published.strip()!r} is not a date"
        return None, "the document has no publication date"
    first = spans[0]
    for other in spans[1:]:
        if abs(other.start - first.start) > CONFLICT_TOLERANCE:
            return None, f"{CONFLICT} ({first.iso} and {other.iso})"
    problem = out_of_range(first, today)
    if problem:
        return None, f"publication date {problem}"
    return first, ""


@functools.lru_cache(maxsize=4096)
def cached_document_date(published: str | None, head: str, today: dt.date) -> tuple[
    TimeSpan | None, str
]:
    """``document_date`` on the start of the text (all the date line rule reads), cached:
    a library's documents share a few hundred publication days."""
    return document_date(published, head, today)


def _iso_span(match: re.Match[str]) -> TimeSpan | None:
    value = match[1] + (f"T{match[2]}" if match[2] else "")
    return parse_value(value)


def place(mention: DatedMention, today: dt.date) -> Placed:
    return Placed(mention, *_placement(mention.value, today))


@functools.lru_cache(maxsize=8192)
def _placement(value: str | None, today: dt.date) -> tuple[TimeSpan | None, str]:
    """The interval of a value and why it cannot go on the axis (cached: a library repeats
    a few thousand values over tens of thousands of mentions, and the view re-reads them all
    on every open)."""
    span = parse_value(value)
    if span is None:
        return None, ""  # no value, or one naming no period: just no date
    problem = out_of_range(span, today) or _too_wide(span)
    return (None, problem) if problem else (span, "")


#: Why a century is not placed, worded after the mention's own words.
TOO_WIDE = "a whole century, too wide to date what is told"


def _too_wide(span: TimeSpan) -> str | None:
    """Why a century ("the 21st century", value ``20``) is not a place on the axis.

    Why: it dates no event, and as a 100-year bar it made the lane of everyone its
    sentence named run from 2000 to the axis's end (a person's lane "from 2000 to
    2021" beside one 2019 article). A decade ("the 1990s") still dates what it tells.
    Listed undated with this reason, like a date out of range.
    """
    return TOO_WIDE if span.precision == "century" else None


def distrust_anchor(placed: Placed, text: str) -> Placed:
    """A mention whose value was counted from the publication date, unplaced when that
    date is in doubt.

    Why: "on Tuesday" in an article whose header says 20 September and whose date
    line says 13 September was resolved from one of them; placed, it looked as sure
    as "March 3, 2021". A mention that spells out its own year ("March 3, 2021",
    "the 1990s", "Sept. 13" followed by ", 2023") does not depend on the anchor and
    stays placed.
    """
    if placed.span is None or _spells_its_year(placed.mention, text):
        return placed
    return Placed(placed.mention, None, "counted from publication dates that disagree")


def _spells_its_year(mention: DatedMention, text: str) -> bool:
    """Whether the mention's words, or a year written right after them, give a value with
    no publication date at all ("the 20th century", "the '90s", "Sept. 13" + ", 2023").

    Why the normaliser without an anchor: it answers exactly "does this value need the
    anchor?"; matching the value's leading digits against the words missed centuries
    and decades (value ``19`` for "the 20th century")."""
    words = mention.text + (_YEAR_AFTER.match(text, mention.end) or [""])[0]
    return normalise_time(words, None) is not None


def mention_start(placed: Placed) -> int:
    return placed.mention.start
