"""A claim given its own status again, with no note, says nothing changed (README run, stop 53).

Before: a second ``claim-status 1 disputed`` printed "Claim 1 is now disputed.", added a
history line "disputed" with no note and an undo step, so ``undo`` seemed to do nothing and the
Markdown export listed the status twice. With a note the line is kept: the note is news.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import one_article_library
from tests.support import run_cli as run
from workbench.store import Store


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    one_article_library(path, "Dam report", "The dam in Ohio was closed.")
    with Store(path) as store:
        store.claims.add_claim(1, 4, 27)
    return path


def _history(library: Path, capsys: pytest.CaptureFixture[str]) -> list[tuple[str, str | None]]:
    assert run(library, "claims", "--json") == 0
    [claim] = json.loads(capsys.readouterr().out)
    return [(change["status"], change["note"]) for change in claim["history"]]


def test_the_same_status_again_changes_nothing(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(library, "claim-status", "1", "disputed") == 0
    assert capsys.readouterr().out == "Claim 1 is now disputed.\n"
    assert run(library, "claim-status", "1", "disputed") == 0
    assert capsys.readouterr().out == "Claim 1 is disputed already; nothing changed.\n"
    assert run(library, "claim-status", "1", "disputed", "--json") == 0
    assert json.loads(capsys.readouterr().out)["status"] == "disputed"
    assert _history(library, capsys) == [("unverified", "created"), ("disputed", None)]
    assert run(library, "undo") == 0  # the one status change, not a blank one
    assert "as disputed" in capsys.readouterr().out
    assert _history(library, capsys) == [("unverified", "created")]


def test_the_same_status_with_a_note_is_recorded(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(library, "claim-status", "1", "unverified", "--note", "AP has not confirmed") == 0
    assert capsys.readouterr().out == "Claim 1 is now unverified.\n"
    assert _history(library, capsys)[-1] == ("unverified", "AP has not confirmed")
