"""One tag per spelling up to Unicode case (``label_key``), in new libraries and upgraded ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from workbench.core.labels import label_key
from workbench.core.models import Article
from workbench.store import LibraryFilter, Store, UndoConflict


def _document(store: Store, title: str) -> int:
    article = Article(title=title, text=f"{title} reported on prices.")
    return store.documents.add_article(article, analyze=False).documents_added[0]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("économie", "ÉCONOMIE"),  # an accented capital: NOCASE kept these two apart
        ("Straße", "STRASSE"),  # folding changes the length
        ("e\u0301conomie", "\u00e9conomie"),  # decomposed and composed é
        ("Economy", "ECONOMY"),  # ASCII, as before
    ],
)
def test_two_spellings_in_unicode_case_are_one_tag(store: Store, first: str, second: str) -> None:
    one, two = _document(store, "One"), _document(store, "Two")
    store.tags.tag_document(one, first)
    store.tags.tag_document(two, second)
    assert [(tag.path, tag.documents) for tag in store.tags.list_tags()] == [(first, 2)]
    assert store.tags.document_tags(two) == [first]


def test_a_tag_is_renamed_merged_and_deleted_by_another_spelling(store: Store) -> None:
    doc_id = _document(store, "One")
    store.tags.tag_document(doc_id, "straße/bau")
    store.tags.tag_document(doc_id, "STRASSE/BAU/Brücken")  # below the stored spelling
    assert store.tags.document_tags(doc_id) == ["straße/bau", "straße/bau/Brücken"]
    store.tags.rename_tag("STRASSE", "Wege")
    assert store.tags.document_tags(doc_id) == ["Wege/bau", "Wege/bau/Brücken"]
    store.tags.merge_tags("WEGE/BAU/BRÜCKEN", "wege/bau")
    assert store.tags.document_tags(doc_id) == ["Wege/bau"]
    store.tags.delete_tag("WEGE")
    assert store.tags.list_tags() == []


def _merged_tagged_libraries(tmp_path: Path, *, theirs_tag: str, our_tag: str):
    """Our one-document library tagged ``our_tag`` after merging theirs tagged ``theirs_tag``:
    the set-up of every merge test of tag spellings. Returns our open store and the report."""
    theirs = Store(tmp_path / "theirs.sqlite")
    theirs.documents.add_article(Article("U", "Other text."), analyze=False)
    theirs.tags.tag_document(1, theirs_tag)
    theirs.close()
    ours = Store(tmp_path / "ours.sqlite")
    _document(ours, "One")
    ours.tags.tag_document(1, our_tag)
    report, _ = ours.merge.merge_library(tmp_path / "theirs.sqlite")
    return ours, report


def _old_library(path: Path) -> None:
    """A library as made before 0018, holding one tag in three Unicode-case spellings."""
    from workbench.store.schema import migrations

    db = Database(path)
    migrations.apply(db, stop_before="0018_tag_keys")
    for number in (1, 2, 3):
        db.execute(
            "INSERT INTO documents (content_hash, title, source, text, format, imported_at)"
            f" VALUES ('h{number}', 'Doc {number}', 'Wire', 'Text {number}.', 'text',"
            " '2024-01-01')"
        )
    db.execute(
        "INSERT INTO annotations (document_id, kind, start, \"end\", exact, created_at,"
        " updated_at) VALUES (3, 'highlight', 0, 4, 'Text', '2024-01-01', '2024-01-01')"
    )
    tags = [(1, "économie", "#111111"), (2, "ÉCONOMIE", "#222222"), (3, "ÉCONOMIE/prix", None),
            (4, "E\u0301CONOMIE", None), (5, "économie/PRIX", None), (6, "Politique", None)]
    db.conn.executemany("INSERT INTO tags (id, path, color) VALUES (?, ?, ?)", tags)
    uses = [(1, 1), (1, 2), (2, 2), (2, 3), (3, 4), (3, 5), (3, 6)]
    db.conn.executemany("INSERT INTO document_tags (document_id, tag_id) VALUES (?, ?)", uses)
    db.execute("INSERT INTO span_tags (annotation_id, tag_id) VALUES (1, 4)")
    db.conn.commit()
    db.close()


def test_an_old_library_merges_its_case_variants_and_loses_no_use(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _old_library(path)
    with Store(path) as upgraded:
        assert "0018_tag_keys" in upgraded.applied_migrations
        listed = {tag.path: (tag.color, tag.documents, tag.spans)
                  for tag in upgraded.tags.list_tags()}
        assert listed == {"économie": ("#111111", 3, 1), "économie/prix": (None, 2, 0),
                          "Politique": (None, 1, 0)}  # the first spelling, its colour kept
        assert upgraded.tags.document_tags(1) == ["économie"]
        assert upgraded.tags.document_tags(2) == ["économie", "économie/prix"]
        assert set(upgraded.tags.document_tags(3)) == {"économie", "économie/prix", "Politique"}
        keys = upgraded.db.execute("SELECT path, path_key FROM tags").fetchall()
        assert all(key == label_key(path) for path, key in keys)
        upgraded.tags.tag_document(1, "ÉCONOMIE/Prix")  # and stays one tag afterwards
        assert upgraded.tags.document_tags(1) == ["économie", "économie/prix"]


def test_the_library_filters_by_a_tag_in_any_unicode_case(store: Store) -> None:
    """The library's tag filter finds the tag and the tags below it however it is typed."""
    doc_id, other = _document(store, "One"), _document(store, "Two")
    store.tags.tag_document(doc_id, "Straße/Bau")
    store.tags.tag_document(other, "Straßenbahn")  # its key starts alike, but it is no child
    for typed in ("STRASSE", "strasse/bau", "Stra\u00dfe/BAU", "stras\u0073e"):
        assert store.library.library_ids(LibraryFilter(tag=typed)) == [doc_id], typed


