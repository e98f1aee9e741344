"""Linking two claims as they are linked already says nothing changed (README run, stop 53).

Before: a second ``link 1 2 --relation supports`` failed, exit 1, "these claims are already
linked", while a second highlight or tag of the same thing says "nothing changed" with exit 0;
a script that linked twice was failed. A different note, or the opposite relation, is still
refused with the link to unlink first.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import run_cli as run
from workbench.core.models import Article
from workbench.store import Store


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article("Dam report", "The dam in Ohio was closed."),
                                    analyze=False)
        store.documents.add_article(Article("Dam news", "Officials closed the Ohio dam."),
                                    analyze=False)
        store.claims.add_claim(1, 4, 27)
        store.claims.add_claim(2, 0, 30)
    return path


def test_the_same_link_again_changes_nothing(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(library, "link", "1", "2", "--relation", "same", "--note", "one dam 🏞️") == 0
    assert capsys.readouterr().out == "Created link 1: claim 1 is the same claim as claim 2.\n"
    assert run(library, "link", "2", "1", "--relation", "same") == 0  # "same" reads both ways
    assert capsys.readouterr().out == ("Claim 2 is the same claim as claim 1 already (link 1);"
                                       " nothing changed.\n")
    assert run(library, "link", "1", "2", "--relation", "same", "--json") == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["id"], record["note"]) == (1, "one dam 🏞️")
    assert run(library, "link", "1", "2", "--relation", "same", "--note", "other") == 1
    assert run(library, "link", "1", "2", "--relation", "contradicts") == 1
    assert "unlink 1 first" in capsys.readouterr().err
    assert run(library, "undo") == 0
    assert "Link claims" in capsys.readouterr().out  # the one link made is the latest step
    with Store(library) as store:
        assert store.claims.all_links() == []
