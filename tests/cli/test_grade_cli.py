"""``workbench grade``: grades with their wording, --clear, --json, refusals naming the range."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import run_cli as run
from workbench.core.models import Article
from workbench.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        text = "The minister said the bridge would reopen in May."
        store.documents.add_article(Article(title="Bridge", text=text, source="Reuters"))
        store.documents.add_article(Article(title="Other", text=f"2. {text}", source="Reuters"))
        store.claims.add_claim(1, 18, 49)
    return path



def test_grading_a_source_says_what_it_did_and_its_documents_inherit(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "grade", "source", "reuters", "b") == 0
    assert capsys.readouterr().out == (
        "Source 'Reuters' is graded B (Usually reliable); 2 documents inherit it.\n"
    )
    assert run(db, "grade", "claim", "1", "2", "--json") == 0
    record = json.loads(capsys.readouterr().out)
    assert record == {
        "id": 1,
        "kind": "claim",
        "credibility": 2,
        "wording": "Probably true",
        "reliability": "B",
        "grade": "B2",
        "grade_wording": "Usually reliable source; probably true",
    }


def test_a_document_grade_wins_and_clear_inherits_again(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(db, "grade", "source", "Reuters", "B")
    capsys.readouterr()
    assert run(db, "grade", "document", "Bridge", "D", "--json") == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["id"], record["reliability"]) == (1, "D")
    assert (record["wording"], record["source_reliability"]) == ("Not usually reliable", "B")
    assert run(db, "grade", "document", "1", "--clear") == 0
    assert capsys.readouterr().out == "Document 1 inherits B from 'Reuters'.\n"
    assert run(db, "grade", "source", "Reuters", "--quiet") == 2


def test_every_grade_is_undone_by_undo(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(db, "grade", "claim", "1", "4")
    run(db, "grade", "claim", "1", "5")
    assert run(db, "undo") == 0
    with Store(db) as store:
        assert store.claims.get_claim(1).credibility == 4


def test_grade_sources_lists_graded_and_ungraded(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(db, "grade", "source", "Reuters", "A")
    capsys.readouterr()
    assert run(db, "grade", "sources", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["name"] == "Reuters" and rows[0]["reliability"] == "A"
    assert rows[0]["documents"] == 2


@pytest.mark.parametrize(
    ("argv", "code", "fragment"),
    [
        (("grade", "source", "Reuters", "G"), 2, "reliability must be one of A-F: A Completely"),
        (("grade", "document", "1", "7"), 2, "F Reliability cannot be judged"),
        (("grade", "claim", "1", "7"), 2, "credibility must be one of 1-6: 1 Confirmed by"),
        (("grade", "claim", "1", "B"), 2, "6 Truth cannot be judged"),
        (("grade", "source", "Reuter", "B"), 1, "no source named 'Reuter'; did you mean 'Reuters'"),
        (("grade", "claim", "99", "2"), 1, "no claim with id 99"),
        (("grade", "document", "99", "A"), 1, "no document with id 99"),
        (("grade", "claim", "1"), 2, "give a GRADE"),
        (("grade", "claim", "1", "2", "--clear"), 2, "not both"),
        (("grade", "document", " ", "A"), 2, "empty DOC"),
        (("grade", "colour", "1"), 2, "invalid choice"),
    ],
)
def test_bad_input_fails_with_one_line_and_changes_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], code: int, fragment: str
) -> None:
    assert run(db, *argv) == code
    captured = capsys.readouterr()
    assert fragment in captured.err and captured.out == ""
    assert len(captured.err.splitlines()) == 1
    with Store(db) as store:
        assert store.history.undo_labels() == ("Mark claim “the bridge would reopen in May.”", None)
