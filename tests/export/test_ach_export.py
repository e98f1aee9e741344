"""ACH in the exports: JSON keys documented and round trip, a Markdown note each, ach.csv."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.export.test_json_keys_documented import DOC, _keys
from tests.json_imports import import_workbench_export
from workbench.cli import main
from workbench.core.models import Article
from workbench.export.ach_export import ach_csv
from workbench.operations.ach import analysis_record
from workbench.store import Store

TEXT = "The minister said the bridge would reopen in May. Engineers | disagreed with him."


def _claim(store: Store, doc_id: int, phrase: str) -> int:
    start = store.documents.document_text(doc_id).index(phrase)
    return store.claims.add_claim(doc_id, start, start + len(phrase))[0]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article(title="Bridge", text=TEXT, source="Reuters"))
        store.documents.add_article(Article(title="Later", text="2. " + TEXT, source="AP"))
        store.grades.grade_source("Reuters", "B")
        first = _claim(store, 1, "the bridge would reopen in May")
        second = _claim(store, 2, "Engineers | disagreed")
        store.grades.grade_claim(first, 2)
        highlight = store.annotations.add_annotation(2, 0, 2)[0]
        analysis_id = store.ach.create_analysis("Will | it reopen?", ["Yes", "No", "Later"]).ids[0]
        yes, no, later = (h.id for h in store.ach.get_analysis(analysis_id).hypotheses)
        rows = [store.ach.add_evidence(analysis_id, a).ids[0] for a in (first, second, highlight)]
        for evidence, hypothesis, rating in [
            (rows[0], yes, "CC"), (rows[0], no, "II"), (rows[1], yes, "I"), (rows[1], later, "C"),
        ]:  # fmt: skip
            store.ach.rate(evidence, hypothesis, rating)
        store.ach.create_analysis("Empty one?")
    return path


def _export(library: Path, fmt: str, out: Path, *extra: str) -> None:
    assert main(["--db", str(library), "export", "--format", fmt, "--out", str(out), *extra]) == 0


def _analyses(path: Path) -> list[dict[str, Any]]:
    with Store(path) as store:
        return [analysis_record(store, s.id) for s in store.ach.list_analyses()]


def test_every_ach_key_is_documented(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    _export(library, "json", out)
    export = json.loads(out.read_text(encoding="utf-8"))
    assert len(export["ach"]) == 2
    documented = DOC.read_text(encoding="utf-8")
    keys = {key for key, _ in _keys(export["ach"]) if not key.isdigit()}  # ratings: by id
    assert {"question", "hypotheses", "inconsistency", "claim_id", "ratings"} <= keys
    assert sorted(key for key in keys if f"`{key}`" not in documented) == []


def test_json_round_trip_gives_the_same_analyses(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    _export(library, "json", out)
    target = tmp_path / "empty.sqlite"
    with Store(target) as store:
        report = import_workbench_export(store, out)
        assert report.ok
    assert _analyses(target) == _analyses(library)
    again = tmp_path / "b.json"
    _export(target, "json", again)
    assert again.read_bytes() == out.read_bytes()
    with Store(target) as store:  # importing again adds no second copy
        import_workbench_export(store, out)
        assert len(store.ach.list_analyses()) == 2


def test_a_busy_library_gets_the_analysis_under_new_ids(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    _export(library, "json", out)
    target = tmp_path / "busy.sqlite"
    with Store(target) as store:
        store.documents.add_article(Article(title="Other", text="Unrelated words here."))
        store.claims.add_claim(1, 0, 9)
        store.ach.create_analysis("Mine", ["A", "B"])
        import_workbench_export(store, out)
    original, imported = _analyses(library)[0], _analyses(target)[1]
    assert imported["question"] == original["question"]
    assert [h["inconsistency"] for h in imported["hypotheses"]] == [
        h["inconsistency"] for h in original["hypotheses"]
    ]
    assert [sorted(e["ratings"].values()) for e in imported["evidence"]] == [
        sorted(e["ratings"].values()) for e in original["evidence"]
    ]
    assert imported["evidence"][0]["claim_id"] != original["evidence"][0]["claim_id"]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda a: a["hypotheses"].pop(), None),
        (lambda a: a.update(hypotheses=[{"id": 100 + n, "text": f"H{n}"} for n in range(13)]),
         "takes at most 12 hypotheses, got 13"),
        (lambda a: a["evidence"][0]["ratings"].update({"1": "maybe"}), "rating must be one of"),
    ],
)
def test_an_unsound_analysis_is_named_and_nothing_is_imported(
    library: Path, tmp_path: Path, change: Any, problem: str | None
) -> None:
    out = tmp_path / "a.json"
    _export(library, "json", out)
    export = json.loads(out.read_text(encoding="utf-8"))
    change(export["ach"][0])
    out.write_text(json.dumps(export), encoding="utf-8")
    with Store(None) as store:
        report = import_workbench_export(store, out)
        if problem is None:  # three hypotheses less one is still sound
            assert report.ok and len(store.ach.list_analyses()) == 2
        else:
            listed = [p for problems in report.problems.values() for p in problems]
            assert not report.ok and problem in " ".join([*map(str, report.failed), *listed])
            assert store.ach.list_analyses() == []


def test_markdown_writes_a_note_per_analysis_listed_in_the_index(
    library: Path, tmp_path: Path
) -> None:
    out = tmp_path / "notes"
    _export(library, "markdown", out)
    note = (out / "ACH 1 - Will it reopen.md").read_text(encoding="utf-8")
    assert note.startswith("# Will &#124; it reopen?\n")
    ranked = note.split("## Hypotheses, most likely first", 1)[1].split("##", 1)[0]
    # Yes: I on an ungraded row = 1; No: II on a B2 row = 2 x 1.41421; Later: 0
    assert ranked.index("Later") < ranked.index("Yes") < ranked.index("No")
    row = (
        "| [“the bridge would reopen in May”](Bridge.md#claim-1) ⚠ single source"
        " | B2 | CC | II |  | 4 |"
    )
    assert row in note
    assert "Engineers &#124; disagreed" in note  # a pipe in the text does not break the table
    assert "| **Inconsistency** |  | 1 | 2.8284 | 0 |  |" in note
    assert "(Later.md)" in note  # a highlight links to its document's note
    assert "**Grade B2**" in note
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "## Analyses of Competing Hypotheses" in index
    assert "(ACH%201%20-%20Will%20it%20reopen.md)" in index and "most likely: Later" in index


def test_csv_has_one_row_per_cell(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "tables"
    _export(library, "csv", out)
    rows = list(csv.DictReader(io.StringIO((out / "ach.csv").read_text(encoding="utf-8"))))
    assert len(rows) == 10  # three evidence rows x three hypotheses, the empty analysis's question
    assert [rows[-1]["question"], rows[-1]["hypothesis"], rows[-1]["evidence_id"]] == [
        "Empty one?", "", ""
    ]
    first = rows[0]
    assert (first["hypothesis"], first["rating"], first["grade"], first["diagnosticity"]) == (
        "Yes", "CC", "B2", "4"
    )
    assert first["flags"] == "single source"


def test_csv_keeps_the_hypotheses_of_an_analysis_without_evidence(
    library: Path, tmp_path: Path
) -> None:
    """Attack run 22: the claim of an analysis's only evidence row deleted, its hypotheses
    were gone from ach.csv (a row per cell, and no cell left)."""
    with Store(library) as store:
        store.ach.create_analysis("Who did it?", ["Them", "Us"])
    out = tmp_path / "tables"
    _export(library, "csv", out)
    rows = list(csv.DictReader(io.StringIO((out / "ach.csv").read_text(encoding="utf-8"))))
    kept = [(row["hypothesis"], row["evidence_id"], row["rating"]) for row in rows
            if row["question"] == "Who did it?"]  # fmt: skip
    assert kept == [("Them", "", ""), ("Us", "", "")]


def test_an_export_of_some_documents_keeps_only_whole_analyses(
    library: Path, tmp_path: Path
) -> None:
    out = tmp_path / "one.json"
    _export(library, "json", out, "--doc", "1")
    assert json.loads(out.read_text(encoding="utf-8"))["ach"] == []


def test_every_ach_csv_row_is_as_wide_as_the_header_with_parts_missing() -> None:
    """An analysis with hypotheses and no evidence, and one with evidence and no hypotheses,
    fill the missing columns with blanks of the header's width: the authors stay in theirs."""
    hypothesis = {"id": 7, "text": "Yes", "inconsistency": 0.0, "rank": 1, "author_id": "a"}
    evidence = {"id": 3, "claim_id": 2, "document_id": 1, "statement": "Bridge shut",
                "grade": "B2", "weight": 1.0, "sources": 1, "diagnosticity": 0.0,
                "flags": [], "ratings": {}, "author_id": "b"}
    analyses = [{"id": 1, "question": "Open?", "hypotheses": [hypothesis], "evidence": []},
                {"id": 2, "question": "Shut?", "hypotheses": [], "evidence": [evidence]}]
    header, *rows = csv.reader(io.StringIO(ach_csv(analyses, {"a": "Ana", "b": "Ben"})))
    assert [len(row) for row in rows] == [len(header), len(header)]
    first, second = (dict(zip(header, row, strict=True)) for row in rows)
    assert (first["hypothesis"], first["hypothesis_author"], first["evidence_author"]) == (
        "Yes", "Ana", "")
    assert (second["statement"], second["evidence_author"], second["hypothesis_author"]) == (
        "Bridge shut", "Ben", "")
