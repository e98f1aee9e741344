"""Bundles: one analyst's work since a date as W3C annotations, staged back with origins."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.operations.two_analysts import ANA, BEN, OLD, TwoAnalysts, build, bundle_data
from workbench.cli import main
from workbench.core.bundle_records import WorkSelection, since_timestamp
from workbench.export.formats import export_format
from workbench.operations.exporting import ExportRequest, run_export
from workbench.operations.merge_inputs import library_from_json
from workbench.store import Store

RECENT = "2025-01-01"
WORK_FIELDS = ("authors", "documents", "tags", "annotations", "document_tags", "links",
               "sources", "analyses")  # fmt: skip


@pytest.fixture
def analysts() -> Iterator[TwoAnalysts]:
    store = Store()
    yield build(store)
    store.close()


def _export(store: Store, out: Path, author: str | None = None, since: str | None = None) -> dict:
    run_export(store, ExportRequest("bundle", out, author=author, since=since))
    return json.loads(out.read_text(encoding="utf-8"))


def _origins(data: dict) -> set[str]:
    return {item["id"].rsplit(":", 1)[1] for item in data["items"]}


def _origin_of(store: Store, table: str, key: str, value: int) -> str:
    row = store.db.execute(f"SELECT origin FROM {table} WHERE {key} = ?", [value]).fetchone()
    return str(row[0])


def test_a_bundle_of_one_author_since_a_date_comes_back_with_its_origins_and_authors(
    analysts: TwoAnalysts, tmp_path: Path
) -> None:
    store = analysts.store
    _export(store, tmp_path / "ben.json", author="Ben", since=RECENT)
    staged = library_from_json(tmp_path / "ben.json", tmp_path)
    selection = WorkSelection(BEN.id, since_timestamp(RECENT))
    sent = store.exchange.authored_work(selection)
    with Store(staged) as received:
        back = received.exchange.authored_work(WorkSelection())
        assert received.authors.names() == {ANA.id: ANA.name, BEN.id: BEN.name}
        signed = received.db.execute(
            "SELECT origin, author_id FROM annotations ORDER BY origin"
        ).fetchall()
    for name in WORK_FIELDS:
        assert getattr(back, name) == getattr(sent, name), name
    expected = store.db.execute(
        "SELECT origin, author_id FROM annotations WHERE id IN (?, ?) ORDER BY origin",
        [analysts.ana_claim, analysts.ben_claim],
    ).fetchall()
    assert signed == expected  # Ana's claim travels with Ben's status change, signed by Ana


def test_every_selection_round_trips_exactly(analysts: TwoAnalysts, tmp_path: Path) -> None:
    store = analysts.store
    since = since_timestamp(RECENT)
    selections = [WorkSelection(), WorkSelection(ANA.id), WorkSelection(None, since)]
    for number, selection in enumerate(selections):
        path = tmp_path / f"{number}.json"
        path.write_text(json.dumps(bundle_data(store, selection)), encoding="utf-8")
        with Store(library_from_json(path, tmp_path)) as received:
            back = received.exchange.authored_work(WorkSelection())
        sent = store.exchange.authored_work(selection)
        assert [getattr(back, f) for f in WORK_FIELDS] == [getattr(sent, f) for f in WORK_FIELDS]


def test_author_chooses_whose_work(analysts: TwoAnalysts, tmp_path: Path) -> None:
    store = analysts.store
    ana, ben = _export(store, tmp_path / "a.json", "ana analyst"), _export(
        store, tmp_path / "b.json", "Ben"
    )
    note = _origin_of(store, "annotations", "id", analysts.ana_note)
    link = store.db.execute("SELECT origin FROM links").fetchone()[0]
    assert note in _origins(ana) and note not in _origins(ben)
    assert link in _origins(ben) and link not in _origins(ana)
    kinds = {item["type"] for item in ben["items"]}
    assert {"wb:SourceGrade", "wb:Analysis"} <= kinds
    assert not {"wb:SourceGrade", "wb:Analysis"} & {item["type"] for item in ana["items"]}
    assert ana["selection"]["author_id"] == ANA.id


def test_since_leaves_out_work_not_touched_since(analysts: TwoAnalysts, tmp_path: Path) -> None:
    store = analysts.store
    everything = _export(store, tmp_path / "all.json")
    recent = _export(store, tmp_path / "recent.json", since=RECENT)
    note = _origin_of(store, "annotations", "id", analysts.ana_note)
    claim = _origin_of(store, "annotations", "id", analysts.ana_claim)
    fresh = _origin_of(store, "annotations", "id", analysts.ana_recent)
    assert note in _origins(everything) and note not in _origins(recent)
    assert {claim, fresh} <= _origins(recent)  # an old claim disputed since comes along
    tagging = [i for i in recent["items"] if i.get("motivation") == "tagging"]
    assert tagging == [] and len([i for i in everything["items"]
                                  if i.get("motivation") == "tagging"]) == 1  # fmt: skip
    assert recent["selection"] == {"author": None, "author_id": None,
                                   "since": "2025-01-01T00:00:00+00:00"}  # fmt: skip
    assert since_timestamp(recent["generated"]) == recent["generated"] > RECENT  # when, in UTC


def test_an_untimed_row_changed_since_the_date_comes_along(
    analysts: TwoAnalysts, tmp_path: Path
) -> None:
    store = analysts.store
    store.authors.act_as(ANA)
    store.tags.tag_annotation(analysts.ana_note, "people/min/named")  # span tags have no time
    recent = _export(store, tmp_path / "recent.json", author="Ana Analyst", since=RECENT)
    note = _origin_of(store, "annotations", "id", analysts.ana_note)
    assert note in _origins(recent)
    assert [t["wb:path"] for t in recent["tags"]] == ["people", "people/min", "people/min/named"]


def test_the_bundle_is_w3c_annotations_named_by_origin(analysts: TwoAnalysts) -> None:
    data = bundle_data(analysts.store)
    assert data["type"] == "workbench-bundle" and data["version"] == 1
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    claims = [i for i in data["items"] if i.get("motivation") == "assessing"]
    claim = next(i for i in claims if i["creator"]["name"] == "Ana Analyst")
    assert claim["creator"] == {"id": f"urn:workbench:author:{ANA.id}", "type": "Person",
                                "name": "Ana Analyst"}  # fmt: skip
    selectors = {s["type"]: s for s in claim["target"]["selector"]}
    document = next(d for d in data["documents"] if d["id"] == claim["target"]["source"])
    position = selectors["TextPositionSelector"]
    start, end = position["start"], position["end"]
    assert document["text"][start:end] == selectors["TextQuoteSelector"]["exact"]
    body = next(b for b in claim["body"] if b["type"] == "wb:Claim")
    assert body["wb:status"] == "disputed" and body["wb:credibility"] == 3
    assert [s["creator"]["name"] for s in body["wb:history"]] == ["Ana Analyst", "Ben"]
    assert body["wb:history"][0]["wb:changedAt"] == OLD
    ben = next(i for i in claims if i["creator"]["name"] == "Ben")
    body = next(b for b in ben["body"] if b["type"] == "wb:Claim")
    assert body["wb:claimantEntity"] == {"wb:name": "City Police", "wb:label": "ORG"}


def test_the_format_table_has_the_bundle_row() -> None:
    row = export_format("bundle")
    assert (row.folder, row.suffix) == (False, ".json")


def test_the_command_writes_a_bundle_and_refuses_a_bad_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "library.sqlite"
    with Store(db) as store:
        build(store)
    out = tmp_path / "ben.json"
    argv = ["--db", str(db), "export", "--format", "bundle", "--author", "Ben", "--out", str(out)]
    assert main([*argv, "--since", "2025-01-01T00:00Z"]) == 0
    assert re.search(r"wrote \d+ pieces? of work on \d+ documents?\b", capsys.readouterr().err)
    assert json.loads(out.read_text(encoding="utf-8"))["selection"]["author"] == "Ben"
    assert main([*argv, "--since", "01/02/2025"]) == 2
    assert "--since takes a date (2026-03-01)" in capsys.readouterr().err


def test_a_document_graded_since_travels_with_its_grade(
    analysts: TwoAnalysts, tmp_path: Path
) -> None:
    store = analysts.store
    store.authors.act_as(BEN)
    store.annotations.delete_annotation(analysts.ben_claim)  # his only work on "Denial"
    before = _export(store, tmp_path / "before.json", author="Ben", since=RECENT)
    assert {d["title"]: d["wb:reliability"] for d in before["documents"]} == {"Meeting": None}
    store.grades.grade_document(analysts.docs[1], "E")
    after = _export(store, tmp_path / "after.json", author="Ben", since=RECENT)
    graded = {d["title"]: d["wb:reliability"] for d in after["documents"]}
    assert graded == {"Meeting": None, "Denial": "E"}
