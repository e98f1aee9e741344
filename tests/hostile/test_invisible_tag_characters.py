"""A tag typed with invisible characters is the tag it shows as (attack round 15).

Before: ``tag 2 "a\\u200b"`` (a zero-width space after the a) made a second tag that listed
as ``a`` beside the real ``a``, and ``evil\\u202egnp.exe`` stored a right-to-left override
that shows it as "evilexe.png". They are left out of a tag made or renamed to; a tag an
older library already holds with them is still found as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import one_article_library, tag_paths
from tests.support import run_cli as run
from workbench.core.labels import label_key
from workbench.store import Store


def test_invisible_and_direction_characters_are_left_out_of_a_new_tag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = one_article_library(tmp_path / "library.sqlite", "Dam report", "The dam.")
    assert run(library, "tag", "1", "a", "--quiet") == 0
    assert run(library, "tag", "1", "a\u200b", "--quiet") == 0
    assert run(library, "tag", "1", "\ufeffa\u2060", "--quiet") == 0
    assert run(library, "tag", "1", "evil\u202egnp.exe", "--quiet") == 0
    assert run(library, "tag", "1", "x\u200dy", "--quiet") == 0  # a joiner is spelling
    for hidden in ("\u200e", "\u200f", "\u061c", "\u00ad", "\u2061"):  # review, stop 54
        assert run(library, "tag", "1", f"a{hidden}", "--quiet") == 0
    assert tag_paths(library, capsys) == ["a", "evilgnp.exe", "x\u200dy"]
    assert run(library, "tags", "rename", "a", "b\u2067c", "--quiet") == 0
    assert tag_paths(library, capsys) == ["bc", "evilgnp.exe", "x\u200dy"]
    assert run(library, "tag", "1", "\u200b") == 2  # nothing visible left: no name


def test_a_tag_an_older_library_holds_with_one_is_still_reached(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = one_article_library(tmp_path / "library.sqlite", "Dam report", "The dam.")
    with Store(library) as store:
        with store.db.atomic():  # as an older library holds it: written before the rule
            store.db.execute("INSERT INTO tags(path, path_key, color) VALUES (?, ?, ?)",
                             ["old\u200b", label_key("old\u200b"), "#112233"])
    assert run(library, "tags", "delete", "old\u200b", "--quiet") == 0
    assert tag_paths(library, capsys) == []
