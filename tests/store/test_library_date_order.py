"""The library's Date sort: exact days, then text dates by the period they name, then none.

Before: ``ORDER BY d.published`` sorted "Spring 2019" by its letters, so newest-first it came
before every real day, and "late March" before "Spring 2019" oldest-first. The order must be the
claims table's (``core.date_order``), with text and missing dates last both ways.
"""

from __future__ import annotations

import time
from pathlib import Path

from workbench.store import Store, open_library_reader
from workbench.store.library import LibraryFilter
from workbench.store.rows import insert_row

DATES = ["2019-05-01", "Spring 2019", None, "2020-01-02T10:00:00", "late March", "Q3 2018",
         "10000-01-01", "", "2018-12-31", "Summer 2019"]


def _insert(store: Store, dates: list[str | None]) -> None:
    for n, published in enumerate(dates):
        insert_row(store.db, "documents", {
            "content_hash": f"hash-{n}", "title": f"Doc {n}", "published": published,
            "text": f"Body {n}.", "format": "text", "imported_at": "2026-01-01"})
    store.db.conn.commit()


def _dates(store: Store, ids: list[int]) -> list[str | None]:
    found = dict(store.db.execute("SELECT id, published FROM documents").fetchall())
    return [found[doc_id] for doc_id in ids]


def test_text_dates_follow_the_days_by_their_period_both_ways(tmp_path: Path) -> None:
    with Store(tmp_path / "library.sqlite") as store:
        _insert(store, DATES)
        oldest = store.library.library_ids(LibraryFilter(), order_by="published")
        newest = store.library.library_ids(LibraryFilter(), order_by="published", descending=True)
        assert _dates(store, oldest) == [
            "2018-12-31", "2019-05-01", "2020-01-02T10:00:00", "10000-01-01",
            "Q3 2018", "Spring 2019", "Summer 2019", "late March", None, ""]
        assert _dates(store, newest) == [
            "10000-01-01", "2020-01-02T10:00:00", "2019-05-01", "2018-12-31",
            "late March", "Summer 2019", "Spring 2019", "Q3 2018", "", None]
        # relevance with nothing searched falls back to the date, in the same order
        assert store.library.library_ids(LibraryFilter(), order_by="relevance") == oldest


def test_a_reading_connection_sorts_dates_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        _insert(store, DATES)
        expected = store.library.library_ids(LibraryFilter(), order_by="published", descending=True)
    reader = open_library_reader(path)  # the search thread's read-only connection
    try:
        got = reader.library.library_ids(LibraryFilter(), order_by="published", descending=True)
    finally:
        reader.close()
    assert got == expected


def test_ten_thousand_documents_sort_by_date_quickly(tmp_path: Path) -> None:
    """10,000 documents, one in ten dated in words: well under the 100 ms a sort may take."""
    with Store(tmp_path / "library.sqlite") as store:
        words = ["Spring 2019", "late March", "Q3 2020", "Autumn 2017", "early 2021"]
        dates = [words[n % 5] if n % 10 == 0
                 else f"20{n % 25:02d}-{n % 12 + 1:02d}-{n % 28 + 1:02d}"
                 for n in range(10_000)]
        _insert(store, dates)
        store.library.library_ids(LibraryFilter(), order_by="published")  # warm the cache
        start = time.perf_counter()
        store.library.library_ids(LibraryFilter(), order_by="title")
        by_title = time.perf_counter() - start
        start = time.perf_counter()
        ids = store.library.library_ids(LibraryFilter(), order_by="published", descending=True)
        elapsed = time.perf_counter() - start
        assert len(ids) == 10_000
        print(f"10,000 by date {elapsed * 1000:.0f} ms, by indexed title {by_title * 1000:.0f} ms")
        assert elapsed < 0.25, f"sorting 10,000 by date took {elapsed * 1000:.0f} ms"


def test_the_date_filter_keeps_a_text_date_whose_period_overlaps_the_range(
        tmp_path: Path) -> None:
    """"Spring 2019" passed every "from" bound and failed every "to" bound by its letters."""
    with Store(tmp_path / "library.sqlite") as store:
        _insert(store, DATES)

        def kept(first: str | None, last: str | None) -> set[str | None]:
            chosen = LibraryFilter(published_from=first, published_to=last)
            return set(_dates(store, store.library.library_ids(chosen)))

        assert kept("2019-04-01", "2019-04-30") == {"Spring 2019"}
        assert kept("2019-01-01", "2019-12-31") == {"2019-05-01", "Spring 2019", "Summer 2019"}
        later = kept("2020-01-01", None)  # no text date by its letters, none naming no year
        assert "2020-01-02T10:00:00" in later and not later & {"Spring 2019", "late March"}
        assert kept(None, "2018-12-31") == {"2018-12-31", "Q3 2018"}
        assert store.library.count_library(
            LibraryFilter(published_from="2019-03-01", published_to="2019-06-30")) == 3
