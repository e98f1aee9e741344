"""Entity names, aliases and sources compare by Unicode case (``label_key``), as tags do.

Before (migration 0019): SQLite's NOCASE folds ASCII letters only, so "acme" found
"Acme" while "ångström labs" missed "Ångström Labs", and a grade given to
"Österreich" did not reach the documents of "ÖSTERREICH".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from workbench.core.labels import label_key
from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.store import LibraryFilter, Store
from workbench.store.rows import dict_rows

TEXT = "Ångström Labs said the test passed. ÅNGSTRÖM LABS shares rose."
SPELLINGS = ("ÅNGSTRÖM LABS", "ångström labs", "A\u030angstro\u0308m Labs")  # decomposed too


def _document(store: Store, title: str, source: str | None = None, text: str = TEXT) -> int:
    article = Article(title=title, text=text, source=source)
    return store.documents.add_article(article, analyze=False).documents_added[0]


@pytest.fixture
def labs(store: Store) -> tuple[Store, int]:
    """One ORG entity "Ångström Labs", mentioned once as written and once in capitals."""
    doc_id = _document(store, "Labs")
    capitals = TEXT.index("ÅNGSTRÖM")
    store.analysis.save_analysis(doc_id, Analysis(
        mentions=(Mention(0, 13, "Ångström Labs", "ORG", "Ångström Labs"),
                  Mention(capitals, capitals + 13, "ÅNGSTRÖM LABS", "ORG", "Ångström Labs")),
        quotes=(Quote(0, 35, "Ångström Labs said the test passed", speaker="Ångström Labs",
                      speaker_text="Ångström Labs"),)))
    (entity,) = [e["id"] for e in store.entities.list_entities()]
    return store, entity


@pytest.mark.parametrize("typed", SPELLINGS)
def test_an_entity_is_found_by_its_name_or_alias_in_any_unicode_case(labs, typed: str) -> None:
    store, entity = labs
    assert store.entities.find_entity_id(typed) == entity
    assert store.entities.find_entity_id(typed[:-1]) is None
    store.entities.rename_entity(entity, "Ångström Laboratories")  # the old name an alias
    assert store.entities.find_entity_id(typed) == entity


@pytest.mark.parametrize("typed", ["ÅNGSTRÖM", "ångström l", "STRÖM LABS"])
def test_name_filters_and_completers_hold_the_text_in_any_unicode_case(labs, typed) -> None:
    store, entity = labs
    assert [e["id"] for e in store.entities.list_entities(name=typed)] == [entity]
    assert store.entities.entity_ids(name=typed) == [entity]
    assert [q["speaker"] for q in store.analysis.list_quotes(speaker=typed)] == ["Ångström Labs"]
    if typed.casefold().startswith("å"):
        assert [e["id"] for e in store.entities.find_entities(typed)] == [entity]


def test_a_rename_to_another_entitys_name_in_unicode_case_is_refused(labs) -> None:
    store, entity = labs
    doc_id = _document(store, "Other", text="Zeta Corp grew.")
    store.analysis.save_analysis(doc_id, Analysis(mentions=(
        Mention(0, 9, "Zeta Corp", "ORG", "Zeta Corp"),)))
    zeta = store.entities.find_entity_id("Zeta Corp")
    with pytest.raises(ValueError, match=f"is entity {entity} already"):
        store.entities.rename_entity(zeta, "ÅNGSTRÖM LABS")


def test_a_mention_marked_with_a_name_in_other_case_joins_the_entity(labs) -> None:
    """The analyst typed the name the library holds in capitals: no second entity."""
    store, entity = labs
    doc_id = _document(store, "Third", text="A report by Angstrom.")
    store.entities.create_entity_mention(doc_id, 12, 20, "ÅNGSTRÖM LABS", "ORG")
    assert store.entities.find_entity_id("Ångström Labs") == entity
    assert len(store.entities.list_entities()) == 1


def test_an_alias_is_removed_when_typed_in_other_unicode_case(labs) -> None:
    store, entity = labs
    store.entities.add_entity_alias(entity, "Ångström")
    store.entities.remove_entity_alias(entity, "ÅNGSTRÖM")
    assert "Ångström" not in store.entities.entity_aliases([entity]).get(entity, [])


def test_claims_are_filtered_by_a_claimant_in_any_unicode_case(labs) -> None:
    store, entity = labs
    doc_id = store.documents.list_documents()[0]["id"]
    store.claims.add_claim(doc_id, 0, 35, claimant_text="ÉLODIE DURAND")
    for typed in ("élodie durand", "Élodie Durand", "E\u0301LODIE DURAND"):
        assert len(store.claims.list_claims(claimant=typed)) == 1, typed


def test_a_source_graded_in_one_case_grades_its_documents_in_every_case(store: Store) -> None:
    first = _document(store, "One", "Österreich Heute", "Text one.")
    second = _document(store, "Two", "österreich heute", "Text two.")  # NOCASE: another
    other = _document(store, "Three", "Wire", "Text three.")
    assert store.grades.resolve_source("österreich  heute") == "Österreich Heute"
    changes = store.grades.grade_source("ÖSTERREICH HEUTE", "B")
    assert set(changes.documents_changed) == {first, second}
    grades = store.grades.document_grades([first, second, other])
    assert [grades[i].effective for i in (first, second, other)] == ["B", "B", None]
    assert store.grades.source_reliability("ÖSTERREICH heute") == "B"
    assert {s.name: s.documents for s in store.grades.list_sources()} == {
        "Österreich Heute": 2, "Wire": 1}
    found = store.library.library_ids(LibraryFilter(source="ÖSTERREICH HEUTE"))
    assert sorted(found) == [first, second]
    claim, _ = store.claims.add_claim(second, 0, 4)
    (listed,) = [c for c in store.claims.list_claims() if c.id == claim]
    assert listed.reliability == "B"


def test_one_source_clause_keeps_every_spelling_of_a_source_and_no_other(store: Store) -> None:
    """Grades and the library filter share ``source_is`` (three copies of its SQL before)."""
    from workbench.store.source_names import source_is

    first = _document(store, "One", "Österreich Heute", "Text one.")
    second = _document(store, "Two", "ÖSTERREICH HEUTE", "Text two.")
    _document(store, "Three", "Wire", "Text three.")
    clause, params = source_is(store.db, "österreich heute", "d.source")
    rows = store.db.execute(f"SELECT d.id FROM documents d WHERE {clause} ORDER BY d.id", params)
    assert [row[0] for row in rows] == [first, second]


def test_an_ach_row_counts_a_source_once_in_any_unicode_case(store: Store) -> None:
    one = _document(store, "One", "Österreich Heute", "Prices rose.")
    two = _document(store, "Two", "österreich heute", "Prices rose again.")
    first, _ = store.claims.add_claim(one, 0, 11)
    second, _ = store.claims.add_claim(two, 0, 11)
    store.claims.link_claims(first, second, "same")
    analysis = store.ach.create_analysis("Why?", ["Costs", "Demand"]).ids[0]
    store.ach.add_evidence(analysis, first)
    (row,) = store.ach.get_analysis(analysis).evidence
    assert row.sources == 1


# -- an older library ---------------------------------------------------------------


def _old_library(path: Path) -> None:
    """A library as made before 0019: entity twins in Unicode case, curated; graded twins."""
    from workbench.store.schema import migrations

    db = Database(path)
    migrations.apply(db, stop_before="0019_name_keys")
    db.execute(
        "INSERT INTO documents (content_hash, title, source, text, format, imported_at)"
        " VALUES ('h1', 'Doc', 'Österreich', 'Ångström Labs said so.', 'text', '2024-01-01')"
    )
    db.conn.executemany(
        "INSERT INTO entities (id, name, label, notes, hidden) VALUES (?, ?, 'ORG', ?, ?)",
        [(1, "Ångström Labs", "the model's", 0), (2, "ÅNGSTRÖM LABS", "the analyst's", 1)])
    db.execute("INSERT INTO entity_aliases (entity_id, alias, origin) VALUES (1, 'Ångström',"
               " 'a1')")
    db.execute("INSERT INTO entity_rules (name, label, entity_id, origin) VALUES"
               " ('ÅNGSTRÖM LABS', 'ORG', 2, 'r1')")
    db.execute('INSERT INTO mentions (document_id, entity_id, start, "end", text, label)'
               " VALUES (1, 1, 0, 13, 'Ångström Labs', 'ORG')")
    db.execute('INSERT INTO quotes (document_id, start, "end", text, speaker_entity_id)'
               " VALUES (1, 0, 21, 'Ångström Labs said so', 2)")
    db.conn.executemany(
        "INSERT INTO sources (id, name, reliability, graded_at, origin) VALUES (?, ?, ?, ?, ?)",
        [(1, "Österreich", "C", "2024-01-01T00:00:00+00:00", "s1"),
         (2, "österreich", "A", "2024-03-01T00:00:00+00:00", "s2")])  # NOCASE: two
    db.conn.commit()
    db.close()


def test_an_old_library_keeps_its_entity_twins_and_their_curation(tmp_path: Path) -> None:
    """Entities are the analysis's, one per name as written: 0019 merges none of them."""
    path = tmp_path / "old.sqlite"
    _old_library(path)
    with Store(path) as upgraded:
        assert "0019_name_keys" in upgraded.applied_migrations
        rows = upgraded.db.execute(
            "SELECT id, name, name_key, notes, hidden FROM entities ORDER BY id").fetchall()
        assert rows == [(1, "Ångström Labs", "ångström labs", "the model's", 0),
                        (2, "ÅNGSTRÖM LABS", "ångström labs", "the analyst's", 1)]
        assert upgraded.db.execute("SELECT alias_key FROM entity_aliases").fetchall() == [
            ("ångström",)]
        assert upgraded.db.execute("SELECT speaker_entity_id FROM quotes").fetchone() == (2,)
        assert upgraded.db.execute("SELECT entity_id FROM entity_rules").fetchone() == (2,)
        assert upgraded.entities.find_entity_id("ångström labs") == 1  # the visible one
        assert upgraded.entities.find_entity_id("ångström labs", include_hidden=True) == 1
        assert upgraded.entities.find_entity_id("ÅNGSTRÖM") == 1  # by its alias


