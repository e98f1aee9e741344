"""One rule for a listing's filters, as the README states it.

A filter that names one record (a document, tag, claim or entity) fails with exit 1 when there
is none: a typo there must not read as "nothing happened". A filter on text (a speaker's name,
a claimant, part of an entity's name) is a search: matching nothing is an answer, exit 0.
Why: ``quotes --speaker UNKNOWN`` exited 0 while ``timeline --entity UNKNOWN`` exited 1, and
nothing said which was meant.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support import run_cli as run

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    article = tmp_path / "sky.txt"
    article.write_text("Alice Smith said the sky is blue over Harlow Vale.\n", encoding="utf-8")
    path = tmp_path / "library.sqlite"
    assert run(path, "import", "--no-analyze", str(article)) == 0
    return path


NAMING_FILTERS = [
    (("timeline", "--entity", "Nobody Atall"), "no entity named 'Nobody Atall'"),
    (("timeline", "--tag", "nosuch"), "no tag 'nosuch'"),
    (("timeline", "--story", "99"), "no claim with id 99"),
    (("claims", "--tag", "nosuch"), "no tag 'nosuch'"),
    (("claims", "--doc", "99"), "no document with id 99"),
]
TEXT_FILTERS = [
    (("quotes", "--speaker", "Nobody Atall"), "No matching quotes."),
    (("claims", "--claimant", "Nobody Atall"), "No matching claims."),
    (("entities", "--name", "Nobody Atall"), "No matching entities."),
]


@pytest.mark.parametrize(("argv", "message"), NAMING_FILTERS)
def test_a_filter_naming_a_missing_record_fails(
    library: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    assert run(library, *argv) == 1
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "message"), TEXT_FILTERS)
def test_a_text_filter_matching_nothing_is_an_answer(
    library: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    assert run(library, *argv) == 0
    assert capsys.readouterr().out.strip() == message


def test_the_readme_states_the_rule_with_both_halves() -> None:
    text = " ".join(README.read_text(encoding="utf-8").split())
    sentence = re.search(r"A listing's filter that names one record[^\n]*?exits 0\.", text)
    assert sentence is not None
    for argv, _ in NAMING_FILTERS[:1] + TEXT_FILTERS[:1]:
        assert f"`{argv[0]} {argv[1]}" in sentence.group(0)
