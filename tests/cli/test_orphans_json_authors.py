"""``orphans --json`` names who made each orphan and who tagged it (README run, stop 53).

Before: the orphan records came from a query without the authors' join, so every orphan's
``author_name`` was null beside its ``author_id`` and ``tag_authorship`` was empty beside its
``tags``, while ``annotate --json``, ``show --json`` and the JSON export named them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import one_article_library
from tests.support import run_cli as run


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return one_article_library(tmp_path / "library.sqlite", 'Officer shot',
                               'The sergeant was later pronounced dead in hospital.')


def test_an_orphan_keeps_its_author_and_its_tags_authors(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(library, "--author", "Ana", "annotate", "1", "--quote", "was later pronounced dead",
               "--tag", "topic/police 🚓", "--note", "line one\r\nline two") == 0
    changed = tmp_path / "v2.txt"
    changed.write_text("Officer shot\n\nThe sergeant died in hospital.", encoding="utf-8")
    assert run(library, "update", "1", str(changed), "--no-analyze") == 0
    capsys.readouterr()
    assert run(library, "orphans", "--json") == 0
    [orphan] = json.loads(capsys.readouterr().out)
    assert orphan["status"] == "orphaned"
    assert orphan["author_name"] == "Ana"
    assert orphan["tags"] == ["topic/police 🚓"]
    assert [mark["path"] for mark in orphan["tag_authorship"]] == ["topic/police 🚓"]
    assert orphan["tag_authorship"][0]["author_id"] == orphan["author_id"]
    assert orphan["document_title"] == "Officer shot"
