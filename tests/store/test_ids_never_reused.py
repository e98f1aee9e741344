"""A row the history can bring back keeps its id: no new row is handed it meanwhile.

Why: SQLite gives a new row the highest id plus one, so a deleted highlight's id
went to the next claim a JSON import brought, and a merged-away entity's id to
the next entity an analysis found. Undoing the deletion or the merge then met a
row in its place: refused, and dropped from the history, though the command had
said "`workbench undo` brings it back" (attack run, round 3).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import run_cli
from workbench.core.models import Article
from workbench.store import Store

TEXT = "The council of the town met on Monday and voted on the budget."


def _library(path: Path) -> None:
    with Store(path) as store:
        store.documents.add_article(Article(title="Council", text=TEXT), analyze=False)


def _two_highlights(db: Path) -> Path:
    """A library whose one article has highlights 1 ("council") and 2 ("budget")."""
    _library(db)
    for quote in ("council", "budget"):
        assert run_cli(db, "annotate", "1", "--quote", quote, "--quiet") == 0
    return db


def _annotations(db: Path, capsys: pytest.CaptureFixture[str]) -> dict[int, str]:
    capsys.readouterr()
    assert run_cli(db, "show", "1", "--json") == 0
    annotations = json.loads(capsys.readouterr().out)["annotations"]
    return {item["id"]: item["exact"] for item in annotations}


@pytest.fixture()
def export_with_annotations(tmp_path: Path) -> Path:
    """A colleague's JSON export whose annotations carry ids 1 to 3."""
    other = tmp_path / "other.sqlite"
    with Store(other) as store:
        store.documents.add_article(
            Article(title="Harbour", text="The harbour reopened on Friday after the storm."),
            analyze=False)
    for quote in ("harbour", "Friday", "storm"):
        assert run_cli(other, "annotate", "1", "--quote", quote, "--quiet") == 0
    assert run_cli(other, "export", "--format", "json", "--out", str(tmp_path / "x.json")) == 0
    return tmp_path / "x.json"


def test_a_deleted_highlight_comes_back_after_an_import_brought_annotations(
    tmp_path: Path, export_with_annotations: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _two_highlights(tmp_path / "mine.sqlite")
    assert run_cli(db, "delete-annotation", "2") == 0
    assert run_cli(db, "import", "--no-analyze", str(export_with_annotations)) == 0
    assert run_cli(db, "undo") == 0
    assert _annotations(db, capsys) == {1: "council", 2: "budget"}


def test_an_undone_highlight_is_redone_after_an_import_brought_annotations(
    tmp_path: Path, export_with_annotations: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _two_highlights(tmp_path / "mine.sqlite")
    assert run_cli(db, "undo") == 0
    assert run_cli(db, "import", "--no-analyze", str(export_with_annotations)) == 0
    assert run_cli(db, "redo") == 0
    assert _annotations(db, capsys) == {1: "council", 2: "budget"}


def test_a_merged_away_entity_comes_back_after_an_analysis_found_a_new_one(
    tmp_path: Path,
) -> None:
    from workbench.store.analysis_rows import entity_named

    db = tmp_path / "mine.sqlite"
    _library(db)
    with Store(db) as store, store.db.atomic():
        kept = entity_named(store.db, "Town Council", "ORG")
        merged = entity_named(store.db, "Council of the Town", "ORG")
    assert run_cli(db, "entity", "merge", str(kept), str(merged)) == 0
    with Store(db) as store, store.db.atomic():  # what a later analysis writes, outside the history
        found = entity_named(store.db, "Harbour Authority", "ORG")
    assert found != merged
    assert run_cli(db, "undo") == 0
    with Store(db) as store:
        names = dict(store.db.execute("SELECT id, name FROM entities").fetchall())
    assert names == {kept: "Town Council", merged: "Council of the Town",
                     found: "Harbour Authority"}


def test_a_hidden_mention_comes_back_after_another_document_was_analysed(
    tmp_path: Path,
) -> None:
    from workbench.core.models import Analysis, Mention, Quote

    db = tmp_path / "mine.sqlite"
    with Store(db) as store:
        first = store.documents.add_article(Article(title="Council", text=TEXT),
                                            analyze=False).documents_added[0]
        store.analysis.save_analysis(first, Analysis(mentions=(
            Mention(4, 11, "council", "ORG", "Town Council"),
            Mention(29, 35, "Monday", "DATE", "Monday"),
        )))
        hidden = max(row[0] for row in store.db.execute("SELECT id FROM mentions"))
        store.entities.hide_mention(hidden)
        second = store.documents.add_article(
            Article(title="Harbour", text="“We reopen,” the harbour master said on Friday."),
            analyze=False).documents_added[0]
        store.analysis.save_analysis(second, Analysis(
            mentions=(Mention(40, 46, "Friday", "DATE", "Friday"),),
            quotes=(Quote(0, 12, "“We reopen,”"),)))
        store.history.undo()
        rows = dict(store.db.execute("SELECT id, document_id FROM mentions").fetchall())
    assert rows[hidden] == first
    assert sorted(rows.values()) == [first, first, second]


def test_an_undone_note_edit_is_redone_after_an_import_brought_earlier_values(
    tmp_path: Path,
) -> None:
    from workbench.store.exchange_bundle_write import _keep_earlier

    db = tmp_path / "mine.sqlite"
    _library(db)
    assert run_cli(db, "annotate", "1", "--quote", "council", "--quiet") == 0
    with Store(db) as store:
        store.annotations.edit_note(1, "first thought")
        store.annotations.edit_note(1, "second thought")  # keeps "first thought" as earlier
        store.history.undo()
        with store.db.atomic():  # what a JSON import writes for a colleague's edited claim
            _keep_earlier(store.db, "claims", "their-claim", {"earlier": {"statement": ["x"]}})
        store.history.redo()
        note = store.db.execute("SELECT note_md FROM annotations WHERE id = 1").fetchone()[0]
    assert note == "second thought"
