"""JSON Lines and CSV: many articles per file, bad rows reported without losing good ones."""

from __future__ import annotations

import codecs
import csv
import json
from pathlib import Path

import pytest

from workbench.core.models import Article
from workbench.ingest import IngestError, RecordError, read_articles, read_records, read_results
from workbench.ingest.articles import DERIVED_TITLE_CHARS, ArticleRead

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BROKEN_LINE = 3


def test_jsonl_fields_and_aliases() -> None:
    first, second, third = read_articles(FIXTURES / "ingest" / "articles.jsonl")
    assert (first.external_id, first.source, first.published) == (
        "wn-2019-0005",
        "Wikinews",
        "2019-01-07",
    )
    assert first.title == "Catalonia apartment block fire kills three, injures sixteen"
    assert first.format == "jsonl"
    assert second.text.startswith("State media on Saturday")  # from "body"
    assert second.published == "2019-02-05"  # from "date": "Tuesday, February 5, 2019"
    assert second.url is not None and "Aleppo" in second.url  # from "article_source_link"
    assert (second.external_id, second.author) == ("24", "Wikinews contributors")
    assert third.source == "Wikinews"  # {"name": ...}
    assert third.published == "2019-01-05T14:00:00+01:00"  # from "publish_date"
    assert third.title.startswith("A fire yesterday afternoon killed five girls")  # derived
    assert len(third.title) <= DERIVED_TITLE_CHARS + 1


def test_jsonl_partial_failure_reports_each_bad_line() -> None:
    items = list(read_records(FIXTURES / "hostile" / "malformed.jsonl"))
    good = [item.external_id for item in items if isinstance(item, Article)]
    bad = {item.line: item.detail for item in items if isinstance(item, RecordError)}
    assert good == ["ok-1", "ok-2", "ok-3"]
    assert sorted(bad) == [2, 5, 6, 7, 8, 10]
    assert bad[2].startswith("invalid JSON")
    assert bad[5] == "expected a JSON object, found a list"
    assert bad[6].startswith("no text")
    assert bad[10].startswith("invalid UTF-8")
    assert str(next(item for item in items if isinstance(item, RecordError))).startswith("line 2: ")


def test_read_articles_keeps_good_rows_and_collects_bad_ones() -> None:
    errors: list[IngestError] = []
    articles = read_articles(FIXTURES / "hostile" / "malformed.jsonl", record_errors=errors)
    assert [article.external_id for article in articles] == ["ok-1", "ok-2", "ok-3"]
    assert [error.line for error in errors if isinstance(error, RecordError)] == [2, 5, 6, 7, 8, 10]


