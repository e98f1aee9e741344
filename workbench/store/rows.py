"""Small helpers every store module shares: rows as dicts, and the current timestamp."""

from __future__ import annotations

import datetime as dt
from typing import Any


def now_iso() -> str:
    """Current UTC time as an ISO string (seconds precision)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def dict_rows(cursor: Any) -> list[dict[str, Any]]:
    """Every remaining row of ``cursor`` as a dict keyed by column name."""
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def dict_row(cursor: Any) -> dict[str, Any] | None:
    """The next row of ``cursor`` as a dict keyed by column name, or None."""
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))
