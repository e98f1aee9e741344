"""A ``.json`` array of article objects imports one article per object, like ``.jsonl``."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from workbench.ingest import IngestError, RecordError, read_articles, read_records


def write_json(tmp_path: Path, value: object) -> Path:
    path = tmp_path / "scraped.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def test_an_array_of_articles_imports_each_with_its_fields(tmp_path: Path) -> None:
    path = write_json(tmp_path, [
        {"title": "Harbour reopens", "body": "The harbour reopened on Monday after repairs.",
         "url": "https://news.example.org/harbour", "published": "2026-11-30"},
        {"title": "Mill closes", "text": "The old mill closed its doors for good.",
         "date": "2026-12-01"},
    ])
    articles = read_articles(path)
    assert [article.title for article in articles] == ["Harbour reopens", "Mill closes"]
    assert articles[0].text.startswith("The harbour reopened")
    assert articles[0].url == "https://news.example.org/harbour"
    assert articles[1].text == "The old mill closed its doors for good."


def test_a_bad_item_is_reported_and_the_others_still_import(tmp_path: Path) -> None:
    path = write_json(tmp_path, [
        {"title": "Good one", "text": "A council vote was held on the budget."},
        {"title": "No text here"},
        {"title": "Another good one", "text": "The bridge will be repainted in spring."},
    ])
    errors: list[IngestError] = []
    articles = read_articles(path, errors)
    assert [article.title for article in articles] == ["Good one", "Another good one"]
    assert len(errors) == 1 and isinstance(errors[0], RecordError)
    assert str(errors[0]).startswith("item 2: no text")


def test_items_come_in_file_order_with_errors_in_place(tmp_path: Path) -> None:
    path = write_json(tmp_path, [{"text": "First story text."}, 7, {"text": "Third story."}])
    kinds = [type(item).__name__ for item in read_records(path)]
    assert kinds == ["Article", "RecordError", "Article"]


def test_an_empty_array_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="^empty JSON array"):
        read_articles(write_json(tmp_path, []))


def test_an_array_of_non_objects_names_the_first_item(tmp_path: Path) -> None:
    with pytest.raises(
        IngestError,
        match=r"^no valid records: item 1: expected a JSON object, found a whole number "
        r"\(and 2 more bad records\)$",
    ):
        read_articles(write_json(tmp_path, [1, "two", [3]]))


def test_a_workbench_export_is_still_sent_to_the_export_importer(tmp_path: Path) -> None:
    from workbench.ingest import WorkbenchExportError

    path = write_json(tmp_path, {"format": "workbench-export", "version": 1, "documents": []})
    with pytest.raises(WorkbenchExportError):
        read_articles(path)


def test_a_large_array_reads_in_linear_time(tmp_path: Path) -> None:
    def seconds_for(count: int) -> float:
        path = write_json(tmp_path, [{"title": f"Story {n}", "text": f"Body of story {n}."}
                                     for n in range(count)])
        start = time.perf_counter()
        assert len(read_articles(path)) == count
        return time.perf_counter() - start

    small, large = seconds_for(2_000), seconds_for(20_000)
    assert large < small * 30  # ten times the items: far under the hundredfold of a quadratic


def test_a_file_of_one_article_object_is_that_article(tmp_path: Path) -> None:
    """news-please and many scrapers write one object per file; it was refused whole."""
    path = write_json(tmp_path, {"title": "Harbour reopens", "maintext": "The harbour reopened.",
                                 "date_publish": "2026-11-30 08:00:00", "url": "https://x.org/h"})
    (article,) = read_articles(path)
    assert (article.title, article.text) == ("Harbour reopens", "The harbour reopened.")
    assert article.published is not None and article.published.startswith("2026-11-30")
    assert article.format == "json"  # one story per file: an edited copy is a new version


@pytest.mark.parametrize(("value", "reason"), [
    ({"documents": []}, "^unsupported .json file"),
    ({"articles": [{"text": "x"}]}, "^unsupported .json file"),
    ({"title": "T", "text": "  "}, "^no text"),
    ({"title": "T", "text": 5}, "^'text' must be a string"),
])
def test_an_object_that_is_no_article_says_why(tmp_path: Path, value: object,
                                               reason: str) -> None:
    with pytest.raises(IngestError, match=reason):
        read_articles(write_json(tmp_path, value))
