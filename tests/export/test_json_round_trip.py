"""The JSON export is complete: importing it into an empty library loses nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.export.conftest import Library, build_library, span
from tests.json_imports import import_workbench_export
from workbench.core.models import Article
from workbench.core.progress import Progress
from workbench.core.records import ExportContents
from workbench.export.json_export import dumps
from workbench.operations.exporting import library_export as library_record
from workbench.operations.importing import import_paths
from workbench.store import Store


def canonical(export: dict[str, Any]) -> dict[str, Any]:
    """The export with every library id replaced by what it stands for (ids differ by library)."""
    docs = export["documents"]
    doc = {d["id"]: d["content_hash"] for d in docs}
    ann = {
        a["id"]: (doc[d["id"]], a["kind"], a["start"], a["end"])
        for d in docs
        for a in d["annotations"]
    }
    quote = {q["id"]: (doc[d["id"]], q["start"], q["end"]) for d in docs for q in d["quotes"]}
    entity = {e["id"]: (e["name"], e["label"]) for e in export["entities"]}
    result = json.loads(json.dumps(export))
    for d in result["documents"]:
        d["id"] = doc[d["id"]]
        for m in d["entities"]:
            m["entity_id"] = entity[m["entity_id"]]
        for q in d["quotes"]:
            q["id"], q["speaker_entity_id"] = quote[q["id"]], entity.get(q["speaker_entity_id"])
        for a in d["annotations"]:
            a["id"] = ann[a["id"]]
        for c in d["claims"]:
            c["id"], c["quote_id"] = ann[c["id"]], quote.get(c["quote_id"])
            c["claimant_entity_id"] = entity.get(c["claimant_entity_id"])
            for link in c["links"]:
                link["id"] = None
                link["other_claim_id"] = ann[link["other_claim_id"]]
                link["other_document_id"] = doc[link["other_document_id"]]
    for e in result["entities"]:
        e["id"] = entity[e["id"]]
    for t in result["tags"]:
        t["id"] = None
    for link in result["links"]:
        link["id"] = None
        link["from_annotation_id"] = ann[link["from_annotation_id"]]
        link["to_annotation_id"] = ann[link["to_annotation_id"]]
    return result


def export_file(store: Store, path: Path, doc_ids: list[int] | None = None) -> Path:
    path.write_text(dumps(library_record(store, doc_ids)), encoding="utf-8")
    return path


def test_round_trip_into_an_empty_library_loses_nothing(library: Library, tmp_path: Path) -> None:
    source = library_record(library.store)
    path = export_file(library.store, tmp_path / "a.json")
    with Store(tmp_path / "b.sqlite") as target:
        report = import_workbench_export(target, path)
        assert report.ok and len(report.imported) == len(library.docs)
        assert (report.claims, report.links, report.links_skipped) == (4, 3, 0)
        again = library_record(target)
    assert dumps(again) == dumps(source)  # byte for byte: a fresh library keeps every id


def test_round_trip_into_a_busy_library_remaps_ids(library: Library, tmp_path: Path) -> None:
    source = library_record(library.store)
    path = export_file(library.store, tmp_path / "a.json")
    target = Store(None)
    other = target.documents.add_article(
        Article(title="Other", text="Unrelated text here.")
    ).documents_added[0]
    target.claims.add_claim(other, 0, 9, claimant_text="Someone")
    target.annotations.add_annotation(other, 10, 14, note_md="x", tags=("elsewhere",))
    target.tags.tag_document(other, "topic/sanctions")
    report = import_workbench_export(target, path)
    assert report.ok and (report.claims, report.links) == (4, 3)
    imported = library_record(target, report.imported)
    assert [d["id"] for d in imported["documents"]] != [d["id"] for d in source["documents"]]
    expected = canonical(source)
    got = canonical(imported)
    expected["tags"] = got["tags"] = None  # the busy library has tags of its own
    assert got == expected


def test_importing_twice_adds_nothing(library: Library, tmp_path: Path) -> None:
    path = export_file(library.store, tmp_path / "a.json")
    target = Store(None)
    import_workbench_export(target, path)
    before = dumps(library_record(target))
    report = import_workbench_export(target, path)
    assert report.imported == [] and len(report.merged) == len(library.docs)
    assert (report.annotations, report.claims, report.links) == (0, 0, 0)
    assert dumps(library_record(target)) == before


def test_a_document_already_present_receives_the_annotations(
    library: Library, tmp_path: Path
) -> None:
    path = export_file(library.store, tmp_path / "a.json", [library.docs[0], library.docs[2]])
    target = Store(None)
    text = library.store.documents.document_text(library.docs[0])
    own = target.documents.add_article(
        Article(title="My copy", text=text), analyze=False
    ).documents_added[0]
    mine, _ = target.annotations.add_annotation(own, *span(text, "Miller"), note_md="mine")
    report = import_workbench_export(target, path)
    assert report.merged == [("My copy", own)] and len(report.imported) == 1  # the library's title
    annotations = target.annotations.document_annotations(own)
    assert mine in [a.id for a in annotations] and len(annotations) == 3
    assert target.documents.get_document(own)["title"] == "My copy"
    assert [e["entity"] for e in target.analysis.document_entities(own)][:2] == [
        "Matthew Miller",
        "Kim Jong Un",
    ]
    claim = target.claims.document_claims(own)[0]
    assert claim.status == "disputed" and len(target.claims.claim_history(claim.id)) == 2
    assert [link.reads for link in claim.links] == ["supported by"]


def test_tags_keep_their_colours(library: Library, tmp_path: Path) -> None:
    target = Store(None)
    import_workbench_export(target, export_file(library.store, tmp_path / "a.json"))
    colours = {t.path: t.color for t in target.tags.list_tags()}
    assert colours["topic/sanctions"] == "#123456"


def test_import_paths_routes_exports_to_the_json_import(library: Library, tmp_path: Path) -> None:
    path = export_file(library.store, tmp_path / "library.json")
    target = Store(None)
    report = import_paths(target, [path], analyze=False)
    assert report.ok and len(report.imported) == len(library.docs)
    assert target.analysis.documents_needing_analysis() == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"format": "workbench-export", "version": 99, "documents": []}', "newer"),
        ('{"format": "workbench-export", "version": 1, "documents": {}}', "expected a list"),
        ('{"format": "workbench-export", "version": 1, "documents": [', "not valid JSON"),
    ],
)
def test_unreadable_exports_fail_with_a_reason(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    report = import_workbench_export(Store(None), path)
    said = [why for _, why in report.failed] + [p for ps in report.problems.values() for p in ps]
    assert not report.ok and reason in " ".join(said)


def test_broken_documents_are_all_named_and_nothing_is_written(
    library: Library, tmp_path: Path
) -> None:
    data = library_record(library.store)
    data["documents"][1]["annotations"][0:0] = [{"kind": "highlight", "start": "x", "end": 3}]
    data["documents"][2]["annotations"] = [{"kind": "<script>", "start": 0, "end": 1}]
    data["documents"][3]["text"] = None
    path = tmp_path / "a.json"
    path.write_text(json.dumps(data))
    target = Store(None)
    report = import_workbench_export(target, path)
    (failed,) = report.failed  # one file, one failed input: its problems listed under it
    assert failed == (str(path), "invalid workbench export: 3 problems, nothing imported")
    assert report.problems[str(path)] == [
        "documents[1].annotations[0].start: expected a whole number, got a string ('x')",
        "documents[2].annotations[0].kind: '<script>' is not one of claim, highlight, note",
        "documents[3].text: required, got null",
    ]
    assert report.imported == [] and target.documents.count_documents() == 0
    assert target.tags.list_tags() == [] and target.entities.all_entities() == []


def test_a_link_to_a_claim_outside_the_file_is_skipped(library: Library, tmp_path: Path) -> None:
    data = library_record(library.store)
    data["links"].append({"from_annotation_id": 999, "to_annotation_id": 1, "relation": "same"})
    path = tmp_path / "a.json"
    path.write_text(json.dumps(data))
    report = import_workbench_export(Store(None), path)
    assert report.ok and (report.links, report.links_skipped) == (3, 1)


def _contents(data: dict[str, Any]) -> ExportContents:
    return ExportContents(
        documents=tuple(data["documents"]),
        entities=tuple(data["entities"]),
        tags=tuple(data["tags"]),
        links=tuple(data["links"]),
    )


def test_an_export_is_written_back_through_the_exchange_part(library: Library) -> None:
    data = library_record(library.store, [library.docs[0]])
    target = Store(None)
    result = target.exchange.import_export(_contents(data))
    assert len(result.imported) == 1 and result.claims == 1 and not result.failed
    assert target.documents.get_document(result.imported[0])["status"] == "analyzed"


def test_an_import_is_one_transaction(library: Library) -> None:
    """A failure that is not a broken record (here: the progress callback) leaves nothing."""
    target = Store(None)
    progress = Progress()

    def fail_after_two(update: Progress) -> None:
        if update.done >= 2:
            raise RuntimeError("disk gone")

    progress.on_update = fail_after_two
    with pytest.raises(RuntimeError):
        target.exchange.import_export(_contents(library_record(library.store)), progress)
    assert target.documents.count_documents() == 0
    assert target.tags.list_tags() == [] and target.entities.all_entities() == []


def test_cancelling_keeps_the_documents_written_and_their_links(library: Library) -> None:
    target = Store(None)
    progress = Progress()
    progress.on_update = lambda update: update.cancel() if update.done >= 3 else None
    result = target.exchange.import_export(_contents(library_record(library.store)), progress)
    assert result.cancelled and len(result.imported) == 3
    assert target.documents.count_documents() == 3
    kept = set(result.imported)
    linked = {c.document_id for link in target.claims.all_links()
              for c in (target.claims.get_claim(link.from_annotation_id),
                        target.claims.get_claim(link.to_annotation_id))}  # fmt: skip
    assert linked <= kept and result.links == len(target.claims.all_links())


def test_a_fresh_library_from_the_seed_style_builder_round_trips_twice(tmp_path: Path) -> None:
    first = build_library(Store(None))
    a = export_file(first.store, tmp_path / "a.json")
    second = Store(None)
    import_workbench_export(second, a)
    b = export_file(second, tmp_path / "b.json")
    third = Store(None)
    import_workbench_export(third, b)
    assert canonical(library_record(third)) == canonical(library_record(first.store))


def test_a_tag_exported_without_its_parent_keeps_its_id(tmp_path: Path) -> None:
    """A file from a library whose rename left ``x/y`` parentless: no tag's id shifts."""
    data = {
        "format": "workbench-export",
        "version": 1,
        "documents": [{"id": 4, "text": "Some text.", "tags": ["x/y", "z"]}],
        "tags": [
            {"id": 1, "path": "x/y", "color": "#111111"},
            {"id": 2, "path": "z", "color": "#222222"},
        ],
    }
    path = tmp_path / "a.json"
    path.write_text(json.dumps(data))
    target = Store(None)
    assert import_workbench_export(target, path).ok
    tags = {t.path: (t.id, t.color) for t in target.tags.list_tags()}
    assert tags["x/y"] == (1, "#111111") and tags["z"] == (2, "#222222")
    assert tags["x"][0] == 3  # the missing parent comes after the file's own tags
    assert target.tags.document_tags(4) == ["x/y", "z"]