def test_an_old_librarys_source_twins_become_one_and_the_other_grade_is_kept(
    tmp_path: Path,
) -> None:
    """The grade given last counts; the twin's grade stays in the edit history."""
    path = tmp_path / "old.sqlite"
    _old_library(path)
    with Store(path) as upgraded:
        assert upgraded.db.execute("SELECT id, name, name_key, reliability FROM sources"
                                   ).fetchall() == [(2, "österreich", "österreich", "A")]
        assert upgraded.grades.document_grades([1])[1].effective == "A"
        history = upgraded.db.execute(
            "SELECT row_origin, field, value FROM edit_history ORDER BY id").fetchall()
        assert ("s2", "reliability", json.dumps("C")) in history
        assert ("s1", "(deleted)", json.dumps({"reliability": "C"})) in history
        upgraded.grades.grade_source("österreich", "B")  # one source from now on
        assert upgraded.db.execute("SELECT reliability FROM sources").fetchall() == [("B",)]


def test_undoing_the_kept_twins_grade_brings_the_older_twins_grade_back(
    tmp_path: Path,
) -> None:
    """Before: undo deleted the one row kept and the source had no grade (the twin's grade
    only in the edit history), and undoing the older grade failed as a conflict."""
    path = tmp_path / "old.sqlite"
    _old_library(path)
    db = Database(path)
    for source_id in (1, 2):  # as the store logged each grade: the row inserted
        row = dict_rows(db.execute("SELECT * FROM sources WHERE id = ?", [source_id]))[0]
        db.execute("INSERT INTO undo_log (label, created_at, ops) VALUES (?, ?, ?)",
                   [f"Grade {row['name']}", row["graded_at"],
                    json.dumps([["sources", None, row]])])
    db.conn.commit()
    db.close()
    with Store(path) as upgraded:
        def grade() -> list[tuple[object, ...]]:
            return upgraded.db.execute("SELECT id, name, reliability FROM sources").fetchall()

        assert upgraded.history.undo() is not None
        assert grade() == [(2, "Österreich", "C")]
        assert upgraded.grades.document_grades([1])[1].effective == "C"
        assert upgraded.history.undo() is not None
        assert grade() == []
        assert upgraded.history.redo() is not None and grade() == [(2, "Österreich", "C")]
        assert upgraded.history.redo() is not None and grade() == [(2, "österreich", "A")]


