"""Tagging a document with a tag it has already says that nothing changed (README run, stop 52).

Before: the second ``tag 1 people/ana`` (or ``People/ANA``, the same tag) printed "Tagged
document 1 … with people/ana." though nothing was written and no undo step made, so an
``undo`` then undid an older action than the analyst thought.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import one_article_library
from tests.support import run_cli as run
from workbench.store import Store


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return one_article_library(tmp_path / "library.sqlite", 'Dam report',
                               'The dam in Ohio was closed.')


def test_a_second_tag_of_a_document_says_nothing_changed(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(library, "tag", "1", "people/ana") == 0
    assert capsys.readouterr().out.startswith("Tagged document 1 ")
    assert run(library, "tag", "1", "People/ANA") == 0
    out = capsys.readouterr().out
    assert out == "Document 1 'Dam report' is tagged people/ana already; nothing changed.\n"
    assert run(library, "tag", "1", "people/ana", "--json") == 0  # the record as before
    assert '"tag": "people/ana"' in capsys.readouterr().out
    assert run(library, "undo") == 0
    assert "Tag document" in capsys.readouterr().out  # the first tagging is the latest step
    with Store(library) as store:
        assert store.tags.document_tags(1) == []
