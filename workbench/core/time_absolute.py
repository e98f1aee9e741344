"""Own rules for time expressions that name their year: dates, months, quarters, decades.

Why own rules and not only ``dateparser``: it fills missing parts from the
anchor ("March 2008" -> 2008-03-15, "2008" -> 2008-09-15), so the precision is
lost, and it has no notion of quarters, seasons, decades or centuries ("the
1990s" parses as *now*). These need no anchor: they are read the same way in
any document.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.core.time_values import SEASONS, month_value, quarter_value, safe_date
from workbench.core.time_words import (
    CENTURY_WORDS,
    DAY,
    DECADE_WORDS,
    MONTH,
    MONTHS,
    ORDINAL,
    ORDINALS,
    WEEKDAY,
    YEAR,
)

Rule = tuple[str, re.Pattern[str], Callable[[re.Match[str]], str | None]]
MIN_YEAR, MAX_YEAR = 1000, 2999
"""Four-digit numbers outside this range are not read as years."""

_SEASON = "(?P<season>" + "|".join(SEASONS) + ")"
_MODIFIER = re.compile(
    r"^(?:(?:(?:the )?(?:early|later|latter|first|last) part of|early|mid|late|earlier|later"
    r"|the end of|end of|end|the beginning of|beginning of"
    r"|the start of|the month of|month of"
    r"|start of|the middle of|middle of|the rest of|rest of|as early as|as late as|by the end of"
    r"|until the end of|so far|so far in|about|around|almost|nearly|roughly|approximately"
    r"|less than|more than|just over|just under|some|only|just|(?:at )?least"
    r"|no later than|no earlier than|not before|not until)[\s-]+)"
)
_PART_AFTER = re.compile(r"'s (?:end|start|beginning|close|middle)$")
"""'summer's end', 'March's close': the period, its part in TIMEX3's ``mod``."""
_WEEKDAY_PREFIX = re.compile("^(?:(?:last|next|this|on) )?" + WEEKDAY + r",? (?=\S*\d|" + MONTH
                             + ")")


def _year(match: re.Match[str]) -> int | None:
    year = int(match.group("year"))
    return year if MIN_YEAR <= year <= MAX_YEAR else None


def _full_date(match: re.Match[str]) -> str | None:
    year = _year(match)
    day = safe_date(year, MONTHS[match.group("month")], int(match.group("day"))) if year else None
    return day.isoformat() if day else None


def _iso_date(match: re.Match[str]) -> str | None:
    year = _year(match)
    day = safe_date(year, int(match.group("month")), int(match.group("day"))) if year else None
    return day.isoformat() if day else None


def _month_year(match: re.Match[str]) -> str | None:
    year = _year(match)
    return month_value(year, MONTHS[match.group("month")]) if year else None


def _season_year(match: re.Match[str]) -> str | None:
    year = _year(match)
    return f"{year:04d}-{SEASONS[match.group('season')]}" if year else None


def _quarter_year(match: re.Match[str]) -> str | None:
    year = _year(match)
    return quarter_value(year, _quarter_number(match)) if year else None


def _quarter_number(match: re.Match[str]) -> int:
    """'first quarter' -> 1, 'Q3' -> 3; 'the final (last) quarter of 2009' -> 4: with its year
    written, the last of that year's quarters (alone, 'the last quarter' is the one before)."""
    if match.groupdict().get("final"):
        return 4
    ordinal = match.groupdict().get("ordinal")
    return ORDINALS[ordinal] if ordinal else int(match.group("q"))


def _half_year(match: re.Match[str]) -> str | None:
    year = _year(match)
    return f"{year:04d}-H{ORDINALS[match.group('ordinal')]}" if year else None


def _half_named(match: re.Match[str]) -> str | None:
    """'H1 2009', '2H 2008': how companies write the halves of a year."""
    year = _year(match)
    return f"{year:04d}-H{match.group('h') or match.group('h2')}" if year else None


def fiscal_year(short: str) -> int | None:
    """'2008' -> 2008, '08' or "'08" -> 2008, '97' -> 1997 (a two-digit year below 50 is
    this century's); None out of range."""
    digits = short.lstrip("'")
    year = int(digits) if len(digits) == 4 else int(digits) + (2000 if int(digits) < 50 else 1900)  # noqa: PLR2004
    return year if MIN_YEAR <= year <= MAX_YEAR else None


def _fiscal_year(match: re.Match[str]) -> str | None:
    """'fiscal 2008', 'FY08', 'financial year 2008' -> 'FY2008' (TimeML's fiscal-year value).

    Why not '2008': a fiscal year is the company's own year (Apple's fiscal 2008 began
    in September 2007); TIMEX3 writes it apart so no one reads it as the calendar year.
    """
    year = fiscal_year(match.group("short"))
    return f"FY{year:04d}" if year else None


