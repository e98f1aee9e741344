"""Where a publication date sorts among others: exact days, then dates kept as text.

Why: import keeps a date it cannot read to the day as written ("Spring 2019",
"late March"), and the claims table sorted those by their letters, so "Spring
2019" came before every ISO day newest-first and "late March 2020" before
"Spring 2019" oldest-first. A text date sorts after the exact ones, by the period
it names when it names one (the normaliser's reading, with no anchor: "Spring
2019" from 1 March 2019, "Q3 2020" from July 2020), then the text dates naming no
year ("late March") by their words.
"""

from __future__ import annotations

import datetime as dt
import re

from workbench.core.time_spans import parse_value

EXACT, TEXT_DATE, NO_DATE = 0, 1, 2
_ISO_START = re.compile(r"(\d{4,})-\d{2}-\d{2}(?=T|\s|$)")  # year 10000 is a day too
_NO_PERIOD = dt.datetime.max  # a text date naming no period sorts after those that do


def date_rank(published: str | None) -> int:
    """``EXACT`` for an ISO day, ``TEXT_DATE`` for a date kept as words, ``NO_DATE`` for none."""
    text = (published or "").strip()
    if not text:
        return NO_DATE
    return EXACT if _ISO_START.match(text) else TEXT_DATE


def exact_date_key(published: str) -> tuple[int, str]:
    """An ISO day's place among days: its year's length first, so 10000-01-01 follows 2019."""
    found = _ISO_START.match(published.strip())
    return (len(found[1]) if found else 0), published.strip()


def text_date_key(published: str) -> tuple[dt.datetime, str]:
    """A text date's place among text dates: the start of the period it names, then its words.

    Read without an anchor on purpose: "late March" names no year of its own, and
    placing it in the year of some other document would invent one.
    """
    from workbench.core.time_normalise import normalise_time  # large; only text dates need it

    words = published.strip()
    value = normalise_time(words, None)
    span = parse_value(value.value) if value is not None else None
    return (span.start if span is not None else _NO_PERIOD), words.casefold()


def date_sort_text(published: str | None) -> str:
    """A date's place within its rank as one string, for SQL: ``ORDER BY`` rank, then this.

    Why a string: the library sorts in SQL, where a tuple key does not exist; an
    exact day is prefixed by its year's length (10000-01-01 after 2019), a text
    date is its period's ISO start then its words, which order as the tuple
    keys above do. An empty string for no date (they all share the last rank).
    """
    rank = date_rank(published)
    if rank == NO_DATE:
        return ""
    if rank == EXACT:
        year_length, day = exact_date_key(published or "")
        return f"{year_length:03d}{day}"
    start, words = text_date_key(published or "")
    return f"{start.isoformat()}\x00{words}"


def text_date_days(published: str) -> tuple[str, str] | None:
    """The first and the last ISO day of the period a text date names, or None for none.

    Why: the library's date filter compared "Spring 2019" with ISO days by its
    letters, so a text date passed every "from" bound and failed every "to"
    bound. A text date is kept by a date filter when its period overlaps the
    range ("Spring 2019" in March 2019); one naming no year ("late March") by none.
    """
    from workbench.core.time_normalise import normalise_time  # as in text_date_key

    value = normalise_time(published.strip(), None)
    span = parse_value(value.value) if value is not None else None
    if span is None:
        return None
    last = span.end - dt.timedelta(microseconds=1)  # ``end`` is exclusive
    return span.start.date().isoformat(), last.date().isoformat()
