"""`workbench list` shows a source whole when it fits a sensible column.

Found on a working day: every Wikinews article was listed from "en.wikinews.o…", cut one
character short by a 14-character column.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.models import Article
from workbench.store import Store


def _library(path: Path, sources: list[str]) -> None:
    store = Store(path)
    for number, source in enumerate(sources):
        store.documents.add_article(Article(title=f"Report {number}", text=f"Text {number}.",
                                            source=source, published="2020-01-05"))
    store.close()


def test_a_source_a_little_longer_than_fourteen_characters_is_listed_whole(
        library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _library(library_path, ["en.wikinews.org", "BBC"])
    assert run_cli(library_path, "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert "en.wikinews.org  Report 0" in lines[0]
    assert lines[1].index("Report 1") == lines[0].index("Report 0")  # one column for both


def test_a_very_long_source_is_still_cut(
        library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long = "The International Herald of Everything Newsworthy"
    _library(library_path, [long])
    assert run_cli(library_path, "list") == 0
    out = capsys.readouterr().out
    assert long not in out and "…" in out
