"""``show`` prints a document's tags and each mark's tags and note (README run, stop 53).

Before: after ``tag DOC TAG`` and ``annotate --note``, ``show`` listed "[note] <passage>" with
neither the note nor any tag, so an analyst reading the document back could not see what
they had written or how it was filed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import one_article_library
from tests.support import run_cli as run


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return one_article_library(tmp_path / "library.sqlite", 'Officer shot',
                               'The sergeant was later pronounced dead in hospital.')


def test_show_lists_tags_and_the_note_on_one_line(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(library, "tag", "1", "region/London") == 0
    assert run(library, "annotate", "1", "--quote", "was later pronounced dead", "--tag",
               "topic/police 🚓", "--note", "Confirmed by 🚓 Met.\r\nSecond line\x1b[2J") == 0
    capsys.readouterr()
    assert run(library, "show", "1") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1] == "Tags: region/London"
    marks = out.split("\nAnnotations:\n", 1)[1].splitlines()
    assert marks == [
        "      1 [note] was later pronounced dead — unknown author",
        "        tags: topic/police 🚓",
        "        note: Confirmed by 🚓 Met. Second line\\u001b[2J",
    ]
