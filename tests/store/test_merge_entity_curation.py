"""Entity curation travels in a merge: hidden flags and entity notes, compared like any edit."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.store.merge_fixtures import ALICE, BOB, build_shared
from workbench.store import Store


def _copies(tmp_path: Path) -> tuple[Path, Path]:
    """Alice's library with an extracted entity, and Bob's copy of it."""
    alice, bob = tmp_path / "alice.sqlite", tmp_path / "bob.sqlite"
    build_shared(alice)
    with Store(alice) as store:
        store.db.execute("INSERT INTO entities (name, label) VALUES ('Charité', 'ORG')")
        store.db.conn.commit()
    shutil.copy(alice, bob)
    return alice, bob


def _entity(store: Store, name: str = "Charité") -> tuple[int, int, str | None]:
    found = store.db.execute("SELECT id, hidden, notes FROM entities WHERE name = ?", [name])
    return found.fetchone()


def test_an_entity_only_they_hid_is_hidden_here_and_undo_shows_it(tmp_path: Path) -> None:
    alice, bob = _copies(tmp_path)
    with Store(bob, author=BOB) as store:
        store.entities.set_entity_hidden(_entity(store)[0])
    with Store(alice, author=ALICE) as store:
        report, _ = store.merge.merge_library(bob)
        assert report.conflicts == () and report.added["entity_curation_updated"] == 1
        assert _entity(store)[1] == 1
        assert not store.merge.merge_library(bob)[0].changed_anything
        store.history.undo()
        assert _entity(store)[1] == 0


def test_an_entity_we_showed_again_stays_shown(tmp_path: Path) -> None:
    alice, bob = _copies(tmp_path)
    with Store(alice, author=ALICE) as store:
        store.entities.set_entity_hidden(_entity(store)[0])
    shutil.copy(alice, bob)
    with Store(alice, author=ALICE) as store:
        store.entities.set_entity_hidden(_entity(store)[0], hidden=False)
        report, _ = store.merge.merge_library(bob)
        assert report.conflicts == () and _entity(store)[1] == 0


def test_different_entity_notes_on_both_sides_are_a_conflict_keep_both(tmp_path: Path) -> None:
    alice, bob = _copies(tmp_path)
    for path, note in ((alice, "Berlin hospital"), (bob, "treated Navalny")):
        with Store(path) as store:
            store.db.execute("UPDATE entities SET notes = ? WHERE name = 'Charité'", [note])
            store.db.conn.commit()
    with Store(alice, author=ALICE) as store:
        report, _ = store.merge.merge_library(bob)
        (conflict,) = report.conflicts
        assert conflict.kind == "entity note" and conflict.subject == 'entity "Charité" (ORG)'
        store.merge.resolve_conflict(conflict.id, "both")
        notes = _entity(store)[2] or ""
        assert "Berlin hospital" in notes and "treated Navalny" in notes


def test_a_hidden_entity_we_lack_arrives_hidden(tmp_path: Path) -> None:
    alice, bob = _copies(tmp_path)
    with Store(bob, author=BOB) as store:
        store.db.execute("INSERT INTO entities (name, label, hidden) VALUES ('Omsk', 'GPE', 1)")
        store.db.conn.commit()
    with Store(alice, author=ALICE) as store:
        report, _ = store.merge.merge_library(bob)
        assert report.added["entities"] == 1 and _entity(store, "Omsk")[1] == 1
