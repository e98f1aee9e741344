"""A library refresh repaints only the rows whose data changed (plus the rows past page one)."""

from __future__ import annotations

from workbench.ui.library.repaint import rows_to_repaint


def _rows(*titles: str) -> list[dict[str, str]]:
    return [{"title": title} for title in titles]


def test_an_unchanged_listing_repaints_nothing() -> None:
    assert rows_to_repaint(_rows("a", "b", "c"), _rows("a", "b", "c"), 3) == (0, -1)


def test_only_the_changed_rows_of_the_first_page_are_repainted() -> None:
    before = _rows("a", "b", "c", "d")
    after = _rows("a", "B", "c", "D")
    assert rows_to_repaint(before, after, 4) == (1, 3)
    assert rows_to_repaint(before, _rows("a", "b", "C", "d"), 4) == (2, 2)


def test_rows_past_the_first_page_are_always_repainted() -> None:
    assert rows_to_repaint(_rows("a", "b"), _rows("a", "b"), 5) == (2, 4)
    assert rows_to_repaint(_rows("a", "b"), _rows("x", "b"), 5) == (0, 4)


def test_a_listing_read_without_its_first_page_is_repainted_whole() -> None:
    assert rows_to_repaint(None, _rows("a"), 3) == (0, 2)
    assert rows_to_repaint(_rows("a"), None, 3) == (0, 2)


def test_a_shorter_listing_repaints_from_the_first_difference() -> None:
    assert rows_to_repaint(_rows("a", "b", "c"), _rows("a", "c"), 2) == (1, 1)
