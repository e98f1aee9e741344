"""A note given the text it holds already says nothing changed (README run, stop 54).

Before: ``note 1 "same text"`` twice printed "Changed the note of annotation 1." both times
and recorded two undo steps, so the first ``undo`` seemed to do nothing; ``note CLAIM ""`` on a
claim with no note said "Changed" too. The same text is now no change and no undo step, as
``claim-status`` to the status a claim has.
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
        store.annotations.add_annotation(1, 4, 7, note_md="first 🔥")
    return path


def test_the_same_note_again_changes_nothing(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(library, "note", "1", "second\r\nline 🙂") == 0
    assert capsys.readouterr().out == "Changed the note of annotation 1.\n"
    assert run(library, "note", "1", "second\r\nline 🙂") == 0
    assert capsys.readouterr().out == "Annotation 1 has this note already; nothing changed.\n"
    assert run(library, "note", "1", "second\r\nline 🙂", "--json") == 0
    assert json.loads(capsys.readouterr().out)["note"] == "second\r\nline 🙂"
    assert run(library, "undo") == 0  # the one edit, back to the first note
    capsys.readouterr()
    with Store(library) as store:
        assert store.annotations.get_annotation(1).note_md == "first 🔥"


def test_an_empty_note_on_a_claim_without_one_changes_nothing(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store(library) as store:
        claim_id, _ = store.claims.add_claim(1, 12, 16)
    assert run(library, "note", str(claim_id), "") == 0
    assert "nothing changed" in capsys.readouterr().out
    assert run(library, "undo") == 0  # the claim itself, not a blank note edit
    assert "claim" in capsys.readouterr().out.lower()
    with Store(library) as store:
        assert store.claims.list_claims() == []