def test_all_rows_bad_raises_first_reason(tmp_path: Path) -> None:
    path = tmp_path / "bad.ndjson"
    path.write_text("{oops\n[1]\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"^no valid records: line 1: invalid JSON .*1 more"):
        read_articles(path)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "^empty file$"),
        (b"\n\n  \n", "^empty file$"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "^binary file"),
    ],
)
def test_jsonl_file_level_errors(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(content)
    with pytest.raises(IngestError, match=reason):
        read_articles(path)


def test_jsonl_utf16_and_bom(tmp_path: Path) -> None:
    line = json.dumps({"title": "Zürich", "text": "Grüezi."}, ensure_ascii=False) + "\n"
    utf16 = tmp_path / "u16.jsonl"
    utf16.write_bytes(line.encode("utf-16"))
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes(codecs.BOM_UTF8 + line.encode("utf-8"))
    assert read_articles(utf16)[0].title == read_articles(bom)[0].title == "Zürich"


def test_jsonl_deeply_nested_line_is_a_row_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n" + json.dumps({"text": "fine"}) + "\n", encoding="utf-8")
    items = list(read_records(path))
    assert isinstance(items[0], RecordError) and items[0].line == 1
    assert isinstance(items[1], Article)


def test_jsonl_nesting_too_deep_is_named_like_a_json_file(tmp_path: Path) -> None:
    """It said "invalid JSON (RecursionError)": a Python exception's name, not the problem."""
    path = tmp_path / "deep.jsonl"
    path.write_text('{"text": ' + "[" * 100_000 + "\n", encoding="utf-8")
    (item,) = read_records(path)
    assert isinstance(item, RecordError) and "nested too deeply" in item.detail


HUGE_NUMBER = "9" * 5_000  # more digits than int() reads (4,300)


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_a_number_too_long_for_python_drops_its_field_not_the_record(
    tmp_path: Path, suffix: str
) -> None:
    """Found by an attack run: one 5,000-digit number failed its record ("invalid JSON
    (ValueError)") or its whole .json file, whose message told the user to call
    sys.set_int_max_str_digits(). It is read like 1e400: no value, so the field is dropped."""
    record = f'{{"title": "Harbour", "text": "The council met.", "published": {HUGE_NUMBER}, '
    record += f'"id": {HUGE_NUMBER}}}'
    path = tmp_path / f"big{suffix}"
    path.write_text(record + "\n" if suffix == ".jsonl" else f"[{record}]", encoding="utf-8")
    (article,) = read_articles(path)
    assert (article.title, article.published, article.external_id) == ("Harbour", None, None)


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_a_number_too_long_for_python_is_named_by_its_length(tmp_path: Path, suffix: str) -> None:
    """Found by attack round 9: the warning named the dropped 5,000-digit date "'Infinity'",
    a value the file never held; it says how long the number was."""
    record = f'{{"title": "Harbour", "text": "The council met.", "published": {HUGE_NUMBER}}}'
    path = tmp_path / f"big{suffix}"
    path.write_text(record + "\n" if suffix == ".jsonl" else f"[{record}]", encoding="utf-8")
    (read,) = read_results(path)
    assert isinstance(read, ArticleRead)
    assert read.refused_published == "a 5,000-digit number"


def test_jsonl_article_of_one_and_a_half_million_characters(tmp_path: Path) -> None:
    text = ("Officials said the talks would continue. " * 37_000)[:1_500_000]
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"title": "Long", "text": text}) + "\n", encoding="utf-8")
    (article,) = read_articles(path)
    assert len(article.text) == len(text.strip())


def test_csv_wikinews_layout_with_bom() -> None:
    articles = read_articles(FIXTURES / "ingest" / "wikinews_sample.csv")
    assert [article.published for article in articles] == ["2019-01-05", "2019-01-07", "2019-01-12"]
    assert articles[0].title == "Escape room fire kills five teen girls in Koszalin, Poland"
    assert articles[0].url is not None and articles[0].url.startswith("https://en.wikinews.org")
    assert "\n\n" in articles[0].text and "\n\n\n" not in articles[0].text
    assert {article.format for article in articles} == {"csv"}


def test_csv_semicolons_partial_failure() -> None:
    items = list(read_records(FIXTURES / "ingest" / "semicolon_partial.csv"))
    assert [type(item).__name__ for item in items] == ["Article", "RecordError", "Article"]
    first, error, last = items
    assert isinstance(first, Article) and isinstance(last, Article)
    assert (first.external_id, first.published, first.source) == ("a1", "2019-02-05", "Wikinews")
    assert last.published == "March 2019"
    assert str(error).startswith("line ") and "no text" in str(error)


