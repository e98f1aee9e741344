"""Migration 0020: names and tags re-keyed now that the Turkish "İ" folds to "i".

Before: ``label_key("İstanbul")`` was "i" + U+0307 + "stanbul", so an older library kept
"İstanbul Times" and "Istanbul Times" as two graded sources, "İzmir" and "izmir" as two
tags, and ``entities --name istanbul`` missed "İstanbul Belediyesi".
"""

from __future__ import annotations

import contextlib
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from workbench.store import Store
from workbench.store.recorder import UndoConflict


def _old_key(name: str) -> str:
    """``label_key`` as 0019 wrote it: the dotted capital folded to "i" and a dot above."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


@contextlib.contextmanager
def _store_before_0020(path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """A store whose work is keyed as 0019 wrote it, closed as a library 0020 has yet to
    re-key (the patches undone, so the next open runs it)."""
    import workbench.core.labels as labels

    monkeypatch.setattr(labels, "unicode_folded", _old_key)
    with Store(path) as old:
        yield old
        old.db.execute("DELETE FROM _sqlite_migrations WHERE name = '0020_dotted_capital_i'")
        old.db.conn.commit()
    monkeypatch.undo()


def _library_at_0019(path: Path) -> None:
    """İ twins keyed apart: entities, an alias, graded sources, tags with their uses."""
    from workbench.store.schema import migrations

    db = Database(path)
    migrations.apply(db, stop_before="0020_dotted_capital_i")
    db.conn.executemany(
        "INSERT INTO documents (id, content_hash, title, source, text, format, imported_at)"
        " VALUES (?, ?, ?, ?, 'İstanbul Belediyesi said so.', 'text', '2024-01-01')",
        [(1, "h1", "One", "İstanbul Times"), (2, "h2", "Two", "Istanbul Times")])
    db.conn.executemany(
        "INSERT INTO entities (id, name, name_key, label, notes, hidden)"
        " VALUES (?, ?, ?, 'ORG', ?, 0)",
        [(1, "İstanbul Belediyesi", _old_key("İstanbul Belediyesi"), "the model's"),
         (2, "ISTANBUL BELEDIYESI", _old_key("ISTANBUL BELEDIYESI"), "the analyst's")])
    db.execute("INSERT INTO entity_aliases (entity_id, alias, alias_key, origin)"
               " VALUES (1, 'İBB', ?, 'a1')", [_old_key("İBB")])
    db.conn.executemany(
        "INSERT INTO sources (id, name, name_key, reliability, graded_at, origin)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(1, "İstanbul Times", _old_key("İstanbul Times"), "C", "2024-01-01T00:00:00+00:00",
          "s1"),
         (2, "Istanbul Times", _old_key("Istanbul Times"), "A", "2024-03-01T00:00:00+00:00",
          "s2")])
    db.conn.executemany(
        "INSERT INTO tags (id, path, path_key, color) VALUES (?, ?, ?, ?)",
        [(1, "İzmir", _old_key("İzmir"), "#ff0000"), (2, "izmir", "izmir", None),
         (3, "izmir/Port", "izmir/port", None), (4, "Ankara", "ankara", None)])
    db.execute("INSERT INTO annotations (id, document_id, kind, start, \"end\", exact,"
               " created_at, updated_at) VALUES (1, 2, 'highlight', 0, 8, 'İstanbul', '2024-01-01',"
               " '2024-01-01')")
    db.conn.executemany("INSERT INTO document_tags (document_id, tag_id) VALUES (?, ?)",
                        [(1, 1), (2, 2), (1, 2), (2, 4)])
    db.execute("INSERT INTO span_tags (annotation_id, tag_id) VALUES (1, 2)")
    db.conn.commit()
    db.close()


def test_an_older_library_meets_its_dotted_i_twins(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _library_at_0019(path)
    with Store(path) as upgraded:
        assert "0020_dotted_capital_i" in upgraded.applied_migrations
        # entities stay the analysis's, two rows, one key
        assert upgraded.db.execute("SELECT id, name_key, notes FROM entities ORDER BY id"
                                   ).fetchall() == [(1, "istanbul belediyesi", "the model's"),
                                                    (2, "istanbul belediyesi", "the analyst's")]
        assert upgraded.entities.find_entity_id("istanbul belediyesi") == 1
        assert upgraded.entities.find_entity_id("ibb") == 1
        # sources: the one graded last, the other grade kept as history
        assert upgraded.db.execute("SELECT id, name, name_key, reliability FROM sources"
                                   ).fetchall() == [(2, "Istanbul Times", "istanbul times", "A")]
        assert upgraded.grades.document_grades([1])[1].effective == "A"
        history = upgraded.db.execute("SELECT row_origin, field, value FROM edit_history"
                                      ).fetchall()
        assert ("s2", "reliability", json.dumps("C")) in history
        assert ("s1", "(deleted)", json.dumps({"reliability": "C"})) in history
        # tags: the first spelling kept with its colour, every tagging on it
        assert [(t.path, t.color) for t in upgraded.tags.list_tags()] == [
            ("Ankara", None), ("İzmir", "#ff0000"), ("İzmir/Port", None)]
        assert upgraded.db.execute("SELECT document_id, tag_id FROM document_tags"
                                   " ORDER BY 1, 2").fetchall() == [(1, 1), (2, 1), (2, 4)]
        assert upgraded.db.execute("SELECT annotation_id, tag_id FROM span_tags").fetchall() == [
            (1, 1)]


def test_the_merged_tag_and_source_take_undo_and_redo(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _library_at_0019(path)
    with Store(path) as upgraded:
        upgraded.tags.rename_tag("IZMIR", "Smyrna")
        upgraded.grades.grade_source("İSTANBUL TIMES", "B")
        assert upgraded.tags.document_tags(2) == ["Ankara", "Smyrna"]
        assert upgraded.db.execute("SELECT reliability FROM sources").fetchall() == [("B",)]
        for _ in range(2):
            assert upgraded.history.undo() is not None
        assert upgraded.tags.document_tags(2) == ["Ankara", "İzmir"]
        assert upgraded.db.execute("SELECT reliability FROM sources").fetchall() == [("A",)]
        for _ in range(2):
            assert upgraded.history.redo() is not None
        assert upgraded.tags.document_tags(1) == ["Smyrna"]
        assert upgraded.db.execute("SELECT name, reliability FROM sources").fetchall() == [
            ("Istanbul Times", "B")]


def test_a_library_without_the_dotted_capital_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite"
    from workbench.store.schema import migrations

    db = Database(path)
    migrations.apply(db, stop_before="0020_dotted_capital_i")
    db.execute("INSERT INTO tags (id, path, path_key) VALUES (1, 'Économie', 'économie')")
    db.execute("INSERT INTO entities (id, name, name_key, label) VALUES (1, 'Iğdır', 'iğdır',"
               " 'GPE')")
    db.execute("INSERT INTO sources (id, name, name_key, reliability, origin, graded_at) VALUES"
               " (1, 'Kırıkkale Post', 'kırıkkale post', 'B', 's1', '2024-01-01')")
    db.conn.commit()
    tables = ("tags", "entities", "entity_aliases", "sources", "edit_history")
    before = {t: db.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    db.close()
    with Store(path) as upgraded:
        assert "0020_dotted_capital_i" in upgraded.applied_migrations
        assert {t: upgraded.db.execute(f"SELECT * FROM {t}").fetchall() for t in tables} == before


def test_a_name_filter_typed_plain_finds_the_dotted_capital(store: Store) -> None:
    """``entities --name istanbul`` found no "İstanbul"; tags and sources the same."""
    from workbench.core.models import Analysis, Article, Mention

    text = "İstanbul Belediyesi said so."
    doc_id = store.documents.add_article(
        Article(title="One", text=text, source="İSTANBUL TIMES"), analyze=False
    ).documents_added[0]
    store.analysis.save_analysis(doc_id, Analysis(mentions=(
        Mention(0, 19, "İstanbul Belediyesi", "ORG", "İstanbul Belediyesi"),)))
    for typed in ("istanbul", "ISTANBUL", "İstanbul"):
        assert [e["name"] for e in store.entities.list_entities(name=typed)] == [
            "İstanbul Belediyesi"]
    store.grades.grade_source("istanbul times", "B")
    assert store.grades.document_grades([doc_id])[doc_id].effective == "B"
    store.tags.tag_document(doc_id, "İzmir")
    store.tags.tag_document(doc_id, "IZMIR")
    assert store.tags.document_tags(doc_id) == ["İzmir"]


def test_source_twins_graded_in_one_second_keep_the_grade_given_last(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``graded_at`` counts seconds: twins graded in one second were told apart by id, so
    the first made was kept, not the grade given last, and undoing that last grade (the
    undo log says which it was) was refused as a conflict and dropped."""
    import workbench.store.grades as grades
    from workbench.core.models import Article

    path = tmp_path / "old.sqlite"
    monkeypatch.setattr(grades, "now_iso", lambda: "2024-01-01T00:00:00+00:00")
    with _store_before_0020(path, monkeypatch) as old:
        for title, source in (("One", "İstanbul Times"), ("Two", "Istanbul Times")):
            old.documents.add_article(Article(title=title, text=f"{title} said so.",
                                              source=source), analyze=False)
        old.grades.grade_source("İstanbul Times", "A")
        old.grades.grade_source("Istanbul Times", "D")
    with Store(path) as upgraded:
        assert upgraded.db.execute("SELECT reliability FROM sources").fetchall() == [("D",)]
        assert upgraded.history.undo() is not None
        assert upgraded.db.execute("SELECT reliability FROM sources").fetchall() == [("A",)]
        assert upgraded.history.redo() is not None
        assert upgraded.db.execute("SELECT reliability FROM sources").fetchall() == [("D",)]


