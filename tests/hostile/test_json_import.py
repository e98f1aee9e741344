"""Hostile workbench JSON exports: each file is checked whole, rejected with every problem named.

Every attack runs through the real command line (``workbench.cli.main``) on a
bad export followed by a good text file, as one batch: the bad file must be
refused with exit code 1 and a line naming the JSON path of each problem,
nothing of it may reach the library, and the good file must still import.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.export.conftest import build_library
from tests.json_imports import import_workbench_export
from workbench.cli import main
from workbench.core.models import Article
from workbench.core.text import plural
from workbench.ingest.json_checks import MAX_KEPT
from workbench.ingest.workbench_export import EXPORT_VOCABULARY
from workbench.ingest.workbench_json import validate_export
from workbench.operations.exporting import library_export as library_record
from workbench.store import Store, check_library

BIG = 2**63  # one more than SQLite's largest integer
GOOD_TEXT = "A good article\n\nIts body is plain text that imports without trouble.\n"
Export = dict[str, Any]


@pytest.fixture(scope="module")
def pristine() -> Export:
    """The export of a small library full of hostile titles, notes and names."""
    store = Store(None)
    try:
        return library_record(build_library(store).store)
    finally:
        store.close()


@pytest.fixture
def export(pristine: Export) -> Export:
    return copy.deepcopy(pristine)


@dataclass(frozen=True)
class Outcome:
    """What one ``workbench import bad.json good.txt`` did."""

    code: int
    errors: list[str]
    titles: list[str]
    tags: int
    entities: int


def import_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str) -> Outcome:
    """Import ``content`` as bad.json, then a good text file, into a new library, in one run."""
    bad, good = tmp_path / "bad.json", tmp_path / "good.txt"
    bad.write_text(content, encoding="utf-8")
    good.write_text(GOOD_TEXT, encoding="utf-8")
    db = tmp_path / "library.sqlite"
    code = main(["--db", str(db), "import", "--no-analyze", str(bad), str(good)])
    errors = capsys.readouterr().err.splitlines()
    with Store(db) as store:
        titles = [row["title"] for row in store.documents.list_documents()]
        tags, entities = len(store.tags.list_tags()), len(store.entities.all_entities())
    return Outcome(code, errors, titles, tags, entities)


def refused(outcome: Outcome, *problems: str) -> None:
    """The bad file was refused naming ``problems`` (and only they); the good one imported."""
    assert outcome.code == 1, outcome.errors
    assert not any("Traceback" in line for line in outcome.errors)
    start = next(i for i, line in enumerate(outcome.errors) if "bad.json: " in line)
    header = outcome.errors[start].split("bad.json: ", 1)[1]
    counted = plural(len(problems), "problem")
    assert header == f"invalid workbench export: {counted}, nothing imported"
    listed = outcome.errors[start + 1 : start + 1 + len(problems)]  # the file's problems, under it
    assert listed == [f"  {problem}" for problem in problems]
    assert sum("bad.json" in line for line in outcome.errors) == 1
    assert "1 failed" in outcome.errors[-1]  # one file is one failed input
    assert outcome.titles == ["A good article"]  # later files of the batch still import
    assert (outcome.tags, outcome.entities) == (0, 0)  # nothing of the bad file was written


def dumped(data: Export) -> str:
    return json.dumps(data, ensure_ascii=True)  # lone surrogates stay \ud800 escapes


def put(data: Export, path: str, value: Any) -> None:
    """Set the value at a JSON path as problems name it (``documents[0].quotes[1].id``)."""
    steps: list[str | int] = [
        int(part) if part.isdigit() else part for part in re.findall(r"[^.\[\]]+", path)
    ]
    target: Any = data
    for step in steps[:-1]:
        target = target[step]
    target[steps[-1]] = value


# -- lone surrogates: reject the file, not the batch ------------------------------------


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        ("entities[0].name", "Kim \ud800", 4),
        ("entities[0].aliases", ["ok", "K\udc00"], 1),
        ("tags[0].path", "topic/\ud800", 6),
        ("documents[2].tags", ["\udfff"], 0),
        ("documents[0].annotations[0].note", "note \ud83d", 5),
        ("documents[1].title", "\udbff title", 0),
    ],
)
def test_a_lone_surrogate_rejects_its_file_and_the_batch_goes_on(
    export: Export,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    path: str,
    value: Any,
    where: int,
) -> None:
    put(export, path, value)
    text = value if isinstance(value, str) else value[-1]
    at = path if isinstance(value, str) else f"{path}[{len(value) - 1}]"
    character = f"\\u{ord(text[where]):04x}"
    problem = f"{at}: lone surrogate {character} at character {where} is not valid text"
    refused(import_batch(tmp_path, capsys, dumped(export)), problem)


def test_a_lone_surrogate_in_a_key_is_named_safely(
    export: Export, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export["documents"][0]["\ud800"] = 1
    outcome = import_batch(tmp_path, capsys, dumped(export))
    problem = "lone surrogate \\ud800 at character 0 is not valid text"
    refused(outcome, f"documents[0]['\\ud800'] (the key): {problem}")


# -- ids and numbers SQLite cannot hold; wrong types ------------------------------------


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("documents[0].id", BIG),
        ("documents[0].annotations[0].id", BIG),
        ("documents[0].claims[0].id", BIG + 5),
        ("documents[0].quotes[0].id", BIG),
        ("documents[0].quotes[0].speaker_entity_id", BIG),
        ("documents[0].entities[0].entity_id", BIG),
        ("documents[0].claims[0].claimant_entity_id", BIG),
        ("documents[0].analysis_version", BIG),
        ("entities[0].id", 2**64),
        ("tags[0].id", BIG),
        ("links[0].from_annotation_id", BIG),
        ("links[0].to_annotation_id", BIG),
    ],
)
def test_an_id_of_2_63_or_more_is_named_not_a_traceback(
    export: Export, tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str, value: int
) -> None:
    put(export, path, value)
    outcome = import_batch(tmp_path, capsys, dumped(export))
    refused(outcome, f"{path}: {value} is too large (at most 2^63 - 1)")


def test_annotations_as_a_string_is_named(
    export: Export, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export["documents"][0]["annotations"] = "abc"
    outcome = import_batch(tmp_path, capsys, dumped(export))
    refused(outcome, "documents[0].annotations: expected a list, got a string ('abc')")


# -- the schema: offsets, tag lists, required keys ---------------------------------------


def test_out_of_range_mention_and_quote_offsets_are_refused(
    export: Export, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = export["documents"][0]
    length = len(document["text"])
    document["entities"][1]["end"] = 9999
    document["quotes"][0]["start"] = -5
    document["quotes"][0]["speaker_end"] = length + 1
    document["entities"][2]["text"] = "Someone else"
    outcome = import_batch(tmp_path, capsys, dumped(export))
    start, end = document["entities"][2]["start"], document["entities"][2]["end"]
    covered = f"{start}-{end} ({document['text'][start:end]!r})"
    refused(
        outcome,
        f"documents[0].entities[1].end: 9999 is past the end of the text ({length})",
        f"documents[0].entities[2].text: 'Someone else' is not the text at {covered}",
        "documents[0].quotes[0].start: -5 is negative",
        f"documents[0].quotes[0].speaker_end: {length + 1} is past the end of the text ({length})",
    )


def test_tags_as_a_string_do_not_become_one_tag_per_letter(
    export: Export, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export["documents"][0]["tags"] = "abc"
    outcome = import_batch(tmp_path, capsys, dumped(export))
    refused(outcome, "documents[0].tags: expected a list, got a string ('abc')")


def test_an_export_without_documents_is_refused(
    export: Export, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    del export["documents"]
    refused(import_batch(tmp_path, capsys, dumped(export)), "documents: required")


def test_every_problem_of_a_file_is_listed_with_its_path(
    export: Export, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export["documents"][1]["title"] = 7
    export["documents"][2]["annotations"][0]["kind"] = "<script>"
    export["documents"][3]["claims"] = [{"id": 5, "status": "maybe", "start": 0, "end": 4}]
    export["entities"][0]["label"] = ""
    export["links"][0]["relation"] = "hates"
    outcome = import_batch(tmp_path, capsys, dumped(export))
    refused(
        outcome,
        "entities[0].label: is empty",
        "documents[1].title: expected a string, got a whole number (7)",
        "documents[2].annotations[0].kind: '<script>' is not one of claim, highlight, note",
        "documents[3].claims[0].status: 'maybe' is not one of corroborated, disputed, retracted,"
        " unverified",
        "links[0].relation: 'hates' is not one of cites, contradicts, elaborates, same, supports",
    )


def test_duplicate_ids_are_named(
    export: Export, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export["documents"][1]["id"] = export["documents"][0]["id"]
    outcome = import_batch(tmp_path, capsys, dumped(export))
    first = export["documents"][0]["id"]
    refused(outcome, f"documents[1]: document id {first} is used twice (first at documents[0])")


# -- messages: not JSON, version ----------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"format": "workbench-export",\n "version": 1,\n "documents": [{"te',
            "not valid JSON: line 3, column 17: Unterminated string starting at"
            " (the file ends too early: truncated?)",
        ),
        (
            '{"format": "workbench-export", "version": "1", "documents": []}',
            "export version must be a whole number, got a string ('1')",
        ),
        (
            '{"format": "workbench-export", "version": 2, "documents": []}',
            "export version 2 is newer than this app reads (version 1)",
        ),
    ],
)
def test_unreadable_exports_say_what_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    outcome = import_batch(tmp_path, capsys, content)
    assert outcome.code == 1 and outcome.titles == ["A good article"]
    assert f"workbench: {tmp_path / 'bad.json'}: {message}" in outcome.errors


def test_a_truncated_real_export_is_not_called_unsupported(
    export: Export, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = json.dumps(export, indent=2)
    outcome = import_batch(tmp_path, capsys, text[: len(text) // 2])
    line = next(line for line in outcome.errors if "bad.json" in line)
    assert "not valid JSON: line " in line and "truncated?" in line
    assert "unsupported" not in line


# -- what the exporter writes stays valid ---------------------------------------------------


def test_the_exporters_own_output_has_no_problems(pristine: Export) -> None:
    assert validate_export(copy.deepcopy(pristine), EXPORT_VOCABULARY).messages == []


def write(tmp_path: Path, data: Export, name: str = "export.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_orphans_and_title_mentions_import_and_pass_check(export: Export, tmp_path: Path) -> None:
    document = export["documents"][0]
    annotation = document["annotations"][0]
    length = len(document["text"])
    annotation.update(status="orphaned", start=length + 10, end=length + 20)  # its old place
    mention = {"start": 0, "end": 2, "text": document["title"][:2], "label": "ORG"}
    document["entities"].append(mention | {"entity": "Dots", "field": "title"})
    target = Store(None)
    assert import_workbench_export(target, write(tmp_path, export)).ok
    assert target.versions.orphaned_annotations()[0]["exact"] == annotation["exact"]
    assert check_library(target).ok


def test_title_mentions_are_left_out_when_the_library_titles_the_text_otherwise(
    export: Export, tmp_path: Path
) -> None:
    document = export["documents"][0]
    export["documents"] = [document]
    mention = {"start": 0, "end": 2, "text": document["title"][:2], "label": "ORG"}
    document["entities"].append(mention | {"entity": "Dots", "field": "title"})
    target = Store(None)
    own = target.documents.add_article(Article(title="Mine", text=document["text"]), analyze=False)
    report = import_workbench_export(target, write(tmp_path, export))
    # A duplicate is named by the title the library already gives it.
    assert report.merged == [("Mine", own.documents_added[0])]
    assert check_library(target).ok


# -- the README's round trip --------------------------------------------------------------


def test_a_cli_round_trip_gives_the_same_tags_and_ids(tmp_path: Path) -> None:
    """Export, import into a new library, export again: the same file (tags renamed too)."""
    source = tmp_path / "source.sqlite"
    with Store(source) as store:
        build_library(store)
        store.tags.tag_document(1, "a")
        store.tags.rename_tag("a", "x/y")  # once left x/y without its parent x
        store.tags.tag_document(2, "unused")
        store.tags.untag_document(2, "unused")  # a tag on no document
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert main(["--db", str(source), "export", "--format", "json", "--out", str(first)]) == 0
    target = tmp_path / "target.sqlite"
    assert main(["--db", str(target), "import", "--no-analyze", str(first)]) == 0
    assert main(["--db", str(target), "export", "--format", "json", "--out", str(second)]) == 0
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")


def test_thousands_of_problems_are_counted_and_the_first_listed(
    export: Export, tmp_path: Path
) -> None:
    document = export["documents"][0]
    bad = {"start": 0, "end": 10**6, "text": "x", "label": "ORG", "entity": "X"}
    document["entities"] = [dict(bad) for _ in range(MAX_KEPT + 50)]
    report = import_workbench_export(Store(None), write(tmp_path, export))
    ((path, reason),) = report.failed  # one file, one failed input: its problems listed under it
    assert reason == f"invalid workbench export: {MAX_KEPT + 50} problems, nothing imported"
    problems = report.problems[path]
    assert len(problems) == MAX_KEPT + 1 and problems[-1] == "… and 50 more problems not listed"
    assert problems[0] == "documents[0].entities[0].end: 1000000 is past the end of the text " + (
        f"({len(document['text'])})"
    )


def test_the_import_window_shows_an_invalid_export_in_one_line_and_its_problems_on_hover(
    export: Export, tmp_path: Path, qtbot: Any
) -> None:
    from workbench.operations.importing import import_paths
    from workbench.ui.tasks.import_views import ImportSummaryDialog

    export["documents"][0]["text"] = None
    export["documents"][1]["annotations"] = [{"kind": "<b>", "start": 0, "end": 1}]
    path = write(tmp_path, export)
    with Store(None) as store:
        report = import_paths(store, [path], analyze=False)
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    ((shown_path, shown),) = dialog.rows()
    assert (shown_path, shown) == (
        "export.json", "Failed: invalid workbench export: 2 problems, nothing imported")
    tooltip = dialog.problems.topLevelItem(0).toolTip(1)
    assert "documents[0].text: required, got null" in tooltip
    assert "documents[1].annotations[0].kind: '&lt;b&gt;' is not one of" in tooltip


def test_a_tag_of_megabytes_is_refused_not_taken_whole(
    export: Export, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export["documents"][0]["tags"] = ["y" * 3_000_000]
    outcome = import_batch(tmp_path, capsys, dumped(export))
    assert outcome.code == 1
    assert any("at most 500 characters" in line for line in outcome.errors), outcome.errors
    assert outcome.titles == ["A good article"]
    assert max(len(line) for line in outcome.errors) < 1000  # the tag is not echoed whole


def test_labels_longer_than_a_label_are_listed_as_problems(export: Export) -> None:
    """Before: a 5,000-character question or hypothesis was taken whole.

    An entity's name and aliases are not capped: extraction writes them (a span the
    model read; a renamed entity's old name), and the library's own export imports again.
    """
    long_text = "z" * 5000
    export["entities"][0]["name"] = long_text
    export["entities"][0]["aliases"] = ["Short one", long_text]
    hypotheses = [{"id": number, "text": text} for number, text in ((1, "Yes"), (2, long_text))]
    export["ach"] = [{"id": 1, "question": long_text, "hypotheses": hypotheses}]
    problems = validate_export(export, EXPORT_VOCABULARY).messages
    assert any("ach[0].question: a question is at most 500" in p for p in problems), problems
    assert any("ach[0].hypotheses[1].text: a hypothesis is at most 500" in p for p in problems)
    assert not any(p.startswith("entities[0]") for p in problems), problems
