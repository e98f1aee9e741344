"""Grades in every export: JSON keys read back, Markdown wording, CSV columns, W3C bodies.

The export tests' library grades its source "Wire <i>" B, document 8 (``docs[7]``) D of its
own, claim 1 credibility 2 (its document has no source: "?2") and claim 3 credibility 5
(in document 8: "D5").
"""

from __future__ import annotations

import copy
import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.export.conftest import Library
from tests.json_imports import import_workbench_export
from workbench.export.csv_export import csv_tables
from workbench.export.json_export import dumps
from workbench.export.webannotation import annotation_collection
from workbench.ingest.workbench_export import EXPORT_VOCABULARY
from workbench.ingest.workbench_json import validate_export
from workbench.operations.exporting import ExportRequest, library_export, run_export
from workbench.store import Store


def _documents(export: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {d["id"]: d for d in export["documents"]}


def test_json_writes_document_reliability_claim_credibility_and_sources(
    library: Library,
) -> None:
    export = library_export(library.store)
    documents = _documents(export)
    first, third, eighth = (documents[library.docs[i]] for i in (0, 2, 7))
    assert (first["reliability"], third["reliability"], eighth["reliability"]) == (None, "B", "D")
    credibility = {c["id"]: c["credibility"] for d in documents.values() for c in d["claims"]}
    c1, c2, c3, c4 = library.claims
    assert credibility == {c1: 2, c2: None, c3: 5, c4: None}
    assert [(s["name"], s["reliability"]) for s in export["sources"]] == [("Wire <i>", "B")]


def test_a_selection_exports_only_the_sources_its_documents_name(library: Library) -> None:
    assert library_export(library.store, [library.docs[0]])["sources"] == []
    assert len(library_export(library.store, [library.docs[2]])["sources"]) == 1


def test_grades_survive_a_round_trip_with_their_inheritance(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "a.json"
    path.write_text(dumps(library_export(library.store)), encoding="utf-8")
    with Store(tmp_path / "b.sqlite") as target:
        assert import_workbench_export(target, path).ok
        grades = target.grades.document_grades(library.docs)
        third, eighth = grades[library.docs[2]], grades[library.docs[7]]
        assert (third.override, third.effective) == (None, "B")  # inherited again
        assert (eighth.override, eighth.source_reliability) == ("D", "B")
        assert target.claims.get_claim(library.claims[2]).credibility == 5


def test_a_library_keeps_its_own_source_grade_on_import(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(dumps(library_export(library.store)), encoding="utf-8")
    with Store(tmp_path / "b.sqlite") as target:
        target.db.execute(
            "INSERT INTO sources (name, name_key, reliability, graded_at)"
            " VALUES ('WIRE <I>', 'wire <i>', 'E', 'x')"
        )
        target.db.conn.commit()
        import_workbench_export(target, path)
        assert target.grades.source_reliability("Wire <i>") == "E"
        # The documents exported as B (inherited) now differ from E: they keep B as their own.
        assert target.grades.document_grades([library.docs[2]])[library.docs[2]].override == "B"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda e: e["documents"][2].update(reliability="G"), "documents[2].reliability: 'G'"),
        (lambda e: e["documents"][0]["claims"][0].update(credibility=7), "credibility: 7 is not"),
        (lambda e: e["documents"][0]["claims"][0].update(credibility="2"), "credibility: expected"),
        (lambda e: e["sources"].append({"name": "X"}), "sources[1].reliability: required"),
        (lambda e: e["sources"].append({"name": "wire <I>", "reliability": "A"}), "given twice"),
    ],
)
def test_a_bad_grade_in_a_file_is_named_with_its_path(
    library: Library, change: Any, problem: str
) -> None:
    export = copy.deepcopy(library_export(library.store))
    change(export)
    messages = validate_export(export, EXPORT_VOCABULARY).messages
    assert any(problem in message for message in messages), messages


def test_markdown_notes_show_the_grade_in_words(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    run_export(library.store, ExportRequest("markdown", folder))
    notes = "\n".join(p.read_text(encoding="utf-8") for p in folder.glob("*.md"))
    assert "**Grade D5** — Not usually reliable source; improbable" in notes
    assert "**Grade ?2** — Probably true" in notes
    assert "Reliability: B (Usually reliable)" in notes
    overview = (folder / "claims.md").read_text(encoding="utf-8")
    assert "**Grade D5**" in overview


def test_csv_claims_have_grade_columns(library: Library) -> None:
    table = csv_tables(library_export(library.store))["claims.csv"]
    rows = list(csv.DictReader(io.StringIO(table)))
    grades = {int(r["claim_id"]): (r["reliability"], r["credibility"], r["grade"]) for r in rows}
    c1, c2, c3, c4 = library.claims
    assert grades == {c1: ("", "2", "?2"), c2: ("D", "", "D?"), c3: ("D", "5", "D5"),
                      c4: ("B", "", "B?")}


def test_web_annotation_claims_carry_the_grade_as_an_assessing_body(library: Library) -> None:
    items = annotation_collection(library_export(library.store))["first"]["items"]
    by_id = {item["id"]: item for item in items}
    body = by_id[f"urn:workbench:annotation:{library.claims[2]}"]["body"]
    assert {"type": "TextualBody", "purpose": "assessing",
            "value": "Grade D5: Not usually reliable source; improbable"} in body
    half = by_id[f"urn:workbench:annotation:{library.claims[1]}"]["body"]
    assert {"type": "TextualBody", "purpose": "assessing",
            "value": "Grade D?: Not usually reliable source"} in half
    assert json.dumps(items)  # serialisable