def _fiscal_quarter(match: re.Match[str]) -> str | None:
    """'the fourth quarter of fiscal 2008' -> 'FY2008-Q4'."""
    year = fiscal_year(match.group("short"))
    return f"FY{year:04d}-Q{_quarter_number(match)}" if year else None


def _plain_year(match: re.Match[str]) -> str | None:
    year = _year(match)
    return f"{year:04d}" if year else None


def _decade(match: re.Match[str]) -> str | None:
    digits = match.group("digits")
    if len(digits) == 3:  # "1990s" -> "199"
        return digits if MIN_YEAR // 10 <= int(digits) <= MAX_YEAR // 10 else None
    tens = int(digits)  # "'90s" -> "199", "'00s" -> "200"
    return f"{19 if tens >= 20 else 20}{tens // 10}"  # noqa: PLR2004


def _decade_word(match: re.Match[str]) -> str | None:
    return f"19{DECADE_WORDS[match.group('word')]}"


def _century(match: re.Match[str]) -> str | None:
    word = match.group("word")
    number = CENTURY_WORDS.get(word) or int(re.sub(r"\D", "", word))
    return f"{number - 1:02d}" if 1 <= number <= 30 else None  # noqa: PLR2004


_QUARTER = r"(?:(?:" + ORDINAL + r"|(?P<final>final|last))[\s-]quarter|q(?P<q>[1-4]))"
ABSOLUTE_RULES: tuple[Rule, ...] = (
    ("iso-date", re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$"), _iso_date),
    ("month-day-year", re.compile("^" + MONTH + " " + DAY + ",? " + YEAR + "$"), _full_date),
    ("day-month-year",
     re.compile("^" + DAY + " (?:of )?" + MONTH + ",? " + YEAR + "$"), _full_date),
    ("month-year", re.compile("^" + MONTH + ",? (?:of )?" + YEAR + "$"), _month_year),
    ("season-year", re.compile("^" + _SEASON + " (?:of )?" + YEAR + "$"), _season_year),
    ("quarter-year",
     re.compile("^" + _QUARTER + ",? (?:of )?" + YEAR + "$"), _quarter_year),
    ("quarter-year", re.compile("^" + YEAR + "'?s? " + _QUARTER + "$"), _quarter_year),
    ("half-year", re.compile("^" + ORDINAL + " half (?:of )?" + YEAR + "$"), _half_year),
    ("half-year", re.compile(r"^(?:h(?P<h>[12])|(?P<h2>[12])h),? (?:of )?" + YEAR + "$"),
     _half_named),
    ("fiscal-year", re.compile(r"^(?:(?:fiscal|financial)(?:[\s-]year)?[\s-]?|fy\s?)"
                               r"(?P<short>'?\d{2}|[12]\d{3})$"), _fiscal_year),
    ("fiscal-year", re.compile(r"^(?P<short>[12]\d{3})[\s-](?:fiscal|financial)[\s-]year$"),
     _fiscal_year),
    ("fiscal-quarter", re.compile("^" + _QUARTER + r",? (?:of )?(?:fiscal|financial|fy)"
                                  r"(?:[\s-]year)?[\s-]?(?P<short>'?\d{2}|[12]\d{3})$"),
     _fiscal_quarter),
    ("year", re.compile(r"^(?:(?:calendar|the) )?(?:(?:(?:full|whole|entire)[\s-])?year )?"
                        + YEAR + "$"), _plain_year),
    ("decade", re.compile(r"^(?:'|the )?(?P<digits>\d{3}|\d{2}(?=0))0'?s$"), _decade),
    ("decade", re.compile(r"^'?(?P<digits>\d{2})'?s$"), _decade),
    ("decade", re.compile("^(?P<word>" + "|".join(DECADE_WORDS) + ")$"), _decade_word),
    ("century", re.compile(r"^(?P<word>\d{1,2}(?:st|nd|rd|th)|" + "|".join(CENTURY_WORDS)
                           + r")[\s-]century$"), _century),
)


def strip_modifiers(expression: str) -> str:
    """'mid-2020' -> '2020', 'early september' -> 'september', 'wednesday, 13 sept 2023' -> ...

    Why: "early", "mid" and "late" narrow a period TIMEX3 writes with the same
    value (its ``mod`` attribute says which part); the weekday before a full
    date adds nothing.
    """
    expression = _PART_AFTER.sub("", _MODIFIER.sub("", expression))
    return _WEEKDAY_PREFIX.sub("", expression)


def absolute_value(expression: str) -> tuple[str | None, str] | None:
    """(value, rule name) for an expression that names its year, else None.

    A rule that reads the expression but finds no value ("February 30, 2023")
    answers (None, its name): the expression is decided, with no value.
    """
    for name, pattern, build in ABSOLUTE_RULES:
        match = pattern.match(expression)
        if match:
            return build(match), f"rule:{name}"
    return None
