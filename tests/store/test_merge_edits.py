"""One-sided edits are taken (or kept) by a merge; edits on both sides stay conflicts.

Each library keeps the values it replaced (``edit_history``), so a merge can
tell which copy changed a note, a colour, a claim's statement or grade, a
link's note or an ACH rating since the copies split.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.store.merge_fixtures import ALICE, BOB, build_shared
from workbench.store import Store


def _copies(tmp_path: Path) -> tuple[Path, Path]:
    """Alice's library and Bob's copy of it, before either works alone."""
    alice, bob = tmp_path / "alice.sqlite", tmp_path / "bob.sqlite"
    build_shared(alice)
    shutil.copy(alice, bob)
    return alice, bob


def _note(store: Store) -> tuple[int, str | None]:
    row = store.db.execute("SELECT id, note_md FROM annotations WHERE note_md <> ''")
    annotation_id, note = row.fetchone()
    return annotation_id, note


def _claim(store: Store) -> int:
    return store.claims.list_claims()[0].id


def _grade(store: Store) -> int | None:
    return store.db.execute("SELECT credibility FROM claims").fetchone()[0]


def test_a_note_and_a_grade_only_they_edited_are_taken_and_undoable(tmp_path: Path) -> None:
    alice, bob = _copies(tmp_path)
    with Store(bob, author=BOB) as store:
        store.annotations.edit_note(_note(store)[0], "poison: Novichok")
        store.grades.grade_claim(_claim(store), 2)
    with Store(alice, author=ALICE) as store:
        report, _ = store.merge.merge_library(bob)
        assert report.conflicts == ()
        assert report.added["annotations_updated"] == 1 and report.added["claims_updated"] == 1
        assert _note(store)[1] == "poison: Novichok" and _grade(store) == 2
        store.history.undo()
        assert _note(store)[1] == "poison" and _grade(store) is None


def test_a_note_and_a_grade_only_we_edited_are_kept_without_a_conflict(tmp_path: Path) -> None:
    alice, bob = _copies(tmp_path)
    with Store(alice, author=ALICE) as store:
        store.annotations.edit_note(_note(store)[0], "poison, says Germany")
        store.grades.grade_claim(_claim(store), 3)
        report, _ = store.merge.merge_library(bob)
        assert report.conflicts == () and not report.changed_anything
        assert _note(store)[1] == "poison, says Germany" and _grade(store) == 3


def test_edits_on_both_sides_are_still_conflicts(tmp_path: Path) -> None:
    alice, bob = _copies(tmp_path)
    with Store(alice, author=ALICE) as store:
        store.annotations.edit_note(_note(store)[0], "Alice's note")
        store.grades.grade_claim(_claim(store), 3)
    with Store(bob, author=BOB) as store:
        store.annotations.edit_note(_note(store)[0], "Bob's note")
        store.grades.grade_claim(_claim(store), 2)
    with Store(alice, author=ALICE) as store:
        report, _ = store.merge.merge_library(bob)
        assert sorted(c.kind for c in report.conflicts) == ["claim grade", "note"]
        assert _note(store)[1] == "Alice's note"


def test_a_second_merge_and_the_merge_back_change_nothing(tmp_path: Path) -> None:
    """A -> B -> A: after Alice takes Bob's note, Bob merging Alice finds the same note."""
    alice, bob = _copies(tmp_path)
    with Store(bob, author=BOB) as store:
        store.annotations.edit_note(_note(store)[0], "Bob's note")
    with Store(alice, author=ALICE) as store:
        store.merge.merge_library(bob)
        again, _ = store.merge.merge_library(bob)
        assert not again.changed_anything and again.conflicts == ()
        store.annotations.edit_note(_note(store)[0], "Alice builds on Bob's note")
    with Store(bob, author=BOB) as store:
        report, _ = store.merge.merge_library(alice)
        assert report.conflicts == ()
        assert _note(store)[1] == "Alice builds on Bob's note"


def test_a_value_changed_back_after_they_copied_it_is_ahead_both_ways(tmp_path: Path) -> None:
    """Alice went poison -> second -> poison after Bob copied "second": hers is newer."""
    alice, bob = _copies(tmp_path)
    with Store(alice, author=ALICE) as store:
        note = _note(store)[0]
        store.annotations.edit_note(note, "second")
    shutil.copy(alice, bob)
    with Store(alice, author=ALICE) as store:
        store.annotations.edit_note(note, "poison")
        report, _ = store.merge.merge_library(bob)
        assert report.conflicts == () and _note(store)[1] == "poison"
    with Store(bob, author=BOB) as store:
        report, _ = store.merge.merge_library(alice)
        assert report.conflicts == () and _note(store)[1] == "poison"


def test_values_each_side_replaced_apart_are_a_conflict(tmp_path: Path) -> None:
    """Each side replaced a value the other never had: neither is plainly newer."""
    alice, bob = _copies(tmp_path)
    with Store(alice, author=ALICE) as store:
        note = _note(store)[0]
        store.annotations.edit_note(note, "Alice's draft")
        store.annotations.edit_note(note, "second")
    with Store(bob, author=BOB) as store:
        store.annotations.edit_note(_note(store)[0], "Bob's draft")
        store.annotations.edit_note(_note(store)[0], "poison")
    with Store(alice, author=ALICE) as store:
        report, _ = store.merge.merge_library(bob)
        assert [c.kind for c in report.conflicts] == ["note"]


def test_undoing_an_edit_forgets_the_value_it_replaced(tmp_path: Path) -> None:
    alice, _ = _copies(tmp_path)
    with Store(alice, author=ALICE) as store:
        store.annotations.edit_note(_note(store)[0], "changed")
        assert store.db.execute("SELECT count(*) FROM edit_history").fetchone()[0] == 1
        store.history.undo()
        assert store.db.execute("SELECT count(*) FROM edit_history").fetchone()[0] == 0


def test_a_rating_only_they_edited_is_taken(tmp_path: Path) -> None:
    alice, bob = _copies(tmp_path)
    with Store(alice, author=ALICE) as store:
        store.ach.create_analysis("Who?", ["The state", "Someone else"])
        analysis = store.db.execute("SELECT id FROM ach_analyses").fetchone()[0]
        store.ach.add_evidence(analysis, _claim(store))
        ids = store.db.execute("SELECT e.id, min(h.id) FROM ach_evidence e, ach_hypotheses h")
        evidence, hypothesis = ids.fetchone()
        store.ach.rate(evidence, hypothesis, "C")
    shutil.copy(alice, bob)
    with Store(bob, author=BOB) as store:
        store.ach.rate(evidence, hypothesis, "I")
    with Store(alice, author=ALICE) as store:
        report, _ = store.merge.merge_library(bob)
        assert report.conflicts == () and report.added["ach_ratings_updated"] == 1
        assert store.db.execute("SELECT rating FROM ach_ratings").fetchone()[0] == "I"


def test_after_keeping_mine_their_merge_back_takes_mine(tmp_path: Path) -> None:
    """A resolution is remembered: the value we overruled is one we replaced."""
    alice, bob = _copies(tmp_path)
    with Store(alice, author=ALICE) as store:
        store.annotations.edit_note(_note(store)[0], "Alice's note")
    with Store(bob, author=BOB) as store:
        store.annotations.edit_note(_note(store)[0], "Bob's note")
    with Store(alice, author=ALICE) as store:
        report, _ = store.merge.merge_library(bob)
        store.merge.resolve_conflict(report.conflicts[0].id, "mine")
    with Store(bob, author=BOB) as store:
        report, _ = store.merge.merge_library(alice)
        assert report.conflicts == () and _note(store)[1] == "Alice's note"
