"""``since_problem``: the one check of a bundle's ``--since`` (CLI, dialog and operation)."""

from __future__ import annotations

import pytest

from workbench.operations.exporting import since_problem


@pytest.mark.parametrize("text", ["2026-03-01", " 2026-03-01T14:30+02:00 ", "2026-03-01T12:30Z"])
def test_a_past_date_or_time_is_no_problem(text: str) -> None:
    assert since_problem(text) is None


@pytest.mark.parametrize(("text", "words", "future"), [
    ("yesterday", "--since takes a date (2026-03-01)", False),
    ("2026-02-30", "--since takes a date", False),
    ("0001-01-01T00:00+01:00", "--since 0001-01-01T00:00+01:00 is outside the years", False),
    ("2999-01-01", "--since 2999-01-01 is in the future (it is now 20", True),
])  # fmt: skip
def test_garbage_a_date_off_the_calendar_and_the_future_are_named(
    text: str, words: str, future: bool
) -> None:
    problem = since_problem(text)
    assert problem is not None and problem.message.startswith(words)
    assert problem.future is future
