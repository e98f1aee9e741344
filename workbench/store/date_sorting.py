"""The library's Date sort in the claims table's order: exact days, text dates, then none.

Why: ``ORDER BY d.published`` sorted a date kept as words by its letters, so
newest-first "Spring 2019" came before every real day. ``core.date_order``
places it; SQL reaches it through two functions every library connection
registers: the rank, always ascending (text dates and missing dates last both
ways, as in the claims table), and the place within the rank, sorted in the
chosen direction. The date filter asks two more, a date's first and last day,
so a text date is kept when the period it names overlaps the range. A text date
is read by the time normaliser once per distinct wording (cached), an exact day
by a regular expression: 10,000 documents sort by date in ~50 ms, where the
indexed column took ~10 ms (tests/store/test_library_date_order.py); a stored key
would need a migration and a rewrite on every edit, for a sort already fast.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from workbench.core.date_order import (
    EXACT,
    TEXT_DATE,
    date_rank,
    date_sort_text,
    exact_date_key,
    text_date_days,
)

DATE_RANK_SQL, DATE_PLACE_SQL = "date_rank", "date_place"
# A date's first and last ISO day, for the library's date filter: an exact day is itself,
# a text date the period it names ("Spring 2019": 2019-03-01 to 2019-05-31), else NULL.
FIRST_DAY_SQL, LAST_DAY_SQL = "first_day", "last_day"
AFTER_EVERY_DAY = "9999-12-32"


@lru_cache(maxsize=4096)
def _date_place(published: str | None) -> str:
    """``date_sort_text`` remembered: a library repeats few text wordings, read once each."""
    return date_sort_text(published)


def _days(published: str | None) -> tuple[str, str] | None:
    """The first and last ISO day ``published`` covers, for the date filter; None for none."""
    if date_rank(published) == EXACT:
        year_length, day = exact_date_key(published or "")
        # a year past 9999 after every bound a date picker gives, not before 2019 by letters
        return (day, day) if year_length <= 4 else (AFTER_EVERY_DAY, AFTER_EVERY_DAY)
    return _text_days(published) if date_rank(published) == TEXT_DATE else None


@lru_cache(maxsize=4096)
def _text_days(published: str | None) -> tuple[str, str] | None:
    """``text_date_days`` remembered, as ``_date_place`` is."""
    return text_date_days(published or "")


def _first_day(published: str | None) -> str | None:
    days = _days(published)
    return days[0] if days else None


def _last_day(published: str | None) -> str | None:
    days = _days(published)
    return days[1] if days else None


def date_order_sql(column: str, direction: str) -> str:
    """The ORDER BY terms that sort ``column`` as the claims table does, ``direction`` within."""
    return f"{DATE_RANK_SQL}({column}) ASC, {DATE_PLACE_SQL}({column}) {direction}"


def register_date_order(connection: sqlite3.Connection) -> None:
    """Let SQL on ``connection`` sort dates through ``date_order_sql``."""
    for name, function in ((DATE_RANK_SQL, date_rank), (DATE_PLACE_SQL, _date_place),
                           (FIRST_DAY_SQL, _first_day), (LAST_DAY_SQL, _last_day)):
        connection.create_function(name, 1, _text_only(function), deterministic=True)


def _text_only(function: Callable[[str | None], Any]) -> Callable[[object], Any]:
    """``function`` reading a value that is not text as no date.

    Why: a library file another program edited can hold a BLOB or a number as a
    date (``files.value_checks``); the Python function raised inside SQL, and the
    library table's date-ordered query failed whole: no row was listed.
    """
    def read(value: object) -> Any:
        return function(value if isinstance(value, str) else None)

    return read
