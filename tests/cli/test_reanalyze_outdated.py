"""`reanalyze --outdated`: only documents an older extraction (or none) analysed are redone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.commands import library
from workbench.core.models import Analysis, Article
from workbench.core.vocabulary import STATUS_PENDING
from workbench.nlp.pipeline import ANALYSIS_VERSION
from workbench.operations.analysis import outdated_documents
from workbench.store import Store


def _library(db: Path) -> tuple[int, int, int, int]:
    """Four documents: current, analysed by version 1, never analysed, failed."""
    with Store(db) as store:
        ids = [store.documents.add_article(Article(title=f"Doc {n}", text=f"Text {n}."))
               .documents_added[0] for n in range(4)]
        current, old, never, failed = ids
        store.analysis.save_analysis(current, Analysis(version=ANALYSIS_VERSION))
        store.analysis.save_analysis(old, Analysis(version=1))
        store.db.execute("UPDATE documents SET status = 'unanalyzed' WHERE id = ?", [never])
        store.analysis.mark_analysis_failed(failed)
    return current, old, never, failed


def test_outdated_documents_are_the_older_never_and_failed_ones(tmp_path: Path) -> None:
    current, old, never, failed = _library(tmp_path / "lib.sqlite")
    with Store(tmp_path / "lib.sqlite") as store:
        assert outdated_documents(store) == [old, never, failed]
        store.analysis.save_analysis(old, Analysis(version=ANALYSIS_VERSION))
        assert outdated_documents(store) == [never, failed]


def test_reanalyze_outdated_marks_only_those(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.sqlite"
    current, old, never, failed = _library(db)
    monkeypatch.setattr(library, "analyze_in_terminal", lambda *_args: False)
    assert run_cli(db, "reanalyze", "--outdated") == 0
    assert "3 documents analysed by an older version" in capsys.readouterr().err
    with Store(db) as store:
        pending = {row["id"] for row in store.documents.list_documents()
                   if row["status"] == STATUS_PENDING}
    assert pending == {old, never, failed}


def test_reanalyze_outdated_counts_the_documents_already_waiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.sqlite"
    _library(db)
    with Store(db) as store:
        store.documents.add_article(Article(title="Waiting", text="Imported, not yet analysed."))
    monkeypatch.setattr(library, "analyze_in_terminal", lambda *_args: False)
    assert run_cli(db, "reanalyze", "--outdated") == 0
    assert ("3 documents analysed by an older version (or never); 1 already waiting"
            in capsys.readouterr().err)
