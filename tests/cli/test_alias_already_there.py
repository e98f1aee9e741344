"""Adding an alias an entity has already says that nothing changed (attack run, stop 40).

Before: the second ``entity alias Paris "City of Light"`` printed "Added alias …"
though nothing was added and no undo step made, so ``undo`` then undid an older action.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main


def test_a_second_alias_add_says_nothing_changed(
    paris_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(paris_db), "entity", "alias", "Paris", "City of Light"]) == 0
    assert "Added alias 'City of Light'" in capsys.readouterr().out
    assert main(["--db", str(paris_db), "entity", "alias", "Paris", "City  of Light"]) == 0
    out = capsys.readouterr().out
    assert "has alias 'City of Light' already; nothing changed" in out
    assert "Added" not in out
    assert main(["--db", str(paris_db), "undo"]) == 0
    assert "Add alias" in capsys.readouterr().out  # the first add is still the latest step