def test_an_action_logged_before_the_name_keys_is_still_undone(tmp_path: Path) -> None:
    """Undo steps kept in an older library hold entity rows without ``name_key``."""
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        doc_id = _document(store, "Labs")
        store.analysis.save_analysis(doc_id, Analysis(mentions=(
            Mention(0, 13, "Ångström Labs", "ORG", "Ångström Labs"),)))
        entity = store.entities.find_entity_id("Ångström Labs")
        store.entities.rename_entity(entity, "Ångström Laboratories")
        for step_id, ops in store.db.execute("SELECT id, ops FROM undo_log").fetchall():
            images = [[table, *(
                {k: v for k, v in image.items() if k not in ("name_key", "alias_key")}
                if image else image for image in (before, after))]
                for table, before, after in json.loads(ops)]
            store.db.execute("UPDATE undo_log SET ops = ? WHERE id = ?",
                             [json.dumps(images), step_id])
        store.db.conn.commit()
    with Store(path) as store:
        assert store.history.undo() is not None
        assert store.entities.get_entity(entity)["name"] == "Ångström Labs"
        keys = store.db.execute("SELECT name, name_key FROM entities").fetchall()
        assert keys == [("Ångström Labs", label_key("Ångström Labs"))]
        assert store.entities.find_entity_id("ÅNGSTRÖM LABS") == entity


