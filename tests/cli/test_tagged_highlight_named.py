"""A highlight made to carry a tag is named as the tagging it was (README run, stop 54).

Before: the reader's Tag Selection… on unmarked words (and ``annotate --tag``, ``tag DOC TAG
--quote``) recorded "Highlight “Freedom Plaza”", so the status bar said "Done: Highlight" for a
tagging and Edit → Undo never named the tag; a tag added to a span's existing mark said
"Tag span … with …". Both now read so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import one_article_library
from tests.support import run_cli as run


def test_tagging_unmarked_words_is_named_as_tagging(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "library.sqlite"
    one_article_library(path, "Rally report", "Crowds gathered at Freedom Plaza on Saturday.")
    assert run(path, "tag", "1", "place/dc", "--quote", "Freedom Plaza") == 0
    capsys.readouterr()
    assert run(path, "undo") == 0
    assert capsys.readouterr().out == "Undid Tag span “Freedom Plaza” with place/dc\n"


def test_a_plain_highlight_keeps_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "library.sqlite"
    one_article_library(path, "Rally report", "Crowds gathered at Freedom Plaza on Saturday.")
    assert run(path, "annotate", "1", "--quote", "Freedom Plaza") == 0
    capsys.readouterr()
    assert run(path, "undo") == 0
    assert capsys.readouterr().out == "Undid Highlight “Freedom Plaza”\n"
