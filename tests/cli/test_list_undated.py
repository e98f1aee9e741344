"""``list`` marks a document with no date "–", as the library's Date column does (stop 54).

Before: the date column was blank, so the seed article's row read "1    Cnews Live  US State…"
with the source where the date stands and ``awk '{print $2}'`` took the source for a date.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_cli as run
from workbench.core.models import Article
from workbench.store import Store


def test_an_undated_document_is_marked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article("No date", "Text one.", source="Wire"), analyze=False)
        store.documents.add_article(Article("Dated", "Text two.", source="Wire",
                                            published="2020-02-14"), analyze=False)
    assert run(path, "list") == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert [row[:3] for row in rows] == [["1", "–", "Wire"], ["2", "2020-02-14", "Wire"]]
