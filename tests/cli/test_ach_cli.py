"""``workbench ach``: create, rate, show; ids under --json; refusals exit 1 and change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import run_cli as run
from workbench.core.models import Article
from workbench.store import Store

TEXT = "The minister said the bridge would reopen in May. Engineers disagreed."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article(title="Bridge", text=TEXT, source="Reuters"))
        store.claims.add_claim(1, 18, 49)
        store.claims.add_claim(1, 50, 70)
    return path



def created(db: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> int:
    assert run(db, *argv, "--json") == 0
    return int(json.loads(capsys.readouterr().out)["id"])


def _matrix(db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, int, int, int]:
    ach = created(db, capsys, "ach", "new", "Will the bridge reopen?")
    yes = created(db, capsys, "ach", "hypothesis", str(ach), "It reopens in May")
    no = created(db, capsys, "ach", "hypothesis", str(ach), "It stays closed")
    evidence = created(db, capsys, "ach", "evidence", str(ach), "1")
    return ach, yes, no, evidence


def _undo_count(db: Path) -> int:
    with Store(db) as store:
        return int(store.db.execute("SELECT count(*) FROM undo_log").fetchone()[0])


def test_a_matrix_is_built_rated_and_shown_as_json(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ach, yes, no, evidence = _matrix(db, capsys)
    assert run(db, "ach", "rate", str(ach), str(yes), str(evidence), "very-consistent") == 0
    assert capsys.readouterr().out == f"Evidence {evidence} is CC with hypothesis {yes}.\n"
    assert run(db, "ach", "rate", str(ach), str(no), str(evidence), "ii", "--quiet") == 0
    assert capsys.readouterr().out == f"{evidence}\n"
    assert run(db, "ach", "show", str(ach), "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert [(h["id"], h["text"], h["inconsistency"]) for h in shown["hypotheses"]] == [
        (yes, "It reopens in May", 0.0),
        (no, "It stays closed", 2.0),
    ]
    (row,) = shown["evidence"]
    assert (row["id"], row["claim_id"], row["diagnosticity"]) == (evidence, 1, 4)
    assert row["ratings"] == {str(yes): "CC", str(no): "II"}


def test_show_and_list_print_for_people(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ach, yes, no, evidence = _matrix(db, capsys)
    run(db, "ach", "rate", str(ach), str(yes), str(evidence), "I")
    capsys.readouterr()
    assert run(db, "ach", "show", str(ach)) == 0
    out = capsys.readouterr().out
    assert f"1. [{no}] 0  It stays closed" in out and f"2. [{yes}] 1  It reopens in May" in out
    assert run(db, "ach", "list") == 0
    assert capsys.readouterr().out.startswith(f"{ach}  Will the bridge reopen?  (2 hypotheses")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("rate", "1", "9", "1", "C"), "analysis 1 has no hypothesis 9"),
        (("rate", "7", "2", "1", "C"), "no analysis with id 7"),
        (("new", "Q", "--hypothesis", "only one"), "an analysis takes 2-12 hypotheses (got 1)"),
        (("evidence", "1", "99"), "no claim or annotation with id 99"),
        (("evidence", "1", "1"), "1 is already evidence in analysis 1"),
    ],
)
def test_bad_input_exits_1_with_one_line_and_changes_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    _matrix(db, capsys)
    before = _undo_count(db)
    assert run(db, "ach", *argv) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert _undo_count(db) == before


def test_thirteenth_hypothesis_is_refused(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = [arg for n in range(12) for arg in ("--hypothesis", f"H{n}")]
    ach = created(db, capsys, "ach", "new", "Q", *argv)
    assert run(db, "ach", "hypothesis", str(ach), "H13") == 1
    assert "already has 12 hypotheses; an analysis takes 2-12" in capsys.readouterr().err


def test_deleting_a_claim_used_as_evidence_asks_first_then_evidence_from_it_is_refused(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ach, _, _, _ = _matrix(db, capsys)
    assert run(db, "delete-annotation", "1") == 1
    assert "claim 1 is evidence in ACH analysis 1; add --force" in capsys.readouterr().err
    assert run(db, "delete-annotation", "1", "--force") == 0
    capsys.readouterr()
    assert run(db, "ach", "show", str(ach), "--json") == 0
    assert json.loads(capsys.readouterr().out)["evidence"] == []
    before = _undo_count(db)
    assert run(db, "ach", "evidence", str(ach), "1") == 1
    assert "no claim or annotation with id 1 (deleted?)" in capsys.readouterr().err
    assert _undo_count(db) == before
    assert run(db, "undo") == 0
    capsys.readouterr()
    run(db, "ach", "show", str(ach), "--json")
    assert [e["claim_id"] for e in json.loads(capsys.readouterr().out)["evidence"]] == [1]


def test_ratings_survive_re_anchoring_after_an_update(
    db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ach, yes, no, evidence = _matrix(db, capsys)
    run(db, "ach", "rate", str(ach), str(yes), str(evidence), "CC")
    run(db, "ach", "rate", str(ach), str(no), str(evidence), "I")
    newer = tmp_path / "newer.txt"
    newer.write_text("Bridge\n\nUpdated at noon. " + TEXT, encoding="utf-8")
    assert run(db, "update", "1", str(newer), "--no-analyze") == 0
    capsys.readouterr()
    run(db, "ach", "show", str(ach), "--json")
    (row,) = json.loads(capsys.readouterr().out)["evidence"]
    assert row["ratings"] == {str(yes): "CC", str(no): "I"}
    assert row["exact"] == "the bridge would reopen in May."
    assert row["anchor_status"] == "anchored"
    with Store(db) as store:
        text = store.documents.document_text(1)
    assert text[row["start"] : row["end"]] == row["exact"] and row["start"] > 18


def _note_and_analysis(db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, int]:
    """A note on document 1 (beside its claim 1) and a new analysis: (note id, analysis id)."""
    with Store(db) as store:
        note, _ = store.annotations.add_annotation(1, 0, 12, note_md="context")
    return note, created(db, capsys, "ach", "new", "Will the bridge reopen?")


def test_evidence_names_the_kind_of_mark_it_rests_on(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A note added as evidence was announced as "(claim 3)"."""
    note, ach = _note_and_analysis(db, capsys)
    assert run(db, "ach", "evidence", str(ach), str(note)) == 0
    assert capsys.readouterr().out == f"Evidence 1 (note {note}) in analysis {ach}.\n"
    assert run(db, "ach", "evidence", str(ach), "1") == 0
    assert capsys.readouterr().out == f"Evidence 2 (claim 1) in analysis {ach}.\n"


def test_show_names_each_rows_mark_and_flags_a_lost_passage(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note, ach = _note_and_analysis(db, capsys)
    created(db, capsys, "ach", "evidence", str(ach), str(note))
    created(db, capsys, "ach", "evidence", str(ach), "1")
    with Store(db) as store:
        store.versions.replace_document_text(1, "The minister spoke. Engineers disagreed.")
    assert run(db, "ach", "show", str(ach)) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  [")]
    assert rows[0].startswith(f"  [1] note {note} ") and rows[0].endswith("!single source")
    assert rows[1].startswith("  [2] claim 1 ")
    assert rows[1].endswith("!single source, orphaned")


def test_a_rating_outside_the_scale_is_a_usage_error(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 2 like any malformed value (``claim-status 4 bogus``), naming every rating."""
    _matrix(db, capsys)
    before = _undo_count(db)
    assert run(db, "ach", "rate", "1", "2", "1", "XX") == 2
    err = capsys.readouterr().err
    assert "rating must be one of CC (very consistent)" in err and err.count("\n") == 1
    assert _undo_count(db) == before
