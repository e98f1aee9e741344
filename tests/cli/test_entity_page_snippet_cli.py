"""``entity show`` lists each document with the words around the mention, as the page does.

Before: the command listed titles only, and the JSON's snippet began 80
characters before the mention, with no way to tell where the mention was.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.models import Article
from workbench.store import Store

TEXT = ("A long opening about the weather, the markets, the roads and the trains 😀 that "
        "runs on for a while, until at last the minister Annalena Baerbock told reporters "
        "in Kyiv that aid would continue for as long as it takes, whatever it costs.")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article(title="Aid", text=TEXT), analyze=False)
        start = TEXT.index("Annalena")
        store.entities.create_entity_mention(1, start, start + 17, "Annalena Baerbock",
                                             "PERSON")
    return path


def test_the_listing_marks_the_mention_in_its_words(db: Path, capsys) -> None:
    assert run_cli(db, "entity", "show", "Annalena Baerbock") == 0
    out = capsys.readouterr().out
    assert ("… until at last the minister [Annalena Baerbock] told reporters in Kyiv that aid "
            "would continue …") in out


def test_the_json_gives_the_snippet_and_the_mention_in_it(db: Path, capsys) -> None:
    assert run_cli(db, "entity", "show", "Annalena Baerbock", "--json") == 0
    document = json.loads(capsys.readouterr().out)["documents"][0]
    start, end = document["snippet_mark"]
    assert document["snippet"][start:end] == "Annalena Baerbock"
    assert "opening" not in document["snippet"]


def test_no_entity_seen_with_it_says_so(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Attack run 22: the line read "Seen with: " and stopped, as if cut off."""
    assert run_cli(db, "entity", "show", "Annalena Baerbock") == 0
    assert "\nSeen with: -\n" in capsys.readouterr().out
