"""``--help`` says what a command really prints and takes (import, search)."""

from __future__ import annotations

import pytest

from workbench.cli import main


def _help(capsys: pytest.CaptureFixture[str], command: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main([command, "--help"])
    assert stopped.value.code == 0
    return " ".join(capsys.readouterr().out.split())


def test_import_help_names_what_quiet_and_json_print_and_what_paths_it_reads(
        capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "import")
    assert "print the id of each new document, one a line" in text  # not "only the id"
    assert "print the report as JSON" in text
    assert ".jsonl" in text and ".docx" in text


def test_search_help_says_symbols_are_searched_and_json_is_described(
        capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "search")
    assert "emoji and symbols" in text
    assert "--json print the hits as JSON" in text
