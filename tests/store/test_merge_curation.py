"""Merging entity curation, grades, passage tags and ACH ratings: added, same, or a conflict.

Both analysts start from one library with extracted entities, a graded claim
and an ACH analysis; Alice merges "Navalny" into "Alexei Navalny", Bob (by
mistake) into "Yulia Navalnaya"; they grade and rate differently and tag the
same passage independently.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.store.merge_fixtures import ALICE, BOB, build_shared, counts_of, span_of
from workbench.core.merge_records import KEEP_THEIRS
from workbench.store import Store

PEOPLE = ("Navalny", "Alexei Navalny", "Yulia Navalnaya")


def _entity(store: Store, name: str) -> int:
    return int(store.db.execute("SELECT id FROM entities WHERE name = ?", [name]).fetchone()[0])


def _shared_with_entities_and_ach(path: Path) -> None:
    build_shared(path)
    with Store(path, author=ALICE) as store:
        with store.db.conn:  # what extraction would have written
            for name in PEOPLE:
                store.db.execute(
                    "INSERT INTO entities (name, label) VALUES (?, 'PERSON')", [name]
                )
            start, end = span_of(store, 1, "Navalny")
            store.db.execute(
                "INSERT INTO mentions (document_id, entity_id, start, \"end\", text, label)"
                " VALUES (1, ?, ?, ?, 'Navalny', 'PERSON')",
                [_entity(store, "Navalny"), start, end],
            )
        claim = store.db.execute("SELECT annotation_id FROM claims").fetchone()[0]
        store.ach.create_analysis("Who poisoned Navalny?", ["The state", "Someone else"])
        store.ach.add_evidence(1, claim)
        store.ach.rate(1, 1, "C")


@pytest.fixture
def curated(tmp_path: Path) -> tuple[Path, Path]:
    shared = tmp_path / "shared.sqlite"
    _shared_with_entities_and_ach(shared)
    alice, bob = tmp_path / "alice.sqlite", tmp_path / "bob.sqlite"
    shutil.copy(shared, alice)
    shutil.copy(shared, bob)
    for path, author, target, rating, credibility, grade in (
        (alice, ALICE, "Alexei Navalny", "CC", 2, "A"),
        (bob, BOB, "Yulia Navalnaya", "II", 5, "D"),
    ):
        with Store(path, author=author) as store:
            claim = store.db.execute("SELECT annotation_id FROM claims").fetchone()[0]
            store.entities.merge_entities(_entity(store, target), [_entity(store, "Navalny")])
            store.ach.rate(1, 1, rating)
            store.grades.grade_claim(claim, credibility)
            store.grades.grade_document(1, grade)
            note = store.db.execute("SELECT id FROM annotations WHERE exact = 'Novichok'")
            store.tags.tag_annotation(note.fetchone()[0], "evidence/lab")
    with Store(bob, author=BOB) as store:
        store.entities.add_entity_alias(_entity(store, "Alexei Navalny"), "A. Navalny")
    return alice, bob


def test_different_curation_grades_and_ratings_are_conflicts(curated: tuple[Path, Path]) -> None:
    alice, bob = curated
    with Store(alice, author=ALICE) as store:
        report, _ = store.merge.merge_library(bob)
        kinds = {c.kind: c for c in report.conflicts}
        assert {"entity merged", "ACH rating", "claim grade", "document grade"} <= set(kinds)
        merged = kinds["entity merged"]
        assert merged.mine == "Alexei Navalny (PERSON)"
        assert merged.theirs == "Yulia Navalnaya (PERSON)"
        assert merged.subject == 'what "Navalny" (PERSON) is merged into'
        assert kinds["ACH rating"].subject.startswith('rating of claim "Navalny"')
        assert (kinds["ACH rating"].mine, kinds["ACH rating"].theirs) == ("CC", "II")
        assert (kinds["document grade"].mine, kinds["document grade"].theirs) == ("A", "D")
        assert kinds["document grade"].theirs_author == "Bob"
        assert report.added["entity_aliases"] >= 1  # "A. Navalny"
        assert report.same["passage_tags"] == 1  # the same tag on the same passage
        assert store.db.execute(
            "SELECT count(*) FROM entities WHERE name = 'Navalny'"
        ).fetchone() == (0,)  # merged away here: their entity does not come back

        store.merge.resolve_conflict(merged.id, KEEP_THEIRS)
        rule = store.db.execute(
            "SELECT e.name FROM entity_rules r JOIN entities e ON e.id = r.entity_id"
            " WHERE r.name = 'Navalny'"
        ).fetchone()
        assert rule == ("Yulia Navalnaya",)
        assert store.grades.document_reliability(1) == "A"  # unresolved: ours stands


def test_curation_merged_twice_adds_nothing(curated: tuple[Path, Path]) -> None:
    alice, bob = curated
    with Store(alice, author=ALICE) as store:
        store.merge.merge_library(bob)
        counts = counts_of(store)
        assert not store.merge.merge_library(bob)[0].changed_anything
        assert counts_of(store) == counts


def test_a_grade_only_they_gave_is_adopted(tmp_path: Path) -> None:
    shared = tmp_path / "shared.sqlite"
    build_shared(shared)
    bob = tmp_path / "bob.sqlite"
    shutil.copy(shared, bob)
    with Store(bob, author=BOB) as store:
        store.grades.grade_document(2, "E")
    with Store(shared, author=ALICE) as store:
        report, _ = store.merge.merge_library(bob)
        assert report.added == {"document_grades": 1} and report.conflicts == ()
        assert store.grades.document_reliability(2) == "E"
