"""Text output names grades where it lists claims, and a JSON import counts its ACH analyses.

``workbench claims`` and ``workbench show`` print each claim's grade (the
document's reliability A-F with the claim's credibility 1-6, "?" for a missing
half); ``show`` names the document's reliability in its header; importing a
workbench JSON export says how many analyses it brought.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.models import Article
from workbench.store import Store

TEXT = "The minister said the bridge would reopen in May. Engineers disagreed."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.documents.add_article(Article(title="Bridge", text=TEXT, source="Reuters"))
        store.documents.add_article(Article(title="Other", text="Nobody said a thing.",
                                            source="Blog"))
        store.claims.add_claim(1, 18, 49)
        store.claims.add_claim(1, 50, 70)
        store.claims.add_claim(2, 0, 20)
        store.grades.grade_source("Reuters", "B")
        store.grades.grade_claim(1, 2)
    return path


def _out(db: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["--db", str(db), *argv]) == 0
    return capsys.readouterr().out


def test_claims_lists_each_claims_grade(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = {line.split()[0]: line for line in _out(db, capsys, "claims").splitlines()}
    assert "(doc 1, grade B2, 0 links, unknown author)" in lines["1"]
    assert "(doc 1, grade B?, 0 links, unknown author)" in lines["2"]  # source graded
    assert "(doc 2, 0 links, unknown author)" in lines["3"]  # nothing graded: no grade said


def test_show_names_the_reliability_and_lists_claims_with_grades(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _out(db, capsys, "show", "1")
    assert out.splitlines()[1] == "Reuters · Reliability B: Usually reliable source"
    claims = out.split("\nClaims:\n", 1)[1].splitlines()
    assert claims[:2] == [
        "  [1] [unverified] B2  the bridge would reopen in May. — unknown author",
        "  [2] [unverified] B?  Engineers disagreed. — unknown author",
    ]
    other = _out(db, capsys, "show", "2")
    assert other.splitlines()[1] == "Blog"
    assert other.endswith("Claims:\n  [3] [unverified]  Nobody said a thing. — unknown author\n")


def test_importing_an_export_counts_its_ach_analyses(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store(db) as store:
        analysis = store.ach.create_analysis("Will it reopen?", ["Yes", "No"]).ids[0]
        store.ach.add_evidence(analysis, 1)
        store.ach.create_analysis("Who is right?", ["Minister", "Engineers"])
    exported = tmp_path / "export.json"
    assert main(["--db", str(db), "export", "--format", "json", "--out", str(exported)]) == 0
    other = tmp_path / "other.sqlite"
    capsys.readouterr()
    assert main(["--db", str(other), "import", str(exported), "--no-analyze"]) == 0
    assert "imported 2 documents, 2 ACH analyses, 0 already" in capsys.readouterr().err
    assert main(["--db", str(other), "import", str(exported), "--no-analyze"]) == 0
    assert "imported 0 documents, 2 already in the library" in capsys.readouterr().err
