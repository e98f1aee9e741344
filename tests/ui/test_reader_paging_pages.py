"""Page maps of long texts (pure Python): cuts, lookups, labels and the whole-text find."""

from __future__ import annotations

from workbench.ui.reader.paging import (
    PAGE_LIMIT,
    PAGE_TARGET,
    PAGED_THRESHOLD,
    Pages,
    find_all,
    is_paged,
    page_starts,
)


def _paragraphs(count: int, size: int = 1000) -> str:
    return "\n\n".join(f"{n:06d} " + "x" * (size - 7) for n in range(count))


def test_pages_start_after_a_blank_line_and_cover_the_text() -> None:
    text = _paragraphs(700)
    starts = page_starts(text)
    ends = [*starts[1:], len(text)]
    assert len(starts) > 3
    for start, end in zip(starts, ends, strict=True):
        assert end - start <= PAGE_LIMIT
        assert start == 0 or text[start - 2:start] == "\n\n"
    assert all(end - start >= PAGE_TARGET for start, end in zip(starts[:-1], ends[:-1],
                                                                   strict=True))


def test_a_text_without_blank_lines_is_cut_at_a_line_break_then_a_space_then_anywhere() -> None:
    lines = "\n".join("y" * 999 for _ in range(400))
    assert all(lines[s - 1] == "\n" for s in page_starts(lines)[1:])
    words = " ".join("z" * 99 for _ in range(4000))
    assert all(words[s - 1] == " " for s in page_starts(words)[1:])
    solid = "w" * (3 * PAGE_LIMIT)
    assert page_starts(solid) == [0, PAGE_LIMIT, 2 * PAGE_LIMIT]


def test_page_lookup_bounds_and_labels() -> None:
    text = _paragraphs(700)
    pages = Pages.of(text, words=1400)
    last = pages.count - 1
    assert pages.page_of(0) == 0
    assert pages.page_of(pages.starts[1]) == 1 and pages.page_of(pages.starts[1] - 1) == 0
    assert pages.page_of(len(text)) == last
    assert pages.bounds(last)[1] == len(text) and pages.bounds(99) == pages.bounds(last)
    assert pages.label(2) == f"Page 3 of {pages.count}"
    assert pages.words_label(0).startswith("words ≈ 1–") and "of 1,400" in pages.words_label(0)
    assert pages.words_label(last).split("–")[1].startswith("1,400 ")


def test_only_texts_over_the_threshold_are_paged() -> None:
    assert not is_paged("a" * PAGED_THRESHOLD)
    assert is_paged("a" * (PAGED_THRESHOLD + 1))
    assert page_starts("short text") == [0]


def test_find_all_ignores_case_keeps_offsets_and_stops_at_the_limit() -> None:
    text = "Straße STRASSE 😀 straße. a.b a+b"
    assert find_all(text, "straße") == [(0, 6), (17, 23)]
    plus = text.index("a+b")
    assert find_all(text, "a+b") == [(plus, plus + 3)]  # taken literally, not as a pattern
    assert find_all("ab" * 50, "AB", limit=7) == [(n * 2, n * 2 + 2) for n in range(7)]
    assert find_all(text, "") == []
