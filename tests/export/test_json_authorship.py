"""The JSON export carries who did all work; the import keeps it, adding nothing twice."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.json_imports import import_workbench_export
from workbench.core.authorship import Author
from workbench.core.models import Analysis, Article, Mention, Quote
from workbench.export.json_export import dumps
from workbench.operations.exporting import library_export
from workbench.store import Store

ANA = Author("a" * 32, "Ana")
BEN = Author("b" * 32, "Ben")
TEXT = 'Miller said "sanctions are coming" to reporters. Kim met Putin on Tuesday.'
HEX32 = set("0123456789abcdef")


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _two_analysts(store: Store) -> None:
    """Ana annotates, claims, tags and rates; Ben changes a status and links."""
    store.authors.act_as(ANA)
    doc = store.documents.add_article(
        Article(title="Talks", text=TEXT, source="Wire"), analyze=False
    ).documents_added[0]
    start = TEXT.index("Miller")
    store.analysis.save_analysis(doc, Analysis(
        mentions=[Mention(start, start + 6, "Miller", "PERSON", "Miller")],
        quotes=[Quote(*_span('"sanctions are coming"'), '"sanctions are coming"')],
    ))  # fmt: skip
    note, _ = store.annotations.add_annotation(doc, *_span("Kim"), note_md="who?", tags=("t/x",))
    first, _ = store.claims.add_claim(doc, *_span("sanctions are coming"))
    second, _ = store.claims.add_claim(doc, *_span("Kim met Putin"))
    store.tags.tag_document(doc, "desk")
    store.grades.grade_source("Wire", "B")
    store.ach.create_analysis("Will it happen?", ["yes", "no"])
    analysis = store.ach.list_analyses()[0].id
    store.ach.add_evidence(analysis, first)
    matrix = store.ach.get_analysis(analysis)
    store.ach.rate(matrix.evidence[0].id, matrix.hypotheses[0].id, "C")
    store.authors.act_as(BEN)
    store.entities.add_entity_alias(store.entities.find_entity_id("Miller"), "M. Miller")
    store.claims.set_claim_status(first, "disputed")
    store.claims.link_claims(first, second, "supports")
    store.annotations.edit_note(note, "who is Kim?")


@pytest.fixture
def source() -> Any:
    store = Store(None)
    _two_analysts(store)
    yield store
    store.close()


def _is_origin(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 32 and set(value) <= HEX32


def test_every_authored_record_names_its_origin_and_author(source: Store) -> None:
    export = library_export(source)
    assert export["authors"] == [{"id": ANA.id, "name": "Ana"}, {"id": BEN.id, "name": "Ben"}]
    (document,) = export["documents"]
    assert [m["creator"] for m in document["entities"]] == ["machine"]
    assert [q["creator"] for q in document["quotes"]] == ["machine"]
    note = next(a for a in document["annotations"] if a["kind"] == "note")
    assert _is_origin(note["origin"]) and note["author_id"] == ANA.id
    assert note["edited_by"] == BEN.id and note["author_name"] == "Ana"
    assert note["tag_authorship"][0]["path"] == "t/x"
    assert note["tag_authorship"][0]["author_id"] == ANA.id
    assert document["tag_authorship"][0]["author_id"] == ANA.id
    claim = next(c for c in document["claims"] if c["status"] == "disputed")
    assert (claim["author_id"], claim["edited_by"]) == (ANA.id, BEN.id)
    assert [step["author_id"] for step in claim["history"]] == [ANA.id, BEN.id]
    assert all(_is_origin(step["origin"]) for step in claim["history"])
    (link,) = export["links"]
    assert link["author_id"] == BEN.id and _is_origin(link["origin"])
    assert export["sources"][0]["author_id"] == ANA.id
    assert export["tags"][0]["author_id"] == ANA.id
    (alias,) = export["entities"][0]["alias_authorship"]
    assert alias["alias"] == "M. Miller" and alias["author_id"] == BEN.id
    (analysis,) = export["ach"]
    assert analysis["author_id"] == ANA.id
    assert all(h["author_id"] == ANA.id for h in analysis["hypotheses"])
    (evidence,) = analysis["evidence"]
    (mark,) = evidence["rating_authorship"].values()
    assert mark["author_id"] == ANA.id and mark["rated_by"] == "Ana"


def test_import_keeps_origins_and_authors(source: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(dumps(library_export(source)), encoding="utf-8")
    with Store(tmp_path / "b.sqlite") as target:
        assert import_workbench_export(target, path).ok
        assert target.authors.names() == {ANA.id: "Ana", BEN.id: "Ben"}
        assert dumps(library_export(target)) == path.read_text(encoding="utf-8")


def test_import_never_duplicates_work_whose_origin_is_present(
    source: Store, tmp_path: Path
) -> None:
    export = library_export(source)
    path = tmp_path / "a.json"
    path.write_text(dumps(export), encoding="utf-8")
    target = Store(None)
    import_workbench_export(target, path)
    # The same note, moved by hand to another span: only its origin says it is the same work.
    note = next(a for a in export["documents"][0]["annotations"] if a["kind"] == "note")
    note["start"], note["end"] = _span("Putin")
    note["exact"] = "Putin"
    for link in export["links"]:
        link["relation"] = "contradicts"  # the same link (origin) with another relation
    path.write_text(dumps(export), encoding="utf-8")
    report = import_workbench_export(target, path)
    assert (report.annotations, report.claims, report.links) == (0, 0, 0)
    doc = target.documents.list_documents()[0]["id"]
    assert len(target.annotations.document_annotations(doc)) == 3
    assert len(target.claims.all_links()) == 1


def test_a_library_keeps_its_own_name_for_a_known_author(source: Store, tmp_path: Path) -> None:
    export = library_export(source)
    export["authors"][0]["name"] = "Ana Maria"
    path = tmp_path / "a.json"
    path.write_text(dumps(export), encoding="utf-8")
    target = Store(None)
    target.authors.act_as(ANA)
    target.tags.tag_document(
        target.documents.add_article(Article(title="x", text="Other text.")).documents_added[0],
        "mine",
    )
    import_workbench_export(target, path)
    names = target.authors.names()  # the author list the app shows
    assert names[ANA.id] == "Ana" and names[BEN.id] == "Ben"


def _broken(source: Store, tmp_path: Path, change: Any) -> list[str]:
    export = json.loads(dumps(library_export(source)))
    change(export)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    target = Store(None)
    report = import_workbench_export(target, path)
    assert not report.ok and target.documents.list_documents() == []
    return [message for _path, message in report.failed] + report.problems.get(str(path), [])


def _note(export: dict[str, Any]) -> dict[str, Any]:
    return export["documents"][0]["annotations"][0]


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda e: _note(e).update(origin="xyz"), "annotations[0].origin"),
        (lambda e: _note(e).update(author_id="A" * 32), "annotations[0].author_id"),
        (lambda e: _note(e).update(edited_by=7), "annotations[0].edited_by"),
        (lambda e: e["authors"].append({"id": "c" * 32, "name": "  "}), "authors[2].name"),
        (lambda e: e["authors"].append({"id": "c" * 32, "name": "a\nb"}), "not a clean name"),
        (lambda e: e["authors"].append({"id": "c" * 32, "name": "x" * 121}), "at most 120"),
        (lambda e: e["authors"].append({"id": "nope", "name": "X"}), "authors[2].id"),
        (lambda e: e["authors"].append(dict(e["authors"][0])), "given twice"),
        (
            lambda e: e["entities"][0]["alias_authorship"][0].update(author_id="Ben"),
            "entities[0].alias_authorship[0].author_id",
        ),
        (
            lambda e: e["links"][0].update(origin=e["documents"][0]["claims"][0]["origin"]),
            None,  # another kind's origin: allowed (only one kind's origins must differ)
        ),
        (
            lambda e: _note(e).update(origin=e["documents"][0]["annotations"][1]["origin"]),
            "annotation origin",
        ),
        (
            lambda e: e["ach"][0]["evidence"][0]["rating_authorship"].update(x={}),
            "expected hypothesis ids",
        ),
        (
            lambda e: e["documents"][0]["tag_authorship"][0].update(origin="0" * 31),
            "documents[0].tag_authorship[0].origin",
        ),
    ],
)
def test_bad_authorship_is_refused_with_its_path(
    source: Store, tmp_path: Path, change: Any, fragment: str | None
) -> None:
    if fragment is None:
        export = json.loads(dumps(library_export(source)))
        change(export)
        path = tmp_path / "ok.json"
        path.write_text(json.dumps(export), encoding="utf-8")
        assert import_workbench_export(Store(None), path).ok
        return
    problems = _broken(source, tmp_path, change)
    assert any(fragment in problem for problem in problems), problems