def test_undoing_a_span_tagged_by_a_merged_twin_keeps_its_tag(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The step that tagged a span with the twin "istanbul" names a tag 0020 merged away, so
    its undo is refused and dropped; undoing the highlight then deleted the span and its
    tag with it, and redo brought the span back untagged: the tagging was lost."""
    from workbench.core.models import Article

    path = tmp_path / "old.sqlite"
    with _store_before_0020(path, monkeypatch) as old:
        doc_id = old.documents.add_article(Article(title="One", text="İstanbul said so."),
                                           analyze=False).documents_added[0]
        old.tags.tag_document(doc_id, "İstanbul")
        span, _ = old.annotations.add_annotation(doc_id, 0, 8)
        old.tags.tag_annotation(span, "istanbul")
    with Store(path) as upgraded:
        assert upgraded.annotations.annotation_tags(span) == ["İstanbul"]
        for _ in range(3):
            with contextlib.suppress(UndoConflict):
                upgraded.history.undo()
        while upgraded.history.redo() is not None:
            pass
        assert upgraded.annotations.annotation_tags(span) == ["İstanbul"]


def test_redoing_a_twin_tagging_undone_before_0020_adds_nothing_to_the_kept_tag(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The redo made the twin tag again, whose key the kept tag holds now: it was refused
    ("clashes with one there now") and dropped. Rewritten by 0020, it tags the document with
    the kept tag, which it carries already: nothing to add, and undo and redo go on."""
    from workbench.core.models import Article

    path = tmp_path / "old.sqlite"
    with _store_before_0020(path, monkeypatch) as old:
        doc_id = old.documents.add_article(Article(title="One", text="İstanbul said so."),
                                           analyze=False).documents_added[0]
        old.tags.tag_document(doc_id, "İstanbul")
        old.tags.tag_document(doc_id, "istanbul")
        old.history.undo()
    with Store(path) as upgraded:
        assert upgraded.history.redo() is not None
        assert upgraded.tags.document_tags(doc_id) == ["İstanbul"]
        assert upgraded.history.undo() is not None  # the twin tagging: nothing to take off
        assert upgraded.history.undo() is not None  # "İstanbul" itself
        assert upgraded.tags.document_tags(doc_id) == []
    with Store(path) as reopened:
        assert reopened.history.redo() is not None
        assert reopened.tags.document_tags(doc_id) == ["İstanbul"]


def test_undoing_a_document_tagged_by_a_merged_twin_untags_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """0020 did not rewrite the log: undoing "Tag … with istanbul" on a second document was
    refused ("the tags table changed") and dropped, the tag left on. Now it takes the kept
    tag off that document, and leaves the kept tag and its first document as they were."""
    from workbench.core.models import Article

    path = tmp_path / "old.sqlite"
    with _store_before_0020(path, monkeypatch) as old:
        first, second = (old.documents.add_article(Article(title=t, text=f"{t} said so."),
                                                   analyze=False).documents_added[0]
                         for t in ("One", "Two"))
        old.tags.tag_document(first, "İstanbul")
        old.tags.tag_document(second, "istanbul")
    with Store(path) as upgraded:
        assert upgraded.tags.document_tags(second) == ["İstanbul"]
        assert upgraded.history.undo() is not None
        assert upgraded.tags.document_tags(second) == []
        assert upgraded.tags.document_tags(first) == ["İstanbul"]
        assert upgraded.history.redo() is not None
        assert upgraded.tags.document_tags(second) == ["İstanbul"]
