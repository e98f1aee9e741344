"""Names typed on the command line find entities and sources in any Unicode case.

Before: ``entity show "ångström labs"`` and ``timeline --entity`` said there was no
such entity though "Ångström Labs" was there (SQLite's NOCASE folds ASCII only), and
``grade source ÖSTERREICH`` graded only the documents spelt so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.models import Analysis, Article, Mention
from workbench.store import Store

TEXT = "Ångström Labs said on 3 March 2024 that the test passed."


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        first = store.documents.add_article(
            Article(title="Labs", text=TEXT, source="Österreich", published="2024-03-04"),
            analyze=False).documents_added[0]
        store.documents.add_article(
            Article(title="Other", text="Prices rose.", source="österreich"), analyze=False)
        store.analysis.save_analysis(first, Analysis(mentions=(
            Mention(0, 13, "Ångström Labs", "ORG", "Ångström Labs"),)))
    return path


@pytest.mark.parametrize("typed", ["ÅNGSTRÖM LABS", "ångström labs"])
def test_an_entity_is_shown_and_followed_in_any_unicode_case(
    library: Path, typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(library, "entity", "show", typed, "--json") == 0
    assert json.loads(capsys.readouterr().out)["entity"]["name"] == "Ångström Labs"
    assert run_cli(library, "timeline", "--entity", typed, "--json") == 0


def test_a_source_is_graded_for_all_its_spellings(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(library, "grade", "source", "ÖSTERREICH", "B", "--json") == 0
    capsys.readouterr()
    assert run_cli(library, "grade", "sources", "--json") == 0
    (source,) = json.loads(capsys.readouterr().out)
    assert (source["reliability"], source["documents"]) == ("B", 2)
    with Store(library) as store:
        grades = store.grades.document_grades([1, 2])
        assert [grades[i].effective for i in (1, 2)] == ["B", "B"]


def test_an_import_keeps_the_librarys_grade_of_a_source_in_other_unicode_case(
    library: Path, tmp_path: Path
) -> None:
    """The file grades "Österreich" B, the library "österreich" A: one source, graded A; the
    imported documents keep the B they were exported with as their own grade."""
    assert run_cli(library, "grade", "source", "Österreich", "B") == 0
    out = tmp_path / "out.json"
    assert run_cli(library, "export", "--format", "json", "--out", str(out)) == 0
    target = tmp_path / "target.sqlite"
    with Store(target) as store:
        store.documents.add_article(Article(title="Own", text="Own text.", source="österreich"),
                                    analyze=False)
        store.grades.grade_source("österreich", "A")
    assert run_cli(target, "import", "--no-analyze", str(out)) == 0
    with Store(target) as store:
        assert store.db.execute("SELECT name, reliability FROM sources").fetchall() == [
            ("österreich", "A")]
        grades = store.grades.document_grades([1, 2, 3])
        assert [grades[i].effective for i in (1, 2, 3)] == ["A", "B", "B"]
        assert [grades[i].override for i in (1, 2, 3)] == [None, "B", "B"]
