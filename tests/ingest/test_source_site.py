"""An article whose file names no outlet takes its web site as its source (so it can be graded)."""

from __future__ import annotations

import csv
from pathlib import Path

from workbench.core.text import site_of
from workbench.ingest import read_articles

STORY = "The council met on Tuesday and voted to rebuild the bridge over the river by May."


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_a_csv_row_with_an_address_and_no_source_takes_the_site(tmp_path: Path) -> None:
    path = _csv(tmp_path / "news.csv", [
        {"title": "Bridge", "text": STORY, "url": "https://www.Example.org/2024/bridge",
         "source": ""},
        {"title": "Bridge 2", "text": STORY + " Again.", "url": "https://example.org/b",
         "source": "River Wire"},
        {"title": "Bridge 3", "text": STORY + " Once more.", "url": "javascript:alert(1)",
         "source": ""},
    ])
    sources = [article.source for article in read_articles(path)]
    assert sources == ["example.org", "River Wire", None]


def test_only_http_addresses_name_a_site() -> None:
    assert site_of("https://en.wikinews.org//wiki/X") == "en.wikinews.org"
    assert site_of("http://www.bbc.co.uk/news") == "bbc.co.uk"
    assert site_of("https://user@Example.com:8080/a") == "example.com"
    for address in (None, "", "ftp://example.org/x", "file:///etc/passwd", "https://[::1",
                    "mailto:a@example.org", "example.org/a"):
        assert site_of(address) is None
