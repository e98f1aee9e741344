"""Recognise a news dateline such as ``Washington - `` at the start of an article body,
and the date line ("March 01, 2008" on a line of its own) that dates an article."""

from __future__ import annotations

import datetime as dt
import re

from workbench.core.time_normalise import date_line_anchor

MAX_DATELINE_CHARS = 80
MAX_DATELINE_WORDS = 6
MAX_PLACE_WORDS = 5
MAX_SEGMENTS = 3
EARLIEST_DATE_LINE_YEAR = 1800
LATEST_DATE_LINE_DAYS = 2
"""A date line more than two days ahead of the clock is no publication date (a typo, or a
date the article announces)."""

_DASH = re.compile(r"\s+(?:-{1,2}|–|—)\s+|\s*[–—]\s*")
_AGENCY = re.compile(r"^(?P<place>.+?)\s*\((?P<agency>[^()]{1,30})\)$")
_FORBIDDEN = re.compile(r"[!?;:\"“”«»()\[\]{}%$€£@#*/\\]")
_OPENING_QUOTES = "\"“‘'«("
_CONNECTORS = frozenset(
    "of de la le el al upon on am an der du da di del des y en sur and the".split()
)
_NOT_PLACES = frozenset(
    "however meanwhile but and or so yet then now today yesterday tomorrow still also "
    "later earlier finally instead indeed this that these those it he she they we i you "
    "there here in on at for with as if when while after before since although though "
    "because a an mr mrs ms dr officials police critics sources according update updated "
    "note photo video watch read breaking exclusive analysis opinion comment summary "
    "warning disclaimer correction editor's advertisement".split()
)


def detect_dateline(paragraph: str) -> str | None:
    """Return the place of a leading ``Place - `` dateline, or None for ordinary prose."""
    head = paragraph[: MAX_DATELINE_CHARS + 4]
    dash = _DASH.search(head)
    if dash is None or dash.start() == 0 or dash.start() > MAX_DATELINE_CHARS:
        return None
    if not _starts_sentence(head[dash.end() :]):
        return None
    prefix = head[: dash.start()].strip().rstrip(",")
    agency = _AGENCY.match(prefix)
    place = agency.group("place").rstrip(", ") if agency else prefix
    return place if _looks_like_place(place) else None


def published_on_date_line(body: str, today: dt.date | None = None) -> str | None:
    """The ISO day a date line near the top of ``body`` states, for an article whose reader
    found no publication date (plain text and MEANTIME-style files carry it only there).

    Why at ingest: the library lists, sorts and filters documents by ``published``, and the
    timeline places undated claims on it; the analysis reads the same line as its anchor.
    Far past or future days are left out rather than stored as the document's date.
    """
    day = date_line_anchor(body)
    latest = (today or dt.date.today()) + dt.timedelta(days=LATEST_DATE_LINE_DAYS)
    if day is None or day.year < EARLIEST_DATE_LINE_YEAR or day > latest:
        return None
    return day.isoformat()


def _starts_sentence(text: str) -> bool:
    """A dateline is followed by a sentence: capital letter, digit or opening quote."""
    first = text.lstrip(_OPENING_QUOTES)[:1]
    return first.isupper() or first.isdigit()


def _looks_like_place(place: str) -> bool:
    """Accept short capitalised comma-separated segments like ``KYIV, Ukraine``."""
    if not place or "\n" in place or _FORBIDDEN.search(place):
        return False
    segments = [segment.split() for segment in place.split(",")]
    words = [word for segment in segments for word in segment]
    if not all(segments) or len(segments) > MAX_SEGMENTS or len(words) > MAX_DATELINE_WORDS:
        return False
    first_segment = segments[0]
    if len(first_segment) > MAX_PLACE_WORDS or not first_segment[0][0].isupper():
        return False
    if first_segment[0].lower() in _NOT_PLACES and not _is_article_place(first_segment):
        return False
    if not all(_is_place_word(word) for word in first_segment):
        return False
    later_words = [word for segment in segments[1:] for word in segment]
    return all(_is_place_word(word) or word[0].isdigit() for word in later_words)


def _is_article_place(words: list[str]) -> bool:
    """Allow places that begin with an article, such as ``The Hague``."""
    return words[0] == "The" and len(words) > 1


def _is_place_word(word: str) -> bool:
    """A place word is capitalised (``Kyiv``, ``KYIV``, ``St.``) or a connector (``of``)."""
    return word[0].isupper() or word in _CONNECTORS
