"""A bundle merges like the library it came from: same rows, no conflicts, nothing twice.

Runs where the merge engine (``operations.merge``) is present; the bundle
side is tested on its own in tests/export/test_bundle.py.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.operations.two_analysts import build, bundle_data
from workbench.core.bundle_records import WorkSelection
from workbench.core.models import Article
from workbench.store import Store

merge = pytest.importorskip("workbench.operations.merge")


def _work(store: Store) -> list[object]:
    work = store.exchange.authored_work(WorkSelection())
    return [work.annotations, work.document_tags, work.links, work.sources, work.analyses]


def test_a_bundle_then_its_library_merge_without_conflicts_or_duplicates(tmp_path: Path) -> None:
    source = tmp_path / "ana.sqlite"
    with Store(source) as ana:
        build(ana)
        bundle = tmp_path / "work.json"
        bundle.write_text(json.dumps(bundle_data(ana)), encoding="utf-8")
        sent = _work(ana)
    with Store(tmp_path / "ben.sqlite") as ben:
        first = merge.merge_file(ben, bundle)
        assert not first.conflicts and first.changed_anything
        assert _work(ben) == sent
        again = merge.merge_file(ben, bundle)
        assert not again.changed_anything
        library = merge.merge_file(ben, source)
        assert not library.conflicts and not any(library.added.values())
        assert _work(ben) == sent


def test_a_bundle_after_its_library_adds_nothing(tmp_path: Path) -> None:
    source = tmp_path / "ana.sqlite"
    with Store(source) as ana:
        build(ana)
        bundle = tmp_path / "work.json"
        bundle.write_text(json.dumps(bundle_data(ana)), encoding="utf-8")
    with Store(tmp_path / "ben.sqlite") as ben:
        merge.merge_file(ben, source)
        report = merge.merge_file(ben, bundle)
        assert not report.changed_anything and sum(report.same.values()) > 0


def test_a_bundle_of_an_updated_document_merges_onto_the_older_version(tmp_path: Path) -> None:
    """A bundle carries only the hashes of earlier versions (no texts): the merge accepts them."""
    source = tmp_path / "ana.sqlite"
    with Store(source) as ana:
        built = build(ana)
        old_text = ana.documents.document_text(built.docs[0])
        ana.versions.replace_document_text(built.docs[0], old_text + "\n\nA correction was added.")
        bundle = tmp_path / "work.json"
        bundle.write_text(json.dumps(bundle_data(ana)), encoding="utf-8")
    with Store(tmp_path / "ben.sqlite") as ben:
        ben.documents.add_article(Article(title="Meeting", text=old_text, source="Wire"))
        report = merge.merge_file(ben, bundle)
        assert report.changed_anything and not report.orphans


def test_a_bundle_carries_earlier_values_so_a_one_sided_edit_is_taken(tmp_path: Path) -> None:
    """Ben edits a note and a claim grade of work Ana sent him; his bundle updates Ana's."""
    ana_path, ben_path = tmp_path / "ana.sqlite", tmp_path / "ben.sqlite"
    with Store(ana_path) as ana:
        build(ana)
    shutil.copy(ana_path, ben_path)
    with Store(ben_path) as ben:
        note = ben.db.execute("SELECT id FROM annotations WHERE note_md <> ''").fetchone()[0]
        ben.annotations.edit_note(note, "Ben's better note")
        claim = ben.claims.list_claims()[0].id
        ben.grades.grade_claim(claim, 6 if ben.claims.get_claim(claim).credibility != 6 else 5)
        data = bundle_data(ben)
        grade = ben.db.execute("SELECT credibility FROM claims WHERE annotation_id = ?", [claim])
        expected = grade.fetchone()[0]
    edited = [i for i in data["items"] if i.get("wb:earlier")]
    assert len(edited) == 1 and set(edited[0]["wb:earlier"]) == {"note_md"}
    bundle = tmp_path / "ben.json"
    bundle.write_text(json.dumps(data), encoding="utf-8")
    with Store(ana_path) as ana:
        report = merge.merge_file(ana, bundle)
        assert report.conflicts == ()
        assert report.added["annotations_updated"] == 1 and report.added["claims_updated"] == 1
        assert ana.db.execute("SELECT count(*) FROM annotations WHERE note_md = ?",
                              ["Ben's better note"]).fetchone()[0] == 1  # fmt: skip
        found = ana.db.execute("SELECT credibility FROM claims WHERE annotation_id = ?", [claim])
        assert found.fetchone()[0] == expected
        assert not merge.merge_file(ana, bundle).changed_anything


def test_entity_curation_travels_in_a_bundle(tmp_path: Path) -> None:
    """Hidden, notes, an analyst's alias and a merged name reach the colleague's library."""
    with Store(tmp_path / "ana.sqlite") as ana:
        build(ana)
        ana.db.execute("INSERT INTO entities (name, name_key, label) VALUES"
                       " ('Omsk', 'omsk', 'GPE'), ('Kremlin', 'kremlin', 'ORG'),"
                       " ('the Kremlin', 'the kremlin', 'ORG')")  # fmt: skip
        ana.db.conn.commit()
        omsk, kremlin, the_kremlin = (
            ana.entities.find_entity_id(n) for n in ("Omsk", "Kremlin", "the Kremlin")
        )
        ana.entities.set_entity_hidden(omsk)
        ana.entities.add_entity_alias(kremlin, "Moscow")
        ana.entities.merge_entities(kremlin, [the_kremlin])
        data = bundle_data(ana)
    entries = {e["wb:name"]: e for e in data["entities"]}
    assert entries["Omsk"]["wb:hidden"] is True
    kremlin_entry = entries["Kremlin"]
    assert [a["wb:alias"] for a in kremlin_entry["wb:aliases"]] == ["Moscow", "the Kremlin"]
    assert "the Kremlin" in [m["wb:name"] for m in kremlin_entry["wb:mergedNames"]]
    bundle = tmp_path / "ana.json"
    bundle.write_text(json.dumps(data), encoding="utf-8")
    with Store(tmp_path / "ben.sqlite") as ben:
        merge.merge_file(ben, bundle)
        db = ben.db
        assert db.execute("SELECT hidden FROM entities WHERE name = 'Omsk'").fetchone() == (1,)
        assert db.execute(
            "SELECT e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
            " WHERE a.alias = 'Moscow'"
        ).fetchone() == ("Kremlin",)
        assert db.execute(
            "SELECT e.name FROM entity_rules r JOIN entities e ON e.id = r.entity_id"
            " WHERE r.name = 'the Kremlin'"
        ).fetchone() == ("Kremlin",)
        assert not merge.merge_file(ben, bundle).changed_anything
