"""The format table drives the command line and the operation; writers take records, not a store."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

from tests.export.conftest import Library
from tests.support import REPO
from workbench.cli import build_parser
from workbench.core.records import (
    Annotation,
    Claim,
    ClaimLink,
    DocumentBundle,
    StatusChange,
)
from workbench.export.formats import FORMATS, ExportJob, Needs, export_format, format_names
from workbench.export.json_export import document_record
from workbench.export.markdown import render_note_markdown
from workbench.operations.exporting import ExportRequest, ExportUsage, run_export


def _export_parser() -> argparse.ArgumentParser:
    commands = next(
        action
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    return commands.choices["export"]


def test_the_cli_offers_exactly_the_table_formats() -> None:
    option = next(a for a in _export_parser()._actions if "--format" in a.option_strings)
    assert tuple(option.choices) == ("markdown", "json", "webannotation", "csv", "bundle")
    assert format_names() == tuple(option.choices)


def test_an_unknown_format_is_named_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match="use markdown, json"):
        export_format("docx")


@pytest.mark.parametrize("row", FORMATS, ids=lambda row: row.name)
def test_every_row_exports_the_library(library: Library, tmp_path: Path, row) -> None:
    out = tmp_path / ("out" if row.folder else f"out{row.suffix}")
    output = run_export(library.store, ExportRequest(row.name, out))
    worked = library.store.db.execute(  # a bundle carries the documents work is on
        "SELECT count(*) FROM (SELECT document_id FROM annotations"
        " UNION SELECT document_id FROM document_tags)"
    ).fetchone()[0]
    expected = worked if row.needs is Needs.WORK else len(library.docs)
    assert not output.cancelled and output.documents == expected
    assert output.files and all(path.is_file() and path.stat().st_size for path in output.files)
    assert all(path.parent == (out if row.folder else tmp_path) for path in output.files)


def test_a_folder_format_needs_a_folder_and_a_file_format_a_file(
    library: Library, tmp_path: Path
) -> None:
    with pytest.raises(ExportUsage, match="writes a folder"):
        run_export(library.store, ExportRequest("csv", None))
    with pytest.raises(ValueError, match="is a folder") as wrong_kind:
        run_export(library.store, ExportRequest("json", tmp_path))
    assert not isinstance(wrong_kind.value, ExportUsage)  # the path given failed, not the options
    text = run_export(library.store, ExportRequest("json", None)).text
    assert text is not None and json.loads(text)["format"] == "workbench-export"


@pytest.mark.parametrize(("request_", "words"), [
    (ExportRequest("json", None, wikilinks=True), "--wikilinks only applies to --format markdown"),
    (ExportRequest("json", None, since="2026-01-01"), "--format bundle only"),
    (ExportRequest("bundle", None, doc_ids=(1,)), "not by --doc or --tag"),
    (ExportRequest("bundle", None, author=" "), "--author needs a name"),
    (ExportRequest("bundle", None, since="2999-01-01"), "is in the future"),
])  # fmt: skip
def test_options_that_do_not_fit_are_refused_by_the_operation_before_anything_is_read(
    library: Library, request_: ExportRequest, words: str
) -> None:
    with pytest.raises(ExportUsage, match=words):
        run_export(library.store, request_)


def _bundle() -> DocumentBundle:
    document = {"id": 7, "title": "Hand made", "text": "Kim said no. Lee said yes.",
                "status": "analyzed", "word_count": 6}  # fmt: skip
    link = ClaimLink(3, "contradicts", "contradicts", "outgoing", 4, 8, other_text="yes")
    claim = Claim(
        id=2, document_id=7, start=0, end=12, text="Kim said no.", status="disputed",
        statement="Kim said no", claimant="Kim", links=(link,), tags=("topic",),
    )  # fmt: skip
    annotation = Annotation(id=2, document_id=7, kind="claim", start=0, end=12,
                            exact="Kim said no.", tags=("topic",))  # fmt: skip
    history = {2: (StatusChange("unverified", "2024-01-01T00:00:00"),)}
    return DocumentBundle(document, ("desk/asia",), annotations=(annotation,), claims=(claim,),
                          history=history)  # fmt: skip


def test_writers_take_records_built_without_a_store() -> None:
    record = document_record(_bundle())
    (claim,) = record["claims"]
    assert claim["claimant_text"] == "Kim" and claim["tags"] == ["topic"]
    assert claim["history"] == [{"status": "unverified", "changed_at": "2024-01-01T00:00:00",
                                 "note": None, "origin": None, "author_id": None,
                                 "author_name": None}]  # fmt: skip
    assert claim["links"][0]["reads"] == "contradicts" and record["tags"] == ["desk/asia"]
    note = render_note_markdown(record, {7: "Hand made"})
    assert "Kim said no." in note and "^claim-2" in note


def test_the_readme_lists_exactly_the_table_formats() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Exporting your work", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| (a folder|one file(?: \(`(\.\w+)`\))?) \| (.+?) \|$",
                      section, re.MULTILINE)  # fmt: skip
    listed = [(name, kind == "a folder", suffix, label) for name, kind, suffix, label in rows]
    assert listed == [(row.name, row.folder, row.suffix, row.label) for row in FORMATS]


@pytest.mark.parametrize(
    "name,missing",
    [
        ("markdown", "writes a folder"),
        ("json", "needs the library record"),
        ("webannotation", "needs the library record"),
        ("csv", "needs the library record"),
        ("bundle", "needs the analyst's work"),
    ],
)
def test_a_job_without_what_its_format_needs_is_refused_by_name(name: str, missing: str) -> None:
    """An explicit ValueError, not an assert that ``python -O`` removes."""
    with pytest.raises(ValueError, match=f"{missing}"):
        export_format(name).write(ExportJob(out=None))


def test_a_folder_format_with_its_record_but_no_folder_is_refused() -> None:
    with pytest.raises(ValueError, match="csv export writes a folder"):
        export_format("csv").write(ExportJob(out=None, library={"documents": []}))


def test_a_path_spelt_as_a_folder_is_refused_for_a_one_file_format_by_the_operation(
    library: Library, tmp_path: Path
) -> None:
    """Every front end gets the refusal: ``Path`` drops "new.json/"'s slash; the request
    keeps it."""
    out = tmp_path / "new.json"
    with pytest.raises(ValueError, match="names a folder; --format json writes one file"):
        run_export(library.store, ExportRequest("json", out, out_spelt_as_folder=True))
    assert not out.exists()
    written = run_export(library.store, ExportRequest("csv", out, out_spelt_as_folder=True))
    assert not written.cancelled and (out / "entities.csv").is_file()
