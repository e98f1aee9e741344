"""``workbench compare A B``: text and JSON, and the exit codes of bad input."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.compare_support import add_reports
from tests.support import run_cli
from workbench.store import Store


@pytest.fixture
def library(library_path: Path) -> tuple[Path, int, int, int]:
    store = Store(library_path)
    ids = add_reports(store)
    store.close()
    return (library_path, *ids)


def test_text_names_what_both_share_and_what_differs(
        library: tuple[Path, int, int, int], capsys: pytest.CaptureFixture[str]) -> None:
    path, a, b, _ = library
    assert run_cli(path, "compare", str(a), str(b)) == 0
    out = capsys.readouterr().out
    assert "Shared entities (3):" in out and "Marrow Bridge (FAC)  A 1 · B 1" in out
    assert "Only in A (1): Irene Dobbs ×2" in out
    assert "Sentences reporting the same thing (2):" in out
    assert "Quoted in A: Irene Dobbs (2)" in out


def test_documents_named_by_title_prefix(
        library: tuple[Path, int, int, int], capsys: pytest.CaptureFixture[str]) -> None:
    path, a, b, _ = library
    assert run_cli(path, "compare", "Floods close", "Kelston bridge", "--json") == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["a"]["id"], record["b"]["id"]) == (a, b)
    assert {e["name"] for e in record["shared_entities"]} == {
        "Marrow Bridge", "Kelston", "Kelston Fire Service"}
    pair = record["sentence_pairs"][0]
    assert set(pair) == {"a", "b", "score", "shared_names"}
    assert set(pair["a"]) == {"start", "end", "text"}


@pytest.mark.parametrize(("argv", "code"), [
    (["compare", "1", "999"], 1),          # no such document
    (["compare", "No such title", "1"], 1),
    (["compare", "1", "1"], 1),            # one document with itself
    (["compare", "1"], 2),                 # B missing
    (["compare", "1", ""], 2),             # blank DOC
    (["compare", "1", "2", "3"], 2),
])
def test_bad_input_exit_codes(library: tuple[Path, int, int, int], argv: list[str],
                              code: int, capsys: pytest.CaptureFixture[str]) -> None:
    path = library[0]
    assert run_cli(path, *argv) == code
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err


@pytest.mark.parametrize(("terminal", "json_output", "drawn"), [
    (True, False, True), (True, True, False), (False, False, False)])
def test_progress_line_on_a_terminal_only_and_never_with_json(
        library: tuple[Path, int, int, int], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, terminal: bool, json_output: bool,
        drawn: bool) -> None:
    path, a, b, _ = library
    monkeypatch.setattr(sys.stderr, "isatty", lambda: terminal)
    assert run_cli(path, "compare", str(a), str(b), *(["--json"] if json_output else [])) == 0
    captured = capsys.readouterr()
    assert ("comparing [" in captured.err) is drawn
    assert "comparing" not in captured.out


def test_a_document_never_analysed_is_said_so_not_compared_as_naming_no_one(
        library: tuple[Path, int, int, int], capsys: pytest.CaptureFixture[str]) -> None:
    """B imported without analysis has no mentions: "Shared entities (0)", A's names "only in
    A" and "Quoted in B: nobody" read as findings. The comparison says B is not analysed."""
    from tests.compare_support import REPORT_B
    from workbench.core.models import Article

    path, a, _, _ = library
    store = Store(path)
    (fresh,) = store.documents.add_article(
        Article("Bridge shut, second edition", REPORT_B + "\nUpdated."), analyze=False
    ).documents_added
    store.close()
    assert run_cli(path, "compare", str(a), str(fresh)) == 0
    out = capsys.readouterr().out
    assert (f"B is not analysed: entities and quotes are not compared; "
            f"run `workbench reanalyze {fresh}`") in out
    assert "Only in A (0): none" in out and "Quoted in B: not analysed" in out
    assert "Quoted in A: Irene Dobbs (2)" in out
    assert run_cli(path, "compare", str(fresh), str(a), "--json") == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["a"]["analysed"], record["b"]["analysed"]) == (False, True)
    assert record["only_b"] == [] and record["shared_entities"] == []


def test_two_analysed_documents_say_nothing_of_analysis(
        library: tuple[Path, int, int, int], capsys: pytest.CaptureFixture[str]) -> None:
    path, a, b, _ = library
    assert run_cli(path, "compare", str(a), str(b), "--json") == 0
    record = json.loads(capsys.readouterr().out)
    assert record["a"]["analysed"] and record["b"]["analysed"]
    assert run_cli(path, "compare", str(a), str(b)) == 0
    assert "not analysed" not in capsys.readouterr().out


def test_a_side_still_being_analysed_is_not_sent_to_reanalyse(
        library: tuple[Path, int, int, int], capsys: pytest.CaptureFixture[str]) -> None:
    """Reviewer: a side whose analysis is queued was told to `workbench reanalyze` it."""
    path, a, b, _ = library
    store = Store(path)
    with store.db.conn:
        store.db.execute("UPDATE documents SET status = 'pending' WHERE id = ?", [b])
    store.close()
    assert run_cli(path, "compare", str(a), str(b)) == 0
    out = capsys.readouterr().out
    assert ("B is still being analysed: entities and quotes are compared once it is done"
            in out)
    assert "reanalyze" not in out and "Quoted in B: still being analysed" in out
    assert run_cli(path, "compare", str(a), str(b), "--json") == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["b"]["analysed"], record["b"]["pending"]) == (False, True)
