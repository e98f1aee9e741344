"""Grades: a source graded once is inherited, a document's own grade wins, every change undoes."""

from __future__ import annotations

import pytest

from workbench.core.models import Article
from workbench.store import DocumentNotFound, Store, UnknownSource

TEXT = "The minister said the bridge would reopen in May. Engineers disagreed."


@pytest.fixture
def store() -> Store:
    store = Store(None)
    for number, source in enumerate(("Reuters", "reuters", "Daily Blab", None)):
        article = Article(title=f"Doc {number}", text=f"{number}. {TEXT}", source=source)
        store.documents.add_article(article)
    return store


def _claim(store: Store, doc_id: int = 1) -> int:
    text = store.documents.document_text(doc_id)
    start = text.index("the bridge")
    claim_id, _ = store.claims.add_claim(doc_id, start, start + len("the bridge would reopen"))
    return claim_id


def test_a_graded_source_is_inherited_by_its_documents_case_insensitively(store: Store) -> None:
    changes = store.grades.grade_source("REUTERS", "b")
    assert set(changes.documents_changed) == {1, 2}
    assert [store.grades.document_reliability(d) for d in (1, 2, 3, 4)] == ["B", "B", None, None]
    assert store.grades.list_sources(graded_only=True)[0].documents == 2


def test_a_document_grade_wins_over_its_source_and_clearing_it_inherits_again(
    store: Store,
) -> None:
    store.grades.grade_source("Reuters", "B")
    store.grades.grade_document(1, "D")
    grades = store.grades.document_grades([1, 2])
    first = grades[1]
    assert (first.effective, first.override, first.source_reliability) == ("D", "D", "B")
    assert grades[2].effective == "B"
    store.grades.grade_document(1, None)
    assert store.grades.document_reliability(1) == "B"


def test_claims_carry_credibility_and_their_document_reliability(store: Store) -> None:
    claim_id = _claim(store)
    store.grades.grade_source("Reuters", "A")
    changes = store.grades.grade_claim(claim_id, "2")
    assert changes.claims
    claim = store.claims.get_claim(claim_id)
    assert (claim.reliability, claim.credibility) == ("A", 2)


def _first_reliability(store: Store, claim_id: int) -> object:
    return store.grades.document_reliability(1)


def _credibility(store: Store, claim_id: int) -> object:
    return store.claims.get_claim(claim_id).credibility


@pytest.mark.parametrize(
    ("action", "undone"),
    [
        (lambda s, c: s.grades.grade_source("Reuters", "C"), _first_reliability),
        (lambda s, c: s.grades.grade_document(1, "E"), _first_reliability),
        (lambda s, c: s.grades.grade_claim(c, 5), _credibility),
    ],
)
def test_every_grade_change_undoes_and_redoes(store: Store, action, undone) -> None:  # type: ignore[no-untyped-def]
    claim_id = _claim(store)
    store.grades.grade_source("Reuters", "A")
    store.grades.grade_claim(claim_id, 1)
    before = undone(store, claim_id)
    action(store, claim_id)
    after = undone(store, claim_id)
    assert after != before
    assert store.history.undo_labels()[0].startswith("Grade ")
    store.history.undo()
    assert undone(store, claim_id) == before
    store.history.redo()
    assert undone(store, claim_id) == after


def test_clearing_a_source_grade_is_undoable(store: Store) -> None:
    store.grades.grade_source("Reuters", "B")
    store.grades.grade_source("reuters", None)
    assert store.grades.document_reliability(1) is None
    store.history.undo()
    assert store.grades.document_reliability(1) == "B"


def test_an_unknown_source_is_refused_with_close_names(store: Store) -> None:
    with pytest.raises(UnknownSource) as refused:
        store.grades.grade_source("Reuter", "B")
    assert refused.value.close == ("Reuters",)
    assert "did you mean 'Reuters'" in str(refused.value)
    assert store.grades.list_sources(graded_only=True) == []


@pytest.mark.parametrize("bad", ["G", "", "AB", "1", None])
def test_a_reliability_outside_a_to_f_changes_nothing(store: Store, bad: object) -> None:
    with pytest.raises(ValueError, match="A-F: A Completely reliable"):
        store.grades.grade_document(1, bad if bad is not None else 7)  # type: ignore[arg-type]
    assert store.history.undo_labels() == (None, None)


@pytest.mark.parametrize("bad", [0, 7, "x", True, 2.5])
def test_a_credibility_outside_1_to_6_changes_nothing(store: Store, bad: object) -> None:
    claim_id = _claim(store)
    with pytest.raises(ValueError, match="1-6: 1 Confirmed by other sources"):
        store.grades.grade_claim(claim_id, bad)  # type: ignore[arg-type]
    assert store.claims.get_claim(claim_id).credibility is None


def test_grading_what_is_not_there_is_refused(store: Store) -> None:
    with pytest.raises(DocumentNotFound):
        store.grades.grade_document(99, "A")
    with pytest.raises(LookupError, match="no claim with id 99"):
        store.grades.grade_claim(99, 1)


def test_the_schema_refuses_grades_outside_the_code(store: Store) -> None:
    import sqlite3

    claim_id = _claim(store)
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("UPDATE claims SET credibility = 9 WHERE annotation_id = ?", [claim_id])
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO sources (name, reliability, graded_at) VALUES ('x', 'Z', '')")
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("UPDATE documents SET reliability_override = 'b' WHERE id = 1")


def test_every_grade_change_tells_the_claim_views_and_names_its_documents(store: Store) -> None:
    """Claims show their document's grade: a document or source grade is a claims change too."""
    changes = store.grades.grade_document(1, "C")
    assert changes.claims and changes.documents_changed == (1,) and changes.is_analyst_action
    undone = store.history.undo()
    assert undone is not None and undone.claims and undone.documents_changed == (1,)
    store.grades.grade_source("Reuters", "A")
    undone = store.history.undo()
    assert undone is not None and undone.claims


def test_an_older_library_upgrades_with_everything_ungraded(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A library made before grades gains them by migration 0010, its work untouched."""
    from sqlite_utils import Database

    from workbench.store.schema import migrations

    path = tmp_path / "old.sqlite"
    db = Database(path)
    migrations.apply(db, stop_before="0010_grades")
    db.execute(
        "INSERT INTO documents (content_hash, title, source, text, format, imported_at)"
        " VALUES ('h', 'Old', 'Reuters', 'Old text.', 'text', '2024-01-01')"
    )
    db.conn.commit()
    db.close()
    with Store(path) as upgraded:
        assert "0010_grades" in upgraded.applied_migrations
        assert upgraded.grades.document_reliability(1) is None
        upgraded.grades.grade_source("reuters", "C")
        assert upgraded.grades.document_reliability(1) == "C"


def test_grades_read_for_more_ids_than_sqlite_takes_parameters(store: Store) -> None:
    """Grades of many documents are read at once; 40,000 ids are one statement."""
    store.grades.grade_source("Reuters", "C")
    assert set(store.grades.document_grades([1, *range(100_000, 140_000)])) == {1}


def test_every_source_is_listed_once_with_its_documents_whatever_their_case(store: Store) -> None:
    store.grades.grade_source("Daily Blab", "E")
    listed = {s.name.casefold(): (s.reliability, s.documents) for s in store.grades.list_sources()}
    assert listed == {"daily blab": ("E", 1), "reuters": (None, 2)}
