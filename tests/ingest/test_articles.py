"""Shared article building: dates, derived titles, empty text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workbench.ingest import IngestError
from workbench.ingest.articles import (
    DERIVED_TITLE_CHARS,
    MAX_METADATA_CHARS,
    build_article,
    derive_title,
    normalize_published,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-01-04", "2019-01-04"),
        ("Friday, January 4, 2019", "2019-01-04"),
        ("4 January 2019", "2019-01-04"),
        ("05.02.2019", "2019-02-05"),
        ("2019-01-05T14:00:00+01:00", "2019-01-05T14:00:00+01:00"),
        ("2024-03-05T10:00Z", "2024-03-05T10:00:00+00:00"),
        ("2024-03-05 10:30", "2024-03-05T10:30:00"),
        (dt.date(2020, 2, 14), "2020-02-14"),
        (dt.datetime(2020, 2, 14, 9, 30), "2020-02-14T09:30:00"),
        ("March 2019", "March 2019"),
        ("2019", "2019"),
        ("last Tuesday-ish", "last Tuesday-ish"),
        (1741080600, "2025-03-04T09:30:00+00:00"),  # a Unix time, as scraped feeds give it
        ("1741080600000", "2025-03-04T09:30:00+00:00"),  # in milliseconds
        ("1741080600.5", "2025-03-04T09:30:00+00:00"),
        ("123456789", None),  # 1973: a number, not taken for a date (nor kept as one)
        ("99999999999999", None),
        (1e300, None),  # JSON numbers that are no date were stored and shown as one
        (-1e308, None),
        ("-5", None),
        ("1" * 80, None),
        ("Monday " * 50_000, None),  # was stored whole: 350,000 characters of "date"
        (20240115, "2024-01-15"),
        (2019, "2019"),
        ("2024-02-30", None),  # a day that cannot exist is no publication date
        ("Feb 30, 2024", None),
        ("31.04.2024", None),
        ("2024-13-01", None),
        ("10000-01-01", None),  # a year past 9999: was kept as text, the timeline's "not a date"
        ("99999-12-31T10:00:00", None),
        ("9999-12-31", "9999-12-31"),
        ("2017-03-01T25:00:00", None),  # an hour that cannot exist: was kept as the "date"
        ("2017-03-01 10:75", None),
        ("2017-03-01T23:59:00", "2017-03-01T23:59:00"),
        ("2024-02-29", "2024-02-29"),
        ("", None),
        (None, None),
        ("NaN", None),  # a placeholder was kept as text and shown as the article's date
        ("inf", None),
        ("-Infinity", None),
        ("None", None),
        ("null", None),
        ("undefined", None),
        ("N/A", None),
        ("NaT", None),  # what pandas writes for a missing time
        (" unknown ", None),
        ("Nancy, 2019", "Nancy, 2019"),  # a word that starts like one is not a placeholder
        ("0000-01-01", None),  # year zero (a YAML or database placeholder) was kept as the date
        ("0000", None),
        ("0000-01-01T10:00:00", None),
        ("00001", None),
    ],
)
def test_normalize_published(value: object, expected: str | None) -> None:
    assert normalize_published(value) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Short first line\nand more", "Short first line"),
        ("\n\n  Indented headline  \nbody", "Indented headline"),
        ("word " * 100, "word " * 15 + "word…"),
    ],
)
def test_derive_title(text: str, title: str) -> None:
    assert derive_title(text) == title


def test_derived_title_is_at_most_about_80_characters() -> None:
    title = derive_title("Officials said on Tuesday that the negotiations " * 10)
    assert len(title) <= DERIVED_TITLE_CHARS + 1  # plus the ellipsis
    assert title.endswith("…")


def test_text_is_normalised_once_and_metadata_cleaned(tmp_path: Path) -> None:
    article = build_article(
        text="Cafe\u0301 line one  \r\nline two\r\n\r\n\r\n\r\nnext\x07",
        fmt="text",
        path=tmp_path / "a.txt",
        title="  A   title\n with  breaks ",
        source=" Wikinews ",
        external_id=42,
    ).article
    assert article.text == "Café line one\nline two\n\nnext"
    assert article.title == "A title with breaks"
    assert article.source == "Wikinews"
    assert article.external_id == "42"


def test_text_without_content_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="^no text found$"):
        build_article(text=" \n\x00\n ", fmt="text", path=tmp_path / "a.txt")


@pytest.mark.parametrize("text", ["\u200b\u200b", " \u2060\n\u200d\ufe0f\u200e ", "\u00ad"])
def test_text_of_invisible_characters_only_is_refused(tmp_path: Path, text: str) -> None:
    """Found by an attack run: a file of zero-width spaces became a document with an
    invisible title and nothing to read."""
    with pytest.raises(IngestError, match="^no text found$"):
        build_article(text=text, fmt="text", path=tmp_path / "a.txt")


def test_one_line_metadata_is_cut_to_a_readable_length(tmp_path: Path) -> None:
    """Found by an attack run: a CSV title, an e-mail subject, a JSON source or author of
    300,000 characters was kept whole and printed whole by every listing (HTML titles were
    already cut by the page reader)."""
    huge = "word " * 60_000
    article = build_article(text="Body.", fmt="jsonl", path=tmp_path / "a.jsonl", title=huge,
                            source=huge, author=huge, dateline=huge).article
    for value in (article.title, article.source, article.author, article.dateline):
        assert value is not None and value.endswith("…") and len(value) <= MAX_METADATA_CHARS


def test_json_numbers_that_are_no_date_are_dropped(tmp_path: Path) -> None:
    """Before: ``"published": NaN`` and ``1e400`` in a .jsonl line were stored as "nan", "inf"."""
    from workbench.ingest import read_articles

    lines = [
        '{"title": "A", "text": "Council met on Monday.", "published": NaN}',
        '{"title": "B", "text": "Council met on Tuesday.", "published": 1e400}',
        '{"title": "C", "text": "Council met on Friday.", "published": true}',
        '{"title": "D", "text": "Council met on Sunday.", "published": "2024-03-05"}',
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    published = [article.published for article in read_articles(path)]
    assert published == [None, None, None, "2024-03-05"]


def test_a_time_zone_offset_of_a_day_or_more_is_kept_as_text_not_a_failed_file(
    tmp_path: Path,
) -> None:
    """Before: one record's ``+99:00`` raised inside dateutil's result and failed the whole
    .jsonl file ("unexpected error while reading"), losing every other record in it."""
    from workbench.ingest import read_articles

    assert normalize_published("2024-06-01T10:00:00+99:00") == "2024-06-01T10:00:00+99:00"
    lines = [
        '{"title": "A", "text": "Council met.", "published": "2024-06-01T10:00:00+99:00"}',
        '{"title": "B", "text": "Council met again.", "published": "2024-06-02"}',
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert [a.title for a in read_articles(path)] == ["A", "B"]


def test_a_title_or_source_that_is_nan_or_infinite_is_no_title(tmp_path: Path) -> None:
    """Before: ``"title": NaN`` gave a document titled "nan"."""
    from workbench.ingest import read_articles

    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"title": NaN, "source": 1e400, "text": "Ferries resumed in Oslo."}', encoding="utf-8"
    )
    [article] = read_articles(path)
    assert article.title == "Ferries resumed in Oslo." and article.source is None


def test_a_derived_title_never_ends_in_half_a_flag() -> None:
    """A first line of 200 flags was cut at 80 code points: 40 flags, but at 81 half of one."""
    flag = "\U0001F1E9\U0001F1EA"
    title = derive_title("x" + flag * 200)
    assert title.endswith("…") and (len(title) - 2) % 2 == 0


def test_a_date_with_a_zone_name_dateutil_does_not_know_warns_nothing() -> None:
    """Attack run 14: a feed's ``Fri, 25 Nov 2011 16:00:00 ET`` printed dateutil's
    UnknownTimezoneWarning (two lines with a source path) on the import's stderr."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert normalize_published("Fri, 25 Nov 2011 16:00:00 ET").startswith("2011-11-25")
