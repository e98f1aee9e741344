"""Adding an alias an entity has already says that nothing changed (attack run, stop 40).

Before: the second ``entity alias Paris "City of Light"`` printed "Added alias …"
though nothing was added and no undo step made, so ``undo`` then undid an older action.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.store import Store


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


def test_an_alias_that_is_another_entitys_name_is_refused_naming_it_and_the_merge(
    paris_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by attack round 9: Syria took the alias "iraq" while Iraq existed (a rename to
    it was refused), and then `entity show Iraq` opened Syria."""
    with Store(paris_db) as store, store.db.conn:
        store.db.execute("INSERT INTO entities (name, name_key, label)"
                         " VALUES ('Lyon', 'lyon', 'GPE')")
    assert main(["--db", str(paris_db), "entity", "alias", "Paris", "lyon"]) == 1
    err = capsys.readouterr().err
    assert "'lyon' is the name of entity 2 ('Lyon', GPE)" in err
    assert "workbench entity merge 2 1" in err
    with Store(paris_db) as store:
        assert store.entities.entity_aliases([1]).get(1, []) == []
    assert main(["--db", str(paris_db), "entity", "alias", "Paris", "paris"]) == 0  # its own name


def _two_places(db: Path) -> None:
    """Lyon (2) and Syria (3), GPE beside Paris (1); Syria answers to 'Levant' too."""
    with Store(db) as store:
        with store.db.conn:
            for name in ("Lyon", "Syria"):
                store.db.execute("INSERT INTO entities (name, name_key, label)"
                                 " VALUES (?, ?, 'GPE')", [name, name.lower()])
        store.entities.add_entity_alias(3, "Levant")


def test_an_alias_another_entity_answers_to_is_refused(
    paris_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Attack run 10: 'levant' was given to Paris though Syria (same type) had it as an
    alias: `entity show levant` opened Syria, and spelt as Syria's ("Levant") the alias
    moved Syria's rule, so the model's "Levant" went to the other entity, silently."""
    _two_places(paris_db)
    for spelling in ("levant", "Levant"):
        assert main(["--db", str(paris_db), "entity", "alias", "Paris", spelling]) == 1
        err = capsys.readouterr().err
        assert f"{spelling!r} is another name of entity 3 ('Syria', GPE)" in err, err
        assert "workbench entity merge 3 1" in err and len(err.splitlines()) == 1
    with Store(paris_db) as store:
        assert store.entities.entity_aliases([1]).get(1, []) == []
        assert store.db.execute("SELECT entity_id FROM entity_rules WHERE name = 'Levant'"
                                " AND label = 'GPE'").fetchone()[0] == 3
        assert store.entities.find_entity_id("levant") == 3


def test_a_rename_to_another_entitys_alias_is_refused(
    paris_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Lyon renamed "Levant" while Syria answered to it: two entities of one type by one name."""
    _two_places(paris_db)
    assert main(["--db", str(paris_db), "entity", "rename", "Lyon", "LEVANT"]) == 1
    assert "'LEVANT' is another name of entity 3 ('Syria', GPE)" in capsys.readouterr().err
    assert main(["--db", str(paris_db), "entity", "rename", "Syria", "Levant"]) == 0  # its own
    with Store(paris_db) as store:
        assert store.entities.get_entity(2)["name"] == "Lyon"


def test_an_added_alias_is_named_as_stored(
    paris_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Attack run 19: a pasted right-to-left override was dropped from the stored alias
    but echoed back ("Added alias 'Ville\\u202e Lumière'"), so the message and the
    entity page named two different aliases."""
    assert main(["--db", str(paris_db), "entity", "alias", "Paris", "Ville\u202e Lumière"]) == 0
    assert "Added alias 'Ville Lumière' to entity 1" in capsys.readouterr().out
    with Store(paris_db) as store:
        assert store.entities.entity_aliases([1])[1] == ["Ville Lumière"]