def test_csv_field_larger_than_default_limit(tmp_path: Path) -> None:
    text = "word " * 300_000
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["title", "text"], ["Big", text]])
    (article,) = read_articles(path)
    assert len(article.text) == len(text.strip())


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("name,value\nx,1\n",
         r"^CSV has no text column: 'text', 'body', 'content', 'maintext'"
         r" \(columns: name, value\)$"),
        ("title,text\n", r"^no articles found"),
        ("title,text\n,\n , \n", r"^no articles found"),
    ],
)
def test_csv_errors(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "x.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(IngestError, match=reason):
        read_articles(path)


def test_csv_latin1_tab_separated(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(
        "Title\tBody\tURL\nCafé\tLe café est fermé.\thttp://x.test/a\n".encode("latin-1")
    )
    (article,) = read_articles(path)
    assert (article.title, article.text, article.url) == (
        "Café",
        "Le café est fermé.",
        "http://x.test/a",
    )


def test_csv_parser_error_keeps_rows_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.ingest import csv_file

    class BreaksOnThirdRow:
        """A csv.reader stand-in failing like a corrupt file would."""

        def __init__(self, rows: list[list[str]]) -> None:
            self.rows = iter(rows)
            self.line_num = 0

        def __iter__(self) -> BreaksOnThirdRow:
            return self

        def __next__(self) -> list[str]:
            self.line_num += 1
            if self.line_num == BROKEN_LINE:
                raise csv.Error("field larger than field limit")
            return next(self.rows)

    rows = [["title", "text"], ["A", "First text."], ["B", "Second text."]]
    monkeypatch.setattr(csv_file.csv, "reader", lambda *_args, **_kwargs: BreaksOnThirdRow(rows))
    path = tmp_path / "x.csv"
    path.write_text("title,text\n", encoding="utf-8")
    items = list(read_records(path))
    assert isinstance(items[0], Article) and items[0].text == "First text."
    assert isinstance(items[1], RecordError)
    assert str(items[1]) == (
        "line 3: malformed CSV (field larger than field limit); the rest of the file was skipped"
    )


def test_a_csv_cut_off_inside_a_quoted_article_reports_its_last_row(tmp_path: Path) -> None:
    """Before: the half-written last article was imported as if whole, with no failure."""
    path = tmp_path / "feed.csv"
    path.write_text(
        'title,text\nFirst,"The council met on Monday."\nSecond,"The mayor said the bridge',
        encoding="utf-8",
    )
    records = list(read_records(path))
    assert [r.title for r in records if not isinstance(r, RecordError)] == ["First"]
    (failure,) = [r for r in records if isinstance(r, RecordError)]
    assert failure.line == 3 and "ends inside a quoted field" in failure.detail


@pytest.mark.parametrize(
    "ending", ['"The mayor said ""no"" today."\n', '"The mayor said ""no"" today."', "plain text\n"]
)
def test_a_whole_last_row_is_imported(tmp_path: Path, ending: str) -> None:
    path = tmp_path / "feed.csv"
    path.write_text(f"title,text\nFirst,{ending}", encoding="utf-8")
    records = list(read_records(path))
    assert not [r for r in records if isinstance(r, RecordError)]
    assert len(records) == 1


def test_scraped_news_spellings_are_read(tmp_path) -> None:
    """news-please writes maintext/date_publish/source_domain; news dumps often 'content'."""
    from workbench.ingest.tabular import article_from_record

    path = tmp_path / "news.jsonl"
    record = {"title": "Bridge closed", "maintext": "The bridge was closed on Monday.",
              "date_publish": "2024-03-04 10:00:00", "source_domain": "example.org"}
    article = article_from_record(record, line=1, fmt="jsonl", path=path).article
    assert article.text.startswith("The bridge was closed")
    assert article.source == "example.org"
    assert article.published is not None and article.published.startswith("2024-03-04")
    content = article_from_record({"title": "T", "content": "Words here."}, line=2,
                                  fmt="jsonl", path=path).article
    assert content.text == "Words here."


@pytest.mark.parametrize("header", ["title,text,text", "title,Text,TEXT", "Title,text,title"])
def test_a_csv_naming_a_known_column_twice_is_refused_not_half_read(
    tmp_path: Path, header: str
) -> None:
    """Before: the last column of the name won, and every row's first text was dropped."""
    path = tmp_path / "dup.csv"
    path.write_text(f"{header}\nCouncil,First text of the row,Second text\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"names the column '(text|title)' twice"):
        read_articles(path)


def test_an_unterminated_string_is_named_once_with_its_column(tmp_path: Path) -> None:
    """Python's message ends in "at" ("Unterminated string starting at"): the reason read
    "Unterminated string starting at at column 28"."""
    path = tmp_path / "cut.jsonl"
    path.write_text('{"title": "cut", "text": "Trunc', encoding="utf-8")
    (bad,) = read_records(path)
    assert isinstance(bad, RecordError)
    assert bad.detail == "invalid JSON (Unterminated string starting at column 26)"
