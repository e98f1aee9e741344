"""``workbench diff`` between versions with the same title and text says so.

Why: ``diff DOC --from 1 --to 1`` printed nothing at all with exit 0, which reads as a
command that did nothing; stdout stays empty (a diff of nothing), the sentence is on stderr.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.models import Article
from workbench.store import Store


def test_the_same_version_twice_is_said_to_be_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article(title="Vote", text="The vote is close."))
        store.versions.replace_document_text(1, "The vote is closer.")
    assert main(["--db", str(path), "diff", "1", "--from", "2", "--to", "2"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "versions 2 and 2 of document 1 have the same title and text\n"
    assert main(["--db", str(path), "diff", "1"]) == 0
    assert "+The vote is closer." in capsys.readouterr().out
