"""Build ``Article`` records the same way for every format (normalise once, fill gaps)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import os
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from workbench.core.boilerplate import outlet_named_in_footer, remove_boilerplate
from workbench.core.labels import MAX_METADATA_CHARS
from workbench.core.models import Article
from workbench.core.text import (
    has_visible_character,
    normalize_line,
    normalize_text,
    shorten,
    site_of,
    whole_character_end,
)
from workbench.ingest.dateline import detect_dateline, published_on_date_line
from workbench.ingest.errors import IngestError

MAX_TITLE_LINE_CHARS = 150
DERIVED_TITLE_CHARS = 80
MAX_DATE_CHARS = 64
_SURROGATE = re.compile("[\ud800-\udfff]")
_DOTTED_DATE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_EPOCH_NUMBER = re.compile(r"\d{9,13}(\.\d+)?")
#: A value that is only a number ("1e+300", "-5", "123456789"): a date only as a Unix time,
#: a compact day ("20240115") or a year ("2019"); kept as text, it showed as a date.
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
#: ISO 8601's signed years ("-0044-03-15": 44 BC); dateutil read past the sign (AD 44)
_SIGNED_YEAR = re.compile(r"[-\u2212]\d{1,6}-\d")
_YEAR_ZERO = re.compile(r"0000(?!\d)")  # no calendar has it: "0000-01-01" was kept as the date
_YEAR = re.compile(r"\d{4}")
#: What spreadsheets, pandas and scrapers write in a date column that has no date ("NaN",
#: pandas' "NaT", "null", JavaScript's "undefined", "N/A"); compared case-folded.
_NO_DATE_WORDS = frozenset({
    "nan", "-nan", "nat", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity",
    "none", "null", "nil", "undefined", "n/a", "n.a.", "na", "unknown", "-", "--", "\u2014",
})
_EPOCH_FIRST, _EPOCH_LAST = 315_532_800, 4_102_444_800  # 1980-01-01 and 2100-01-01, UTC
_DEFAULT_A = dt.datetime(2000, 1, 1, 0, 0, 0)  # noqa: DTZ001 - only a parsing default
_DEFAULT_B = dt.datetime(2001, 2, 2, 1, 1, 1)  # noqa: DTZ001 - only a parsing default
_SEPARATED_NUMBERS = re.compile(r"\d\D+\d")
# dateutil's words for a day, month, hour, minute or second that cannot exist ("hour must be
# in 0..23": "2017-03-01T25:00:00" was kept whole as the publication date), and for a year
# past 9999 ("year 10000 is out of range": kept as text, while the timeline called it no date).
_CALENDAR_ERRORS = ("out of range for month", "must be in 1..", "must be in 0..",
                    "is out of range:")


class _ImpossibleDayError(ValueError):
    """``raw`` is laid out as a date whose day or month cannot exist ("2024-02-30")."""


@dataclass(frozen=True)
class ArticleRead:
    """An article with what the import report should say about reading it.

    Why beside the article, not on it: a published value that was no date
    ("1e+300", "2024-02-30") is never stored, only named by the import report
    so a date does not vanish silently; the ``Article`` is what the store keeps.
    ``warnings`` name anything else the reader left out of a file it still read
    (a Markdown file's front matter that is no YAML), one line each.
    """

    article: Article
    refused_published: str | None = None
    warnings: tuple[str, ...] = ()


def build_article(  # noqa: PLR0913 - one keyword per Article field keeps call sites readable
    *,
    text: str,
    fmt: str,
    path: Path,
    title: object = None,
    source: object = None,
    author: object = None,
    published: object = None,
    url: object = None,
    dateline: object = None,
    external_id: object = None,
    text_is_normalized: bool = False,
) -> ArticleRead:
    """Normalise text and metadata exactly once and refuse articles without text.

    The published value that was no date comes back beside the article, for
    the import report to name; every reader returns what this builds, so the
    report reads one shape whatever the format.

    Boilerplate lines (comment footers, share/follow/newsletter prompts) are left out of
    the body here, the one place every reader passes through; an article made only of
    such lines keeps them rather than being refused.
    """
    body = text if text_is_normalized else normalize_text(text)
    if not has_visible_character(body):  # zero-width spaces alone made an invisible document
        raise IngestError("no text found")
    clean_url = optional_line(url)
    named_source = metadata_line(source) or outlet_named_in_footer(body) or site_of(clean_url)
    body = remove_boilerplate(body) or body
    clean_title = metadata_line(title) or derive_title(body)
    clean_published = normalize_published(published)
    article = Article(
        title=clean_title,
        text=body,
        source=named_source,
        author=metadata_line(author),
        published=clean_published or published_on_date_line(body),
        url=clean_url,
        dateline=metadata_line(dateline) or detect_dateline(first_paragraph(body)),
        format=fmt,
        origin_path=stored_origin(path),
        external_id=optional_line(external_id),
    )
    return ArticleRead(article, None if clean_published else refused_date_text(published))


class LongNumber(float):
    """A JSON whole number too long for ``int()``: infinite as a value, its length kept.

    Why: read as a plain inf, a 5,000-digit ``published`` was named "'Infinity'" in the
    import's warning, a value the file never held; the warning now says how long it was.
    """

    digits: int

    def __new__(cls, text: str) -> LongNumber:
        number = super().__new__(cls, "-inf" if text.startswith("-") else "inf")
        number.digits = len(text.lstrip("-"))
        return number


def refused_date_text(value: object) -> str | None:
    """How the import report names a published value that was given but is no date.

    Why: a JSON ``NaN``, ``1e400``, ``true`` or ``{"y": 2020}`` has no one-line text
    (``metadata_line`` drops it), so such a date vanished without a word while "1e+300"
    was named; they are named as the file wrote them (``NaN``, ``Infinity``).
    """
    if value is None or isinstance(value, str):
        return metadata_line(value)
    if isinstance(value, LongNumber):  # "Infinity" named no number the file holds
        return f"a {value.digits:,}-digit number"
    if isinstance(value, int) and not isinstance(value, bool):  # 1e400 written out in digits
        return metadata_line(value)  # is no float: math.isfinite raised on it
    if isinstance(value, float) and math.isfinite(value):
        return metadata_line(value)
    try:
        return metadata_line(json.dumps(value, ensure_ascii=False, default=str))
    except (TypeError, ValueError):  # a circular value: only the JSON readers hand lists here
        return metadata_line(repr(value))


def stored_origin(path: Path) -> str:
    """The file's full path with links and ``..`` resolved, whatever the working folder.

    Why: the origin path is how a re-imported file is known as a new version of
    its document; stored as typed (``g.txt``), the same edited file imported as
    ``/news/g.txt`` or from another folder was a second document, and the
    analyst's marks stayed on the stale one. ``realpath`` never raises (a link
    loop stays as written).
    """
    return os.path.realpath(path)


def replace_surrogates(text: str) -> str:
    """Join surrogate pairs into their character and turn lone surrogates into U+FFFD.

    Why: JSON ``"\\ud800"`` and YAML ``"\\ud800"`` escapes decode to lone surrogates,
    which cannot be encoded as UTF-8; one of them made SQLite refuse the whole batch.
    """
    if _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def without_surrogates(article: Article) -> Article:
    """Return ``article`` with every text field free of surrogates (the store's boundary)."""
    changed = {
        name: replace_surrogates(value)
        for name, value in dataclasses.asdict(article).items()
        if isinstance(value, str) and _SURROGATE.search(value) is not None
    }
    return dataclasses.replace(article, **changed) if changed else article


def optional_line(value: object) -> str | None:
    """Turn a metadata value into a one-line string, or None when it is blank.

    A JSON ``NaN`` or ``1e400`` (Python reads it as inf) is no value at all: a
    title or source is dropped rather than kept as the text "nan" or "inf".
    """
    if value is None or isinstance(value, (dict, list, tuple, set)):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    line = normalize_line(str(value))
    return line or None


def metadata_line(value: object) -> str | None:
    """``optional_line``, cut at a word to ``MAX_METADATA_CHARS`` (with "…")."""
    line = optional_line(value)
    return shorten(line, MAX_METADATA_CHARS) if line else line


def first_paragraph(text: str) -> str:
    """Return the text up to the first blank line."""
    return text.split("\n\n", 1)[0]


def drop_repeated_title(text: str, title: str | None) -> str:
    """Remove the headline when the text repeats it as its first paragraph."""
    if not title:
        return text
    head, _, tail = text.partition("\n\n")
    if tail.strip() and normalize_line(head) == normalize_line(title):
        return tail
    return text


def derive_title(text: str) -> str:
    """Use the first line as a title, shortened at a word boundary when it is a long sentence."""
    first_line = next((line for line in text.split("\n") if line.strip()), "")
    line = normalize_line(first_line[: MAX_TITLE_LINE_CHARS * 4])
    if len(line) <= MAX_TITLE_LINE_CHARS:
        return line
    cut = line[: whole_character_end(line, DERIVED_TITLE_CHARS)]  # never half a flag
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(",;:-–— ") + "…"


def normalize_published(value: object) -> str | None:
    """Store dates as ISO ``YYYY-MM-DD`` or a full ISO datetime; other text ("March 2019") as is.

    A JSON ``true``, ``NaN`` or ``1e400`` (which Python reads as inf) is no date
    at all: it is dropped rather than kept as the text "nan" or "inf". So is an
    impossible day ("2024-02-30", "Feb 30, 2024", month 13): kept, it read as a
    date in the library list and the reader's header; dropped, the date line of
    the body (if any) dates the article instead. A bare number that is neither a Unix
    time, a compact day nor a year (JSON ``1e300``, ``-1e308``, a CSV's ``123456789``)
    is dropped too: "1e+300" stood in the date column. So is text longer than any date
    (``MAX_DATE_CHARS``), which was stored and exported whole. So is a date
    before year 1 (``-0044-03-15``), which dateutil read as AD 44. So is the text of a
    placeholder (``_NO_DATE_WORDS``: "NaN", "inf", "None", "null", "undefined", "N/A"),
    which was kept and showed as the article's date.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    raw = optional_line(value)
    if raw is None:
        return None
    if raw.casefold() in _NO_DATE_WORDS:
        return None
    if len(raw) > MAX_DATE_CHARS:  # no date is that long: 350,000 characters were kept whole
        return None
    if _SIGNED_YEAR.match(raw) or _YEAR_ZERO.match(raw):  # before year 1: none to hold
        return None
    number = _NUMBER.fullmatch(raw) is not None
    try:
        parsed = _parse_date_text(raw)
    except _ImpossibleDayError:
        return None
    if number:
        year = raw if _YEAR.fullmatch(raw) else None
        return parsed or _epoch_time(raw) or year
    return parsed or raw


def _epoch_time(raw: str) -> str | None:
    """A Unix time in seconds or milliseconds (scraped feeds' ``1741080600``), as UTC ISO.

    Only numbers that fall between 1980 and 2100 either way: a count or an id
    that happens to be a number is not taken for a date.
    """
    if not _EPOCH_NUMBER.fullmatch(raw):
        return None
    number = float(raw)
    for seconds in (number, number / 1000):
        if _EPOCH_FIRST <= seconds <= _EPOCH_LAST:
            moment = dt.datetime.fromtimestamp(seconds, dt.UTC)
            return moment.replace(microsecond=0).isoformat()
    return None


def _quiet_parse(raw: str, default: dt.datetime, dayfirst: bool) -> dt.datetime:
    """dateutil's reading of ``raw``, without its warning about a zone name it does not know.

    Why: a feed's "16:00:00 ET" printed UnknownTimezoneWarning (two lines naming
    dateutil's source) among the import's messages; the time is kept without its zone,
    as dateutil does anyway.
    """
    from dateutil import parser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", parser.UnknownTimezoneWarning)
        return parser.parse(raw, default=default, dayfirst=dayfirst)


def _parse_date_text(raw: str) -> str | None:
    """Parse a date string; give up when it lacks a full day (``March 2019`` stays as is).

    Raises ``_ImpossibleDayError`` when dateutil reads the parts of a date but refuses
    to build the day with the calendar's own errors ("day is out of range for month",
    "month must be in 1..12"); any other failure ("Unknown string format") means it is
    not a date at all. A bare number ("99999999999999") is not laid out as a date.
    """
    from dateutil import parser

    dayfirst = _DOTTED_DATE.match(raw) is not None  # 05.02.2019 is 5 February in Europe
    try:
        first = _quiet_parse(raw, _DEFAULT_A, dayfirst)
    except parser.ParserError as error:
        calendar = any(words in str(error) for words in _CALENDAR_ERRORS)
        if calendar and _SEPARATED_NUMBERS.search(raw) is not None:
            raise _ImpossibleDayError(raw) from error
        return None
    except (ValueError, OverflowError, TypeError):
        return None
    try:
        second = _quiet_parse(raw, _DEFAULT_B, dayfirst)
        if first.date() != second.date():
            return None
        if first.hour != second.hour:  # no time of day in the text
            return first.date().isoformat()
        # dateutil accepts any offset ("+99:00"); writing one of a day or more raises.
        return first.isoformat()
    except (ValueError, OverflowError, TypeError):
        return None
