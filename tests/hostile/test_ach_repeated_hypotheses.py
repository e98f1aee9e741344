"""A hypothesis an analysis holds already, brought in by a JSON export or a merge.

Attack run 10: stop 48 refused "A" beside "a " when the analyst adds or edits a
hypothesis, but a JSON export listing "A", " a " and "A" in one analysis imported
three rows, and merging a colleague's copy of an analysis where each had added
"C" (one as " c") gave it "C" and "c": two rows the analyst rates apart and the
matrix scores as competing explanations. Both now keep one hypothesis: the
export's repeats fold into the first (their ratings where it has none), the
merge's match ours as a tag's path does (letter case and spaces aside).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.store import Store

ALPHA = "Alice said the sky is blue. Bob said it is green."


@pytest.fixture
def library(tmp_path: Path) -> Path:
    from workbench.core.models import Article

    path = tmp_path / "mine.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article(title="Alpha story", text=ALPHA), analyze=False)
        store.claims.add_claim(1, 0, 27)
        store.ach.create_analysis("Why?", ["A", "B"])
        store.ach.add_evidence(1, 1)
    return path


def _texts(path: Path) -> list[str]:
    with Store(path) as store:
        rows = store.db.execute("SELECT text FROM ach_hypotheses ORDER BY position, id")
        return [row[0] for row in rows.fetchall()]


def test_a_json_export_repeating_a_hypothesis_imports_it_once(
        library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(library, "export", "--format", "json", "--out", str(tmp_path / "x.json")) == 0
    export = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    analysis = export["ach"][0]
    first = analysis["hypotheses"][0]
    analysis["hypotheses"] += [{"id": 50, "text": " a "}, {"id": 51, "text": "B"}]
    analysis["evidence"][0]["ratings"] = {str(first["id"]): "C", "50": "I", "51": "CC"}
    (tmp_path / "x.json").write_text(json.dumps(export), encoding="utf-8")
    target = tmp_path / "target.sqlite"
    assert run_cli(target, "import", "--no-analyze", str(tmp_path / "x.json")) == 0
    # reviewer: the fold counted as "skipped", and skipped parts were never shown
    assert ("ACH analyses: 1 rating of a repeated hypothesis folded into its first"
            in capsys.readouterr().err)
    assert _texts(target) == ["A", "B"]
    again = tmp_path / "again.sqlite"
    analysis["evidence"][0]["ratings"]["77"] = "I"  # a hypothesis the file does not have
    (tmp_path / "x.json").write_text(json.dumps(export), encoding="utf-8")
    assert run_cli(again, "import", "--no-analyze", "--json", str(tmp_path / "x.json")) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["ach_ratings_folded"], record["ach_parts_skipped"]) == (1, 1)
    assert run_cli(target, "ach", "show", "1", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    ratings = shown["evidence"][0]["ratings"]
    by_text = {h["text"]: str(h["id"]) for h in shown["hypotheses"]}
    # A keeps its own rating; B had none, so its repeat's rating is B's
    assert ratings == {by_text["A"]: "C", by_text["B"]: "CC"}


def test_merging_a_copy_where_each_added_one_hypothesis_keeps_it_once(
        library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(library, "list") == 0  # settle the library's identity before copying
    theirs = tmp_path / "theirs.sqlite"
    shutil.copy(library, theirs)
    assert run_cli(theirs, "list") == 0  # a copy on disk takes its own identity
    assert run_cli(library, "ach", "hypothesis", "1", "C") == 0
    assert run_cli(theirs, "ach", "hypothesis", "1", " c") == 0
    assert run_cli(library, "merge", str(theirs)) == 0
    capsys.readouterr()
    assert [t.casefold() for t in _texts(library)] == ["a", "b", "c"]


def test_a_bundle_repeating_a_hypothesis_merges_it_once(
        library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = tmp_path / "bundle.json"
    assert run_cli(library, "export", "--format", "bundle", "--out", str(bundle)) == 0
    document = json.loads(bundle.read_text(encoding="utf-8"))
    (hypotheses,) = [item["wb:hypotheses"] for item in document["items"]
                     if item.get("wb:hypotheses")]
    hypotheses.append({"id": "urn:workbench:origin:" + "b" * 32, "wb:position": 3,
                       "wb:text": " a ", "wb:editedBy": None})
    bundle.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "target.sqlite"
    assert run_cli(target, "merge", str(bundle)) == 0
    capsys.readouterr()
    assert _texts(target) == ["A", "B"]


def test_a_merge_never_takes_an_analysis_past_twelve_hypotheses(
        library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Attack run 10: ten hypotheses, two more added on each side, merged into fourteen; the
    library's own JSON export was then refused whole ("takes 2-12 hypotheses, got 14")."""
    for number in range(3, 11):
        assert run_cli(library, "ach", "hypothesis", "1", f"H{number}") == 0
    theirs = tmp_path / "theirs.sqlite"
    shutil.copy(library, theirs)
    assert run_cli(theirs, "list") == 0
    for number in (11, 12):
        assert run_cli(library, "ach", "hypothesis", "1", f"Mine {number}") == 0
        assert run_cli(theirs, "ach", "hypothesis", "1", f"Theirs {number}") == 0
    assert run_cli(theirs, "ach", "rate", "1", "11", "1", "C") == 0  # Theirs 11's rating
    capsys.readouterr()
    assert run_cli(library, "merge", "--json", str(tmp_path / "theirs.sqlite")) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["refused_ratings"] == 1  # reviewer: its rating was dropped without a word
    assert run_cli(library, "merge", str(theirs)) == 0  # the same file again: same report
    out = capsys.readouterr().out
    assert "2 items of theirs past what the library takes, left out:" in out
    assert 'hypothesis "Theirs 11" and its 1 rating, of analysis "Why?": it has 12' in out
    assert 'hypothesis "Theirs 12", of analysis "Why?": it has 12 already' in out
    assert len(_texts(library)) == 12
    export = tmp_path / "export.json"
    assert run_cli(library, "export", "--format", "json", "--out", str(export)) == 0
    assert run_cli(tmp_path / "again.sqlite", "import", "--no-analyze", str(export)) == 0


def test_an_analysis_being_built_with_one_hypothesis_comes_back_from_its_export(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Attack run 10: `ach new`, then one `ach hypothesis` (the app keeps it so, the second
    not added yet), and the library's JSON export was refused whole on import ("takes 2-12
    hypotheses, got 1"): every document of the export with it."""
    library = tmp_path / "mine.sqlite"
    assert run_cli(library, "ach", "new", "Who leaked it?") == 0
    assert run_cli(library, "ach", "hypothesis", "1", "The clerk") == 0
    export = tmp_path / "export.json"
    assert run_cli(library, "export", "--format", "json", "--out", str(export)) == 0
    target = tmp_path / "again.sqlite"
    assert run_cli(target, "import", "--no-analyze", str(export)) == 0
    assert _texts(target) == ["The clerk"]
