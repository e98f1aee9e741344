"""A value refused as too long is echoed the same way by every option: its start, then "…",
inside the quotes.

Why: `update --title` printed `got 'TTT…'…` style echoes with the ellipsis outside the
quotes while `tag` put it inside, so the two refusals of one rule read differently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_cli as run


@pytest.mark.parametrize("argv", [
    ["update", "1", "v2.txt", "--title", "T" * 1200],
    ["tag", "1", "t" * 600],
    ["ach", "new", "Q" * 600],
])
def test_a_long_refused_value_ends_its_echo_with_an_ellipsis_inside_the_quotes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert run(tmp_path / "library.sqlite", *argv) == 2
    err = capsys.readouterr().err
    assert "…'" in err and "'…" not in err


def test_the_echo_of_a_long_refused_title_never_ends_inside_a_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A cut by code points at the 60th left one regional indicator, a letter symbol alone."""
    flag = "\U0001F1EB\U0001F1F7"  # the French flag: two code points, one character as read
    title = "x" * 59 + flag * 600
    assert run(tmp_path / "library.sqlite", "update", "1", "v2.txt", "--title", title) == 2
    echoed = capsys.readouterr().err.split("got '", 1)[1].split("…'", 1)[0]
    assert echoed == "x" * 59
