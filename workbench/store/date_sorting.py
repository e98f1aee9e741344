"""The library's Date sort in the claims table's order: exact days, text dates, then none.

Why: ``ORDER BY d.published`` sorted a date kept as words by its letters, so
newest-first "Spring 2019" came before every real day. ``core.date_order``
places it; SQL reaches it through two functions every library connection
registers: the rank, always ascending (text dates and missing dates last both
ways, as in the claims table), and the place within the rank, sorted in the
chosen direction. A text date is read by the time normaliser once per distinct
wording (cached), an exact day by a regular expression: 10,000 documents sort
in about as long as the indexed column took (tests/store/test_library_date_order.py).
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from workbench.core.date_order import date_rank, date_sort_text

DATE_RANK_SQL, DATE_PLACE_SQL = "date_rank", "date_place"


@lru_cache(maxsize=4096)
def _date_place(published: str | None) -> str:
    """``date_sort_text`` remembered: a library repeats few text wordings, read once each."""
    return date_sort_text(published)


def date_order_sql(column: str, direction: str) -> str:
    """The ORDER BY terms that sort ``column`` as the claims table does, ``direction`` within."""
    return f"{DATE_RANK_SQL}({column}) ASC, {DATE_PLACE_SQL}({column}) {direction}"


def register_date_order(connection: sqlite3.Connection) -> None:
    """Let SQL on ``connection`` sort dates through ``date_order_sql``."""
    connection.create_function(DATE_RANK_SQL, 1, date_rank, deterministic=True)
    connection.create_function(DATE_PLACE_SQL, 1, _date_place, deterministic=True)
