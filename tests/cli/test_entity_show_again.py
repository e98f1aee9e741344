"""An entity hidden by mistake comes back by its name (outside attack run 7).

Before: ``entity hide Paris`` then ``entity show-again Paris`` said "no entity
named 'Paris'": names were looked up among visible entities only, so the
entity could only be brought back by its id.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.store import Store


def _hidden(db: Path) -> int:
    with Store(db) as store:
        row = store.db.execute("SELECT hidden FROM entities WHERE name = 'Paris'").fetchone()
        return int(row[0])


def test_show_again_finds_a_hidden_entity_by_name(
    paris_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(paris_db), "entity", "hide", "Paris"]) == 0
    assert _hidden(paris_db) == 1
    assert main(["--db", str(paris_db), "entity", "show-again", "paris"]) == 0
    assert _hidden(paris_db) == 0
    assert "Showed again entity" in capsys.readouterr().out


def test_other_curation_still_ignores_hidden_entities(
    paris_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(paris_db), "entity", "hide", "Paris"]) == 0
    assert main(["--db", str(paris_db), "entity", "rename", "Paris", "Lutetia"]) == 1
    assert "no entity named 'Paris'" in capsys.readouterr().err


def test_renaming_an_entity_to_its_own_name_says_nothing_changed(
    paris_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``entity rename Paris Paris`` said "Renamed" and left an undo step that undid nothing."""
    assert main(["--db", str(paris_db), "entity", "rename", "Paris", "Paris"]) == 0
    assert "has this name already; nothing changed" in capsys.readouterr().out
    assert main(["--db", str(paris_db), "undo"]) == 1  # nothing to undo
    capsys.readouterr()