def test_the_library_lists_a_source_once_with_all_its_documents(store: Store) -> None:
    """The source filter takes every spelling, so its choice counts them all."""
    _document(store, "One", "Österreich", "Text one.")
    _document(store, "Two", "österreich", "Text two.")
    _document(store, "Three", "Österreich", "Text three.")
    _document(store, "Four", "Wire", "Text four.")
    assert store.library.library_sources() == [("Österreich", 3), ("Wire", 1)]


def test_a_merge_meets_a_source_graded_in_other_unicode_case_as_one_source(
    tmp_path: Path,
) -> None:
    """Two libraries graded "Österreich" and "österreich" apart: one row, one conflict."""
    from workbench.core.merge_records import KEEP_THEIRS

    ours, theirs = tmp_path / "ours.sqlite", tmp_path / "theirs.sqlite"
    for path, spelling, grade in ((ours, "Österreich", "A"), (theirs, "österreich", "C")):
        with Store(path) as store:
            _document(store, spelling, spelling, f"Text of {grade}.")
            store.grades.grade_source(spelling, grade)
    with Store(ours) as store:
        report, _ = store.merge.merge_library(theirs)
        (conflict,) = [c for c in report.conflicts if c.kind == "source grade"]
        assert (conflict.mine, conflict.theirs) == ("A", "C")
        store.merge.resolve_conflict(conflict.id, KEEP_THEIRS)
        assert store.db.execute("SELECT name, reliability FROM sources").fetchall() == [
            ("Österreich", "C")]
        grades = store.grades.document_grades([1, 2])
        assert [grades[i].effective for i in (1, 2)] == ["C", "C"]


def test_an_alias_the_analysis_writes_is_found_in_any_unicode_case(store: Store) -> None:
    """The model's surface form "ÅNGSTRÖM" becomes an alias keyed like any other."""
    doc_id = _document(store, "Short", text="ÅNGSTRÖM said so.")
    store.analysis.save_analysis(doc_id, Analysis(mentions=(
        Mention(0, 8, "ÅNGSTRÖM", "ORG", "Ångström Labs"),)))
    assert store.entities.find_entity_id("ångström") == store.entities.find_entity_id(
        "Ångström Labs") is not None
