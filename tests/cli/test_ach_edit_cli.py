"""``workbench ach rename|hypothesis-edit|hypothesis-remove|evidence-remove|delete``.

Undoable edits.

Each prints the id it changed (an object with ``"id"`` under ``--json``); a
refusal (an id of another analysis, fewer than two hypotheses left) exits 1
with one line and writes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_ach_cli import _matrix, _undo_count, created, run
from tests.cli.test_ach_cli import db as db  # noqa: F401 - the fixture, shared


def _shown(db: Path, capsys: pytest.CaptureFixture[str], ach: int) -> dict:
    capsys.readouterr()
    assert run(db, "ach", "show", str(ach), "--json") == 0
    return json.loads(capsys.readouterr().out)


def test_rename_and_hypothesis_edit_print_the_id_and_undo(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ach, yes, _no, _evidence = _matrix(db, capsys)
    assert created(db, capsys, "ach", "rename", str(ach), "  Will it  reopen by May? ") == ach
    assert created(db, capsys, "ach", "hypothesis-edit", str(ach), str(yes), "Reopens") == yes
    shown = _shown(db, capsys, ach)
    assert shown["question"] == "Will it reopen by May?"
    assert shown["hypotheses"][0]["text"] == "Reopens"
    assert run(db, "ach", "rename", str(ach), "Other?") == 0
    assert capsys.readouterr().out == f"Analysis {ach}: 'Other?'.\n"
    assert run(db, "undo") == 0
    assert _shown(db, capsys, ach)["question"] == "Will it reopen by May?"


def test_hypothesis_remove_takes_its_ratings_and_keeps_two(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ach, yes, no, evidence = _matrix(db, capsys)
    third = created(db, capsys, "ach", "hypothesis", str(ach), "It is demolished")
    run(db, "ach", "rate", str(ach), str(third), str(evidence), "II")
    capsys.readouterr()
    assert run(db, "ach", "hypothesis-remove", str(ach), str(third), "--quiet") == 0
    assert capsys.readouterr().out == f"{third}\n"
    shown = _shown(db, capsys, ach)
    assert [h["id"] for h in shown["hypotheses"]] == [yes, no]
    assert shown["evidence"][0]["ratings"] == {}
    before = _undo_count(db)
    assert run(db, "ach", "hypothesis-remove", str(ach), str(no)) == 1
    err = capsys.readouterr().err
    assert f"cannot remove hypothesis {no}: analysis {ach} has only 2" in err
    assert "takes 2-12" in err and err.count("\n") == 1
    assert _undo_count(db) == before
    assert run(db, "undo") == 0
    shown = _shown(db, capsys, ach)
    assert shown["evidence"][0]["ratings"] == {str(third): "II"}


def test_evidence_remove_keeps_the_claim_and_undoes(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ach, yes, _no, evidence = _matrix(db, capsys)
    run(db, "ach", "rate", str(ach), str(yes), str(evidence), "C")
    capsys.readouterr()
    assert created(db, capsys, "ach", "evidence-remove", str(ach), str(evidence)) == evidence
    assert _shown(db, capsys, ach)["evidence"] == []
    assert run(db, "claims", "--json") == 0
    assert [c["id"] for c in json.loads(capsys.readouterr().out)] == [1, 2]
    assert run(db, "undo") == 0
    (row,) = _shown(db, capsys, ach)["evidence"]
    assert (row["id"], row["ratings"]) == (evidence, {str(yes): "C"})


def test_delete_removes_the_whole_analysis_keeps_its_claims_and_undoes(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ach, yes, _no, evidence = _matrix(db, capsys)
    run(db, "ach", "rate", str(ach), str(yes), str(evidence), "C")
    capsys.readouterr()
    other = created(db, capsys, "ach", "new", "Another?", "--hypothesis", "A", "--hypothesis", "B")
    assert created(db, capsys, "ach", "delete", str(ach)) == ach
    assert run(db, "ach", "list", "--json") == 0
    assert [a["id"] for a in json.loads(capsys.readouterr().out)] == [other]
    assert run(db, "claims", "--json") == 0
    assert [c["id"] for c in json.loads(capsys.readouterr().out)] == [1, 2]
    assert run(db, "ach", "show", str(ach)) == 1
    capsys.readouterr()
    assert run(db, "undo") == 0
    (row,) = _shown(db, capsys, ach)["evidence"]
    assert (row["id"], row["ratings"]) == (evidence, {str(yes): "C"})


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("rename", "9", "Q"), "no analysis with id 9"),
        (("hypothesis-edit", "1", "99", "T"), "analysis 1 has no hypothesis 99"),
        (("hypothesis-remove", "1", "3"), "analysis 1 has no hypothesis 3"),
        (("evidence-remove", "1", "5"), "analysis 1 has no evidence 5"),
        (("evidence-remove", "2", "1"), "analysis 2 has no evidence 1"),
        (("delete", "9"), "no analysis with id 9"),
    ],
)
def test_ids_of_another_analysis_exit_1_and_change_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    _matrix(db, capsys)
    created(db, capsys, "ach", "new", "Another?", "--hypothesis", "A", "--hypothesis", "B")
    before = _undo_count(db)
    assert run(db, "ach", *argv) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert _undo_count(db) == before


@pytest.mark.parametrize(
    "argv",
    [("rename", "1"), ("rename", "1", "  "), ("hypothesis-edit", "1", "2"),
     ("evidence-remove", "x", "1"), ("delete",),
     ("hypothesis-remove", "1", "2", "--quiet", "--json")],
)
def test_usage_errors_exit_2(db: Path, capsys: pytest.CaptureFixture[str], argv) -> None:
    _matrix(db, capsys)
    assert run(db, "ach", *argv) == 2


def test_a_hypothesis_given_twice_in_any_case_is_refused_and_nothing_written(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by attack round 9: `--hypothesis A --hypothesis A` (and " a ") made two rows
    rated apart and scored as two competing explanations."""
    for second in ("It reopens", "  it  REOPENS "):
        argv = ("ach", "new", "Q?", "--hypothesis", "It reopens", "--hypothesis", second)
        assert run(db, *argv) == 1
        assert "'It reopens' is given twice" in capsys.readouterr().err
    assert run(db, "ach", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    ach, yes, no, _evidence = _matrix(db, capsys)
    undo_steps = _undo_count(db)
    assert run(db, "ach", "hypothesis", str(ach), "it stays  closed") == 1
    assert f"has this hypothesis already: 'It stays closed' (hypothesis {no})" in (
        capsys.readouterr().err)
    assert run(db, "ach", "hypothesis-edit", str(ach), str(yes), "IT STAYS CLOSED") == 1
    assert _undo_count(db) == undo_steps
    assert run(db, "ach", "hypothesis-edit", str(ach), str(no), "It Stays Closed") == 0  # its own
