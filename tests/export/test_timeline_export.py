"""timeline.md and timeline.csv: chronological, linked to claim anchors and notes, safe text."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from tests.timeline_support import build_library
from workbench.core.timeline import build_timeline
from workbench.core.timeline_records import DatedMention, SourceMark, TimelineDocument
from workbench.export.markdown_links import NoteLinks
from workbench.export.timeline_export import render_timeline, timeline_csv
from workbench.operations.exporting import ExportRequest, run_export

# "said on": a claim is dated when it was said (``core.said_when``), here that date.
EVIL = "=HYPERLINK(\"x\") <script>x</script> said on 2023-09-13"


def _timeline():
    doc = TimelineDocument(
        id=3, title="<b>Title</b>", text=EVIL, published="2023-09-14",
        dated_mentions=(DatedMention(len(EVIL) - 10, len(EVIL), "2023-09-13", "2023-09-13"),),
        marks=(SourceMark("claim", 12, 0, 16, EVIL[:16], status="unverified"),),
    )
    return build_timeline([doc, TimelineDocument(id=4, title="None", text="No date.")],
                          dt.date(2024, 1, 1))


def test_markdown_links_claims_to_their_anchor_and_escapes_text():
    timeline = _timeline()
    text = render_timeline(timeline.items, timeline.undated, NoteLinks({3: "title", 4: "none"}))
    assert "## 2023" in text
    assert "(title.md#claim-12)" in text
    assert "<script>" not in text and "<b>" not in text
    assert "## Undated" in text and "no publication date" in text
    wiki = render_timeline(timeline.items, timeline.undated, NoteLinks({3: "title"}, True))
    assert "[[title#^claim-12|" in wiki


def test_csv_rows_are_in_date_order_and_formula_safe():
    timeline = _timeline()
    rows = list(csv.DictReader(io.StringIO(timeline_csv(timeline.items, timeline.undated))))
    assert [r["date"] for r in rows] == ["2023-09-13", ""]
    assert rows[0]["kind"] == "claim" and rows[0]["text"].startswith("'=")
    assert rows[1]["kind"] == "document" and "no publication date" in rows[1]["reason"]


def test_markdown_and_csv_exports_write_the_timeline(store, tmp_path: Path):
    build_library(store)
    run_export(store, ExportRequest("markdown", tmp_path / "notes"))
    markdown = (tmp_path / "notes" / "timeline.md").read_text(encoding="utf-8")
    dates = [line.split("**")[1] for line in markdown.splitlines() if line.startswith("- **")]
    # 7: "Moscow answered the warning on September 15" is a claim at its article's date
    # (what it talks about is not when it was said) and its sentence an item at the 15th
    assert dates == sorted(dates) and len(dates) == 7
    assert "Summit.md#claim-1" in markdown
    run_export(store, ExportRequest("csv", tmp_path / "tables"))
    table = (tmp_path / "tables" / "timeline.csv").read_text(encoding="utf-8")
    assert table.startswith("date,until,precision") and "document date (fallback)" in table


def test_an_undated_document_is_named_once_and_not_signed_by_the_extractor():
    """"Document: [None](none.md) — None — *…* · *automatic (spaCy extraction)*": the title
    twice, and the imported article itself credited to spaCy."""
    timeline = _timeline()
    text = render_timeline(timeline.items, timeline.undated, NoteLinks({3: "title", 4: "none"}))
    (line,) = [row for row in text.splitlines() if row.startswith("- Document:")]
    assert line == "- Document: [None](none.md) — *the document has no publication date*"
    rows = list(csv.DictReader(io.StringIO(timeline_csv(timeline.items, timeline.undated))))
    assert rows[1]["kind"] == "document" and rows[1]["author"] == ""
