"""``tags`` lines its colour column up after a path with emoji or accents (README run, stop 54).

Before: the path was padded to 40 code points, so "people/dev 🧑‍💻" (a ZWJ sequence, three code
points shown in two cells) and a wide emoji pushed or pulled its colour off the column.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tests.support import one_article_library
from tests.support import run_cli as run
from workbench.commands.output import cells, padded


def _cells(text: str) -> int:  # as a terminal shows it: a wide character two, a joined one none
    width, joined, last = 0, False, 0
    for char in text:
        if char == "\ufe0f" and last == 1:
            width, last = width + 1, 2
        if joined or unicodedata.combining(char) or char in "\u200d\ufe0f":
            joined = char == "\u200d"
            continue
        last = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        width += last
    return width


@pytest.mark.parametrize(("text", "width"), [
    ("abc", 3), ("dev 🧑‍💻", 6), ("🏳️‍🌈", 2), ("é", 1), ("e\u0301", 1), ("東京", 4)])
def test_cells(text: str, width: int) -> None:
    assert cells(text) == width == _cells(text)
    assert cells(padded(text, 10)) == 10


def test_the_colour_column_lines_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "library.sqlite"
    one_article_library(path, "Dam report", "The dam in Ohio was closed.")
    for tag in ("plain", "people/dev 🧑‍💻", "東京/économie"):
        assert run(path, "tag", "1", tag, "--quiet") == 0
    capsys.readouterr()
    assert run(path, "tags") == 0
    lines = capsys.readouterr().out.splitlines()
    columns = {_cells(line[:line.index("#")]) for line in lines}
    assert columns == {41}