def test_an_action_logged_before_the_tag_keys_is_still_undone(tmp_path: Path) -> None:
    """Undo steps kept in an older library hold tag rows without ``path_key``."""
    import json

    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        doc_id = _document(store, "One")
        store.tags.tag_document(doc_id, "politique")
        store.tags.rename_tag("politique", "Politique/France")
        for step_id, ops in store.db.execute("SELECT id, ops FROM undo_log").fetchall():
            images = [[table, *(
                {k: v for k, v in image.items() if k != "path_key"} if image else image
                for image in (before, after))] for table, before, after in json.loads(ops)]
            store.db.execute("UPDATE undo_log SET ops = ? WHERE id = ?",
                             [json.dumps(images), step_id])
        store.db.conn.commit()
    with Store(path) as store:
        assert store.history.undo() is not None
        assert store.tags.document_tags(doc_id) == ["politique"]
        keys = store.db.execute("SELECT path, path_key FROM tags").fetchall()
        assert all(key == label_key(path) for path, key in keys)
        assert store.history.undo() is not None
        assert store.tags.document_tags(doc_id) == []


def test_a_merge_takes_their_tag_in_other_unicode_case_as_ours(tmp_path: Path) -> None:
    ours, _ = _merged_tagged_libraries(tmp_path, theirs_tag="ÉCONOMIE/Prix", our_tag="économie")
    assert sorted(tag.path for tag in ours.tags.list_tags()) == ["économie", "économie/Prix"]
    ours.close()


def test_undoing_a_tag_kept_by_the_merge_of_its_twins_keeps_their_uses(store: Store) -> None:
    """0018 moved a twin's uses onto the tag kept, outside the history: undoing the kept
    tag's creation is refused, not allowed to untag those documents by cascade."""
    first, twin_tagged = _document(store, "One"), _document(store, "Two")
    store.tags.tag_document(first, "économie")
    with store.db.atomic():  # what the migration wrote for the twin "ÉCONOMIE"
        store.db.execute("INSERT INTO document_tags (document_id, tag_id) VALUES (?, 1)",
                         [twin_tagged])
    with pytest.raises(UndoConflict, match="documents or spans it did not tag"):
        store.history.undo()
    assert store.tags.document_tags(twin_tagged) == ["économie"]
    assert store.tags.document_tags(first) == ["économie"]


def test_claims_are_listed_by_a_tag_in_any_unicode_case(store: Store) -> None:
    """The claims filter finds a tag and the tags below it as the library filter does."""
    doc_id = _document(store, "One")
    claim_id, _ = store.claims.add_claim(doc_id, 0, 3)
    store.tags.tag_annotation(claim_id, "Économie/Prix")
    for typed in ("ÉCONOMIE", "économie/PRIX", "E\u0301conomie"):
        assert [claim.id for claim in store.claims.list_claims(tag=typed)] == [claim_id], typed
    assert store.claims.list_claims(tag="Économ") == []


def test_a_tag_whose_parent_is_gone_is_spelt_under_its_kept_ancestor(tmp_path: Path) -> None:
    """``ÉCONOMIE/x/y`` without ``ÉCONOMIE/x``, beside ``économie``: after 0018 it is below
    ``économie``, so renaming that tag takes it along."""
    from workbench.store.schema import migrations

    path = tmp_path / "old.sqlite"
    db = Database(path)
    migrations.apply(db, stop_before="0018_tag_keys")
    db.conn.executemany("INSERT INTO tags (id, path) VALUES (?, ?)",
                        [(1, "économie"), (2, "ÉCONOMIE/x/y"), (3, "ÉCONOMIE/Prix/z")])
    db.conn.commit()
    db.close()
    with Store(path) as upgraded:
        assert [tag.path for tag in upgraded.tags.list_tags()] == [
            "économie", "économie/Prix/z", "économie/x/y"]
        upgraded.tags.rename_tag("ÉCONOMIE", "eco")
        assert [tag.path for tag in upgraded.tags.list_tags()] == ["eco", "eco/Prix/z", "eco/x/y"]


def test_keeping_their_spellings_respells_the_tags_below_each(tmp_path: Path) -> None:
    """Two tag-name conflicts, parent then child, both kept as theirs: the child's
    children follow, though the parent's resolution already respelt them ("ß" ≠ "SS")."""
    ours, report = _merged_tagged_libraries(tmp_path, theirs_tag="Straße/Bau",
                                            our_tag="STRASSE/bau/Brücke")
    for conflict in sorted(report.conflicts, key=lambda found: found.id):
        ours.merge.resolve_conflict(conflict.id, "theirs")
    assert [tag.path for tag in ours.tags.list_tags()] == [
        "Straße", "Straße/Bau", "Straße/Bau/Brücke"]
    ours.close()
