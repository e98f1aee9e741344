"""Merging two analysts' libraries: nothing lost, nothing duplicated, conflicts kept, undoable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.store.merge_fixtures import ALICE, BOB, build_pair, build_shared, counts_of, work_of
from workbench.core.merge_records import KEEP_BOTH, KEEP_MINE, KEEP_THEIRS
from workbench.store import Store


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    return build_pair(tmp_path)


def _shared_claim(store: Store) -> int:
    found = store.db.execute(
        "SELECT a.id FROM annotations a JOIN claims c ON c.annotation_id = a.id"
        " WHERE a.exact = 'Navalny'"
    ).fetchone()
    return int(found[0])


def _conflict(store: Store, kind: str) -> int:
    return next(c.id for c in store.merge.open_conflicts() if c.kind == kind)


def test_merge_adds_their_work_with_their_authors_and_lists_conflicts(
    pair: tuple[Path, Path],
) -> None:
    alice, bob = pair
    with Store(alice, author=ALICE) as store:
        report, changes = store.merge.merge_library(bob)
        assert report.added["documents"] == 1  # Thunberg; Kipchoge matched by its text
        assert report.added["annotations"] == 1  # Bob's highlight on Kipchoge
        assert report.added["ach_analyses"] == 1 and report.added["ach_hypotheses"] == 2
        assert report.same["documents"] == 3 and report.same["document_tags"] == 2
        kinds = {c.kind: c for c in report.conflicts}
        assert set(kinds) == {"claim status", "note", "source grade"}
        status = kinds["claim status"]
        assert (status.mine, status.mine_author) == ("corroborated", "Alice")
        assert (status.theirs, status.theirs_author) == ("disputed", "Bob")
        assert KEEP_BOTH not in status.choices and KEEP_BOTH in kinds["note"].choices
        highlight = store.db.execute(
            "SELECT author_id FROM annotations WHERE exact = 'marathon'"
        ).fetchone()
        assert highlight == (BOB.id,)
        assert store.authors.names()[BOB.id] == "Bob"
        thunberg = store.db.execute(
            "SELECT id FROM documents WHERE title LIKE '%Thunberg%'"
        ).fetchone()[0]
        assert changes.documents_added == (thunberg,) and changes.annotations
        # a conflict is never resolved by the merge: our values stand
        assert store.claims.get_claim(_shared_claim(store)).status == "corroborated"


def test_merging_the_same_file_twice_adds_nothing(pair: tuple[Path, Path]) -> None:
    alice, bob = pair
    with Store(alice, author=ALICE) as store:
        store.merge.merge_library(bob)
        counts = counts_of(store)
        again, _ = store.merge.merge_library(bob)
        assert not again.changed_anything and again.merge_id is None
        assert again.conflicts == () and sum(again.added.values()) == 0
        assert counts_of(store) == counts


def test_merged_both_ways_the_libraries_hold_the_same_work(tmp_path: Path) -> None:
    alice, bob = build_pair(tmp_path)
    with Store(alice, author=ALICE) as store:
        alice_alone = work_of(store)
        store.merge.merge_library(bob)
        alice_merged = work_of(store)
    with Store(bob, author=BOB) as store:
        bob_alone = work_of(store)
        store.merge.merge_library(tmp_path / "alice.sqlite")
        bob_merged = work_of(store)
    assert alice_merged == bob_merged
    for name, rows in alice_merged.items():  # nothing lost, nothing duplicated
        assert set(alice_alone[name]) | set(bob_alone[name]) == set(rows), name
        assert len(set(rows)) == len(rows), name


def test_the_whole_merge_is_one_undoable_action(pair: tuple[Path, Path]) -> None:
    alice, bob = pair
    with Store(alice, author=ALICE) as store:
        before, counts = work_of(store), counts_of(store)
        store.merge.merge_library(bob)
        assert store.history.undo_labels()[0] == "Merge bob.sqlite"
        store.history.undo()
        assert work_of(store) == before
        assert {k: v for k, v in counts_of(store).items() if k != "authors"} == {
            k: v for k, v in counts.items() if k != "authors"
        }
        store.history.redo()
        assert len(store.merge.open_conflicts()) == 3


def test_keep_theirs_writes_their_value_and_undo_reopens_the_conflict(
    pair: tuple[Path, Path],
) -> None:
    alice, bob = pair
    with Store(alice, author=ALICE) as store:
        store.merge.merge_library(bob)
        conflict = _conflict(store, "claim status")
        claim_id = _shared_claim(store)
        store.merge.resolve_conflict(conflict, KEEP_THEIRS)
        assert store.claims.get_claim(claim_id).status == "disputed"
        assert conflict not in {c.id for c in store.merge.open_conflicts()}
        store.history.undo()
        assert store.claims.get_claim(claim_id).status == "corroborated"
        assert conflict in {c.id for c in store.merge.open_conflicts()}


def test_keep_both_notes_keeps_each_under_its_author(pair: tuple[Path, Path]) -> None:
    alice, bob = pair
    with Store(alice, author=ALICE) as store:
        store.merge.merge_library(bob)
        store.merge.resolve_conflict(_conflict(store, "note"), KEEP_BOTH)
        note = store.db.execute(
            "SELECT note_md FROM annotations WHERE exact = 'Novichok'"
        ).fetchone()[0]
        assert note.index("Alice:") < note.index("poison, says the German government")
        assert note.index("Bob:") < note.index("poison: Novichok, per the lab")


def test_keep_mine_changes_nothing_but_closes_the_conflict(pair: tuple[Path, Path]) -> None:
    alice, bob = pair
    with Store(alice, author=ALICE) as store:
        store.merge.merge_library(bob)
        conflict = _conflict(store, "source grade")
        store.merge.resolve_conflict(conflict, KEEP_MINE)
        assert store.grades.source_reliability("Wikinews") == "B"
        assert len(store.merge.open_conflicts()) == 2
        # merging again does not raise a resolved conflict anew
        assert store.merge.merge_library(bob)[0].conflicts == ()


def test_a_resolution_that_makes_no_sense_is_refused(pair: tuple[Path, Path]) -> None:
    alice, bob = pair
    with Store(alice, author=ALICE) as store:
        store.merge.merge_library(bob)
        conflict = _conflict(store, "claim status")
        with pytest.raises(ValueError, match="resolved with mine or theirs"):
            store.merge.resolve_conflict(conflict, KEEP_BOTH)
        with pytest.raises(LookupError, match="no conflict with id 99"):
            store.merge.resolve_conflict(99, KEEP_MINE)
        store.merge.resolve_conflict(conflict, KEEP_MINE)
        with pytest.raises(ValueError, match="already resolved"):
            store.merge.resolve_conflict(conflict, KEEP_THEIRS)


def test_a_status_only_they_changed_is_taken_without_a_conflict(tmp_path: Path) -> None:
    """The status history shows who changed it since the copies parted: no conflict then."""
    shared = tmp_path / "shared.sqlite"
    build_shared(shared)
    bob, untouched = tmp_path / "bob.sqlite", tmp_path / "untouched.sqlite"
    shutil.copy(shared, bob)
    shutil.copy(shared, untouched)
    with Store(bob, author=BOB) as store:
        store.claims.set_claim_status(_shared_claim(store), "retracted")
    with Store(shared, author=ALICE) as store:
        report, _ = store.merge.merge_library(bob)
        assert report.conflicts == () and report.added["claim_status_updates"] == 1
        assert store.claims.get_claim(_shared_claim(store)).status == "retracted"
    with Store(bob, author=BOB) as store:  # and the other way: ours is ahead, kept
        report, _ = store.merge.merge_library(untouched)
        assert report.conflicts == () and not report.changed_anything
        assert store.claims.get_claim(_shared_claim(store)).status == "retracted"


def test_entity_aliases_the_extraction_wrote_without_an_origin_are_left_out(
    pair: tuple[Path, Path],
) -> None:
    """The extraction writes aliases outside the history (no origin): not analyst work."""
    alice, bob = pair
    with Store(bob) as theirs:
        entity = theirs.db.execute("INSERT INTO entities (name, label) VALUES ('WHO', 'ORG')")
        theirs.db.execute(
            "INSERT INTO entity_aliases (entity_id, alias) VALUES (?, 'World Health Organization')",
            [entity.lastrowid],
        )
        theirs.db.conn.commit()
    with Store(alice, author=ALICE) as store:
        report, _ = store.merge.merge_library(bob)
        assert "entity_aliases" not in report.added
        found = store.db.execute(
            "SELECT count(*) FROM entity_aliases WHERE alias = 'World Health Organization'"
        ).fetchone()[0]
        assert found == 0


def test_signing_an_old_export_leaves_the_extractions_aliases_unsigned() -> None:
    with Store() as store:
        entity = store.db.execute("INSERT INTO entities (name, label) VALUES ('WHO', 'ORG')")
        store.db.execute(
            "INSERT INTO entity_aliases (entity_id, alias) VALUES (?, 'W.H.O.')", [entity.lastrowid]
        )
        store.db.execute("INSERT INTO tags (path) VALUES ('old')")
        store.db.execute("UPDATE tags SET origin = NULL")
        assert store.exchange.sign_unsigned() == 1
        assert store.db.execute("SELECT origin FROM entity_aliases").fetchone() == (None,)


def test_resolving_a_conflict_names_what_it_is_about(pair: tuple[Path, Path]) -> None:
    alice, bob = pair
    with Store(alice, author=ALICE) as store:
        store.merge.merge_library(bob)
        store.merge.resolve_conflict(_conflict(store, "claim status"), KEEP_THEIRS)
        label = store.history.undo_labels()[0]
        assert label is not None and label.startswith("Resolve conflict “claim \"Navalny\" in")
        assert label.endswith("” (claim status): keep theirs")
