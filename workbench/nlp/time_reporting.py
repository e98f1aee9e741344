"""Values that company results and markets reports give a time expression through its neighbours.

Why a module of its own: business news names its periods in a way of its own. A comparison
point is the period just named, a year back ("lost $2.8 billion in the fourth quarter,
against $5.8 billion a year earlier" is the fourth quarter of the year before, not the
whole year); a futures contract's month is ahead ("oil for September delivery" in July is
this September, whatever the tense of "fell"); a fiscal quarter "which ended June 30" is
the quarter that day closes. ``time_expressions`` reads each mention alone and calls these
once per mention with the mentions before it in its sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.core.models import Mention
from workbench.core.time_values import DAY_VALUE, closes_quarter, quarter_of, quarter_value

if TYPE_CHECKING:
    from spacy.tokens import Span

_YEAR_BACK = re.compile(
    r"(?:(?:from|than|with|against|over) )?(?:a|one) year (?:earlier|ago|before)", re.IGNORECASE)
_SUB_YEAR_PERIOD = re.compile(
    r"(?P<fiscal>FY)?(?P<year>\d{4})(?P<rest>-(?:Q[1-4]|H[12]|\d{2}))")
"""A quarter, half or month (of a fiscal year too): a period a comparison can be made on."""
_SENTENCE_BREAK = re.compile(r"[.!?;][\"”’)]*\s|\n")


def a_year_before_period(offset: Mention, earlier: Sequence[Mention], text: str) -> Mention:
    """'a year earlier', 'from a year ago' after a quarter, half or month its sentence named:
    that period a year back ("December sales fell 49 percent from a year earlier" -> the
    December before). Only in the same sentence: the comparison point of results news; a
    year named before stays a year ("profit in 2007 rose from a year earlier" -> 2006)."""
    if not _YEAR_BACK.fullmatch(offset.text):
        return offset
    for mention in reversed(earlier):
        if mention.end > offset.start:
            continue
        if _SENTENCE_BREAK.search(text, mention.end, offset.start):
            return offset
        period = _SUB_YEAR_PERIOD.fullmatch(mention.value or "")
        if period:
            year = int(period["year"]) - 1
            return replace(offset, value=f"{period['fiscal'] or ''}{year:04d}{period['rest']}")
    return offset


_MONTH_VALUE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})")
_DELIVERY_AFTER = re.compile(r"\s+(?:delivery|futures)\b", re.IGNORECASE)


def delivery_month(month: Mention, text: str, anchor: dt.date | None) -> Mention:
    """'oil for September delivery', 'March futures': a futures contract's
    month is the next one of that name (this month's counts), never a month gone by; the
    tense of "fell" is the trading's, not the delivery's."""
    found = _MONTH_VALUE.fullmatch(month.value or "")
    if (anchor is None or found is None or not month.text[:1].isupper()
            or not _DELIVERY_AFTER.match(text, month.end)):
        return month
    number = int(found["month"])
    year = anchor.year + (number < anchor.month)
    return replace(month, value=f"{year:04d}-{number:02d}")


_QUARTER_WORDS = re.compile(r"(?:(?:its|their|the) )?(?:fiscal |financial )?"
                            r"(?:first|second|third|fourth|latest|last|most recent) quarter",
                            re.IGNORECASE)
_CLOSED_BY = re.compile(r",?\s+(?:(?:which|that) )?end(?:ed|s|ing)\s+(?:on\s+)?", re.IGNORECASE)


def period_closed_by(quarter: Mention | None, day: Mention, text: str) -> Mention | None:
    """'its fiscal first quarter, which ended June 30' (the model tags the two apart): the
    quarter is the calendar quarter that day closes, when it closes one; None when
    ``quarter`` is no quarter without a value of its own followed so by a day."""
    if (quarter is None or quarter.value is not None or not _QUARTER_WORDS.fullmatch(quarter.text)
            or not _CLOSED_BY.fullmatch(text[quarter.end:day.start])
            or not DAY_VALUE.fullmatch(day.value or "")):
        return None
    last = dt.date.fromisoformat(day.value or "")
    if not closes_quarter(last):
        return None  # a fiscal quarter that ends on no calendar quarter's last day
    return replace(quarter, value=quarter_value(last.year, quarter_of(last)))


_FISCAL_YEAR = re.compile(r"(?:(?:the|its|their|this|next|current) )?(?:fiscal|financial) year",
                          re.IGNORECASE)
_ENDING_AFTER = re.compile(r",?\s+(?:(?:that|which) (?:ends|will end|ended)|ending)\b",
                           re.IGNORECASE)


def fiscal_year_by_its_end(year: Mention, text: str) -> Mention:
    """'the fiscal year that ends in March 2011': the year is the one that date closes, and
    which number a company gives it (its start's, its end's) the sentence does not say; so
    no value rather than the fiscal year the publication date falls in."""
    if not _FISCAL_YEAR.fullmatch(year.text) or not _ENDING_AFTER.match(text, year.end):
        return year
    return replace(year, value=None)


_REPORT_NOUNS = frozenset({"result", "figure", "data", "report", "earnings", "number",
                           "statistic", "reading", "estimate"})
_MODIFYING = frozenset({"compound", "amod", "nmod", "nummod"})


def is_period_of_a_report(span: Span) -> bool:
    """'figures for the July-September period will be released on Thursday', 'the jobs report
    for November is due': the period a report covers is read nearest (the one just gone or
    under way; ahead for 'results for the January-March quarter' told in November), whatever
    the tense of its releasing, which is the report's time, not the period's."""
    token = span.root
    while token.dep_ in _MODIFYING and token.head is not token:
        token = token.head
    preposition = token.head
    return (token.dep_ == "pobj" and preposition.lower_ == "for"
            and preposition.head is not preposition
            and preposition.head.lemma_.lower() in _REPORT_NOUNS)
