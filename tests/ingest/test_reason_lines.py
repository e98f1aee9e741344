"""Import error reasons are shortened by the one rule (``core.text.shorten``)."""

from __future__ import annotations

from workbench.ingest.errors import MAX_REASON_CHARS, IngestError, one_line
from workbench.ingest.json_checks import shown

WORDS = "the feed's item carries no title and no link that could name it " * 10


def test_a_long_reason_is_cut_after_a_whole_word() -> None:
    """It cut mid-word ("na…"), as one of several hand-written copies of the rule did."""
    reason = one_line(WORDS)
    assert len(reason) <= MAX_REASON_CHARS and reason.endswith("…")
    assert WORDS.startswith(reason[:-1]) and WORDS[len(reason) - 1] == " "
    assert str(IngestError(WORDS)) == reason


def test_a_reason_becomes_one_line() -> None:
    assert one_line("bad\n  header\tline") == "bad header line"


def test_a_long_value_is_quoted_short() -> None:
    quoted = shown(WORDS)
    assert quoted.startswith("\"the feed's") and quoted.endswith("…") and len(quoted) <= 60
