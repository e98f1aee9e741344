"""Dates and timestamps are shown through ``ui/widgets/dates.py``, never sliced by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ui.inspector.details import detail_text
from workbench.ui.widgets.dates import (
    DATE_UNKNOWN,
    NO_DATE_MARK,
    date_or_unknown,
    date_tooltip,
    short_date,
    short_timestamp,
)

UI = Path(__file__).resolve().parents[2] / "workbench" / "ui"


@pytest.mark.parametrize(("stored", "shown"), [
    ("2024-03-05T14:07:59.123+00:00", "2024-03-05 14:07"),
    ("2024-03-05", "2024-03-05"),
    (None, NO_DATE_MARK),
    ("", NO_DATE_MARK),
])
def test_short_timestamp(stored, shown):
    assert short_timestamp(stored) == shown


@pytest.mark.parametrize(("stored", "shown"), [
    ("2024-03-05T14:07:59", "2024-03-05"), (None, DATE_UNKNOWN), ("", DATE_UNKNOWN),
    ("Spring 2019", "Spring 2019"), ("10000-01-01", "10000-01-01")])  # text dates whole
def test_date_or_unknown(stored, shown):
    assert date_or_unknown(stored) == shown
    assert short_date(stored) == (shown if stored else NO_DATE_MARK)


@pytest.mark.parametrize(("stored", "tip"), [
    (None, DATE_UNKNOWN), ("  ", DATE_UNKNOWN), ("2024-03-05", None), ("10000-01-01", None),
    ("2024-03-05T14:07:59", None),
    ("late March", "“late March”, as the source gave it: it names no day")])
def test_a_date_cell_explains_a_missing_date_and_one_kept_in_words(stored, tip):
    assert date_tooltip(stored) == tip


def test_the_import_time_reads_in_minutes_and_utc():
    assert detail_text("imported_at", "2024-03-05T14:07:59+00:00") == "2024-03-05 14:07 UTC"
    assert detail_text("imported_at", "2024-03-05T14:07:59+02:00") == "2024-03-05T14:07:59+02:00"


@pytest.mark.parametrize("path", sorted(p for p in UI.rglob("*.py") if p.name != "dates.py"),
                         ids=lambda p: str(p.relative_to(UI)))
def test_no_view_slices_a_date_itself(path: Path) -> None:
    """Four views cut "[:10]" or "[:16]" themselves; a missing date then read differently."""
    text = path.read_text(encoding="utf-8")
    assert "[:10]" not in text and "[:16]" not in text, "use workbench.ui.widgets.dates"
