"""The library table's page cache: bounded, least recently used dropped, each page asked once."""

from __future__ import annotations

from workbench.ui.library.page_cache import PageCache


def test_the_least_recently_used_page_is_dropped_beyond_the_limit() -> None:
    cache = PageCache(max_pages=2)
    cache.keep(0, [{"id": 1}])
    cache.keep(1, [{"id": 2}])
    assert cache.get(0) == [{"id": 1}]  # page 0 is now the most recently used
    cache.keep(2, [{"id": 3}])
    assert 1 not in cache and 0 in cache and len(cache) == 2
    assert list(cache.recent(1)) == [2]


def test_peek_does_not_count_as_use() -> None:
    cache = PageCache(max_pages=2)
    cache.keep(0, [])
    cache.keep(1, [])
    assert cache.peek(0) == []
    cache.keep(2, [])
    assert 0 not in cache


def test_a_page_is_asked_for_once_until_it_is_answered_or_cleared() -> None:
    cache = PageCache()
    assert cache.ask_once(3) and not cache.ask_once(3)
    cache.answered(3)
    assert cache.ask_once(3)
    cache.clear()
    assert cache.ask_once(3) and len(cache) == 0
