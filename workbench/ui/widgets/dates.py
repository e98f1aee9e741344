"""How every view shows a publication date, and the lack of one.

Why one place: the reader header said nothing, the library a blank, the
entity page another blank; an analyst could not tell "no date given" from
"date lost". Wide places say "Date unknown"; table cells show a dash with
"Date unknown" on hover.
"""

from __future__ import annotations

from workbench.core.text import published_day
from workbench.operations.date_order import TEXT_DATE, date_rank
from workbench.ui.widgets.wording import NO_VALUE

DATE_UNKNOWN = "Date unknown"
NO_DATE_MARK = NO_VALUE  # a missing date is marked as any missing value is


def short_date(published: str | None) -> str:
    """``YYYY-MM-DD`` of a stored date, or the dash that stands for no date.

    A date kept as text is shown whole (``core.text.published_day``, as the CLI
    prints it): cut to ten characters, "Spring 2019" read "Spring 201"."""
    return published_day(published) or NO_DATE_MARK


def date_or_unknown(published: str | None) -> str:
    """``YYYY-MM-DD`` of a stored date (a text date whole), or "Date unknown" where there
    is room to say it."""
    return published_day(published) or DATE_UNKNOWN


def short_timestamp(stamp: str | None) -> str:
    """``YYYY-MM-DD HH:MM`` of a stored ISO timestamp, or the dash that stands for none.

    Minutes, not seconds: enough to tell an analyst's changes apart in a list.
    """
    return (stamp or "")[:16].replace("T", " ") or NO_DATE_MARK


def date_tooltip(published: str | None) -> str | None:
    """Hover text for a date cell: a missing date, or one kept in words, needs explaining.

    Why the words: "Spring 2019" in a Date column read like a typo or a cut date;
    it is what the source said, kept because it names no day.
    """
    if not published or not published.strip():
        return DATE_UNKNOWN
    if date_rank(published) == TEXT_DATE:
        return f"“{published.strip()}”, as the source gave it: it names no day"
    return None
