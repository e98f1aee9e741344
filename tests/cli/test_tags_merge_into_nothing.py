"""``tags merge SRC DST`` needs an existing DST (attack round 15).

Before: merging into a tag nobody had made renamed SRC in all but name: its documents moved
to a new tag with another colour, exit 0 ("Merged tag health/who into nosuch."), so a typo for
the tag meant (``sanctoins``) made a new one. Now it is refused and names the rename.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import one_article_library, tag_paths
from tests.support import run_cli as run


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = one_article_library(tmp_path / "library.sqlite", "Dam report", "The dam was closed.")
    assert run(path, "tag", "1", "health/who", "--quiet") == 0
    assert run(path, "tag", "1", "sanctions", "--quiet") == 0
    return path



def test_merging_into_a_tag_that_is_not_there_is_refused(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tag_paths(library, capsys)
    assert run(library, "tags", "merge", "health/who", "sanctoins") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no tag 'sanctoins' to merge 'health/who' into" in err
    assert "renam" in err
    assert run(library, "tags", "merge", "health/who", "health/nosuch") == 1
    assert tag_paths(library, capsys) == before


def test_merging_into_an_existing_tag_in_another_case_still_merges(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(library, "tags", "merge", "health/who", "SANCTIONS") == 0
    assert capsys.readouterr().out == "Merged tag health/who into sanctions.\n"
    assert tag_paths(library, capsys) == ["health", "sanctions"]
