"""timeline.md's headings name the period its items fall in, in words an analyst reads right.

A sentence about "the 13th century" sat under "## 1200" as if it were that
year; decades and centuries get their own heading ("1990s", "1200s (century)").
Counts are worded in the singular or plural, never "item(s)".
"""

from __future__ import annotations

from workbench.core.time_spans import parse_value
from workbench.core.timeline_records import TimelineItem
from workbench.export.markdown_links import NoteLinks
from workbench.export.timeline_export import render_timeline


def _item(value: str, text: str) -> TimelineItem:
    return TimelineItem(kind="sentence", text=text, document_id=1, document_title="Town history",
                        start=0, end=len(text), sentence_start=0, sentence_end=len(text),
                        when=parse_value(value), date_value=value)


def _headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("## ")]


def test_centuries_and_decades_are_headed_as_periods() -> None:
    items = [_item("12", "The bridge dates to the 13th century."),
             _item("199", "The mill closed in the 1990s."),
             _item("1994", "The mill closed in 1994."),
             _item("1994-05-02", "The museum opened on 2 May 1994.")]
    text = render_timeline(items, [], NoteLinks({1: "Town history"}))
    assert _headings(text) == ["## 1200s (century)", "## 1990s", "## 1994"]


def test_counts_are_worded_in_the_singular_and_plural() -> None:
    text = render_timeline([_item("1994", "The mill closed in 1994.")], [],
                           NoteLinks({1: "Town history"}))
    assert "*1 dated item from 1 document · 0 undated*" in text
