"""``import`` tells a script what it made: ids with ``--quiet``, the whole report with ``--json``.

Before: every line of ``import`` went to stderr for a person ("imported 1 document(s)…"),
so a script had no way to learn the id of the document it had just imported.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main


def _files(tmp_path: Path) -> tuple[Path, Path, Path]:
    first = tmp_path / "first.txt"
    first.write_text("Harbour reopens\n\nThe harbour in Bergen reopened on Tuesday.\n", "utf-8")
    second = tmp_path / "second.txt"
    second.write_text("Ferry strike\n\nFerry crews in Oslo went on strike.\n", "utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    return first, second, empty


def test_quiet_prints_the_id_of_each_new_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "library.sqlite")
    first, second, _ = _files(tmp_path)
    assert main(["--db", db, "import", "--no-analyze", "--quiet", str(first), str(second)]) == 0
    assert capsys.readouterr().out.split() == ["1", "2"]
    assert main(["--db", db, "import", "--no-analyze", "--quiet", str(first)]) == 0
    assert capsys.readouterr().out == ""  # already there: nothing new


def test_json_reports_new_present_and_failed_files_with_exit_1_on_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "library.sqlite")
    first, second, empty = _files(tmp_path)
    assert main(["--db", db, "import", "--no-analyze", str(first)]) == 0
    capsys.readouterr()
    argv = ["--db", db, "import", "--no-analyze", "--json", str(first), str(second), str(empty)]
    assert main(argv) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["imported"] == [2]
    assert report["already_present"] == [{"path": str(first), "id": 1, "title": "Harbour reopens"}]
    assert [(f["path"], f["reason"]) for f in report["failed"]] == [(str(empty), "empty file")]


def test_quiet_and_json_together_are_a_usage_error(tmp_path: Path) -> None:
    first, _, _ = _files(tmp_path)
    argv = ["--db", str(tmp_path / "l.sqlite"), "import", "--quiet", "--json", str(first)]
    with pytest.raises(SystemExit) as stopped:  # argparse's own exit
        main(argv)
    assert stopped.value.code == 2


STORY = ("Harbour plan approved\n\nThe council approved the harbour plan on Tuesday, officials "
         "said. The mayor welcomed the decision and promised new jobs.\n\nCritics said the cost "
         "was too high.\n")


def test_an_import_that_orphans_marks_names_them_like_update(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by an attack run: importing an edited copy of a file made a new version and
    orphaned a claim, but said only "1 updated to a new version"; `update` names them."""
    db, article = str(tmp_path / "library.sqlite"), tmp_path / "plan.txt"
    article.write_text(STORY, "utf-8")
    assert main(["--db", db, "import", "--no-analyze", str(article)]) == 0
    assert main(["--db", db, "claim", "1", "--quote", "promised new jobs", "--quiet"]) == 0
    capsys.readouterr()
    article.write_text(STORY.replace("promised new jobs", "promised 200 jobs"), "utf-8")
    assert main(["--db", db, "import", "--no-analyze", "--json", str(article)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["orphaned"] == [1]
    assert "orphaned: 1 (see `workbench orphans`" in err
    assert main(["--db", db, "claim", "1", "--quote", "Critics said", "--quiet"]) == 0
    capsys.readouterr()
    article.write_text(STORY.replace("Critics said", "Critics argued"), "utf-8")
    assert main(["--db", db, "update", "--no-analyze", "1", str(article)]) == 0
    assert "orphaned: 2 (see `workbench orphans`; `workbench reattach` places it)" in (
        capsys.readouterr().out)


def test_a_published_value_that_is_no_date_is_dropped_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: ``"published": 1e300`` was stored as "1e+300" and shown as the date, silently."""
    db = str(tmp_path / "library.sqlite")
    feed = tmp_path / "feed.json"
    feed.write_text('[{"title": "A", "text": "Council met.", "published": 1e300},'
                    ' {"title": "B", "text": "Port shut.", "published": -1e308},'
                    ' {"title": "C", "text": "Mill opened.", "published": "2024-03-05"}]', "utf-8")
    assert main(["--db", db, "import", "--no-analyze", str(feed)]) == 0
    err = capsys.readouterr().err
    assert f"{feed}: published '1e+300' is not a date, left out (document 1)" in err
    assert "'-1e+308' is not a date, left out (document 2)" in err
    assert main(["--db", db, "list", "--json"]) == 0
    assert [doc["published"] for doc in json.loads(capsys.readouterr().out)] == [
        None, None, "2024-03-05"]
    again = tmp_path / "again.jsonl"
    again.write_text('{"title": "D", "text": "Dam burst.", "published": "2024-02-30"}', "utf-8")
    assert main(["--db", db, "import", "--no-analyze", "--json", str(again)]) == 0
    undated = json.loads(capsys.readouterr().out)["undated"]
    assert undated == [{"path": str(again), "id": 4, "published": "2024-02-30"}]
    far = tmp_path / "far.jsonl"  # a year past 9999: the timeline's "not a date", so listed
    far.write_text('{"title": "E", "text": "Dam held.", "published": "10000-01-01"}', "utf-8")
    assert main(["--db", db, "import", "--no-analyze", "--json", str(far)]) == 0
    undated = json.loads(capsys.readouterr().out)["undated"]
    assert undated == [{"path": str(far), "id": 5, "published": "10000-01-01"}]


def test_a_placeholder_for_no_date_is_left_out_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: a CSV's ``NaN`` or ``null`` date was stored as the text and shown as the date."""
    db = str(tmp_path / "library.sqlite")
    table = tmp_path / "rows.csv"
    table.write_text("title,text,published\nA,Council met.,NaN\nB,Port shut.,null\n", "utf-8")
    assert main(["--db", db, "import", "--no-analyze", "--json", str(table)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [item["published"] for item in report["undated"]] == ["NaN", "null"]
    assert main(["--db", db, "list", "--json"]) == 0
    assert [doc["published"] for doc in json.loads(capsys.readouterr().out)] == [None, None]


def test_front_matter_that_is_no_yaml_keeps_the_text_and_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: the block was dropped and the import said nothing; the title in it vanished."""
    db = str(tmp_path / "library.sqlite")
    note = tmp_path / "note.md"
    note.write_text("---\ntitle: [Harbour report\nauthor: Ann Lee\n---\n"
                    "# Harbour reopens\n\nThe harbour in Bergen reopened on Tuesday.\n", "utf-8")
    assert main(["--db", db, "import", "--no-analyze", str(note)]) == 0
    err = capsys.readouterr().err
    assert f"{note}: front matter left out: not valid YAML (" in err and "(document 1)" in err
    again = tmp_path / "again.md"
    again.write_text("---\n- a\n- list\n---\nFerry crews in Oslo went on strike.\n", "utf-8")
    assert main(["--db", db, "import", "--no-analyze", "--json", str(again)]) == 0
    assert json.loads(capsys.readouterr().out)["warnings"] == [
        {"path": str(again), "id": 2,
         "warning": "front matter left out: not a list of keys and values;"
                    " lines 2-3 left out: - a / - list"}]
    assert main(["--db", db, "list", "--json"]) == 0
    assert [doc["title"] for doc in json.loads(capsys.readouterr().out)] == [
        "Harbour reopens", "Ferry crews in Oslo went on strike."]
