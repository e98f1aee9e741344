"""``workbench compare A B``: text and JSON, and the exit codes of bad input."""

from __future__ import annotations

import json
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
