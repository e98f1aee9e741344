"""DATE/TIME mentions keep their normalised value through the store, show --json and JSON."""

from __future__ import annotations

import json
from pathlib import Path

from tests.json_imports import import_workbench_export
from workbench.cli import main
from workbench.core.models import Analysis, Article, Mention
from workbench.export.json_export import dumps
from workbench.operations.exporting import library_export
from workbench.store import Store
from workbench.store.schema import known_migration_names

TEXT = "The minister said on Wednesday that talks in the 1990s had failed. Officials agreed."


def _span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def _library(store: Store) -> int:
    doc_id = store.documents.add_article(
        Article(title="Talks", text=TEXT, published="2023-09-15")
    ).documents_added[0]
    mentions = (
        Mention(*_span("Wednesday"), "Wednesday", "DATE", "Wednesday", value="2023-09-13"),
        Mention(*_span("the 1990s"), "the 1990s", "DATE", "the 1990s", value="199"),
        Mention(*_span("Officials"), "Officials", "ORG", "Officials"),
    )
    store.analysis.save_analysis(doc_id, Analysis(mentions=mentions, version=3))
    return doc_id


def test_the_migration_is_known_and_adds_the_column(store: Store) -> None:
    assert "0009_mention_values" in known_migration_names()
    columns = {row[1] for row in store.db.execute("PRAGMA table_info(mentions)")}
    assert "value" in columns


def test_values_are_saved_and_read_back(store: Store) -> None:
    doc_id = _library(store)
    values = {m["text"]: m["value"] for m in store.analysis.document_entities(doc_id)}
    assert values == {"Wednesday": "2023-09-13", "the 1990s": "199", "Officials": None}


def test_publication_dates_anchor_analysis(store: Store) -> None:
    doc_id = _library(store)
    other = store.documents.add_article(Article(title="Undated", text="No date here at all."))
    dates = store.analysis.publication_dates([doc_id, other.documents_added[0]])
    assert dates == {doc_id: "2023-09-15"}


def test_show_json_and_export_carry_the_value(tmp_path: Path, capsys) -> None:
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        doc_id = _library(store)
    assert main(["--db", str(path), "show", str(doc_id), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert {m["text"]: m["value"] for m in shown["entities"]}["Wednesday"] == "2023-09-13"


def test_json_export_and_import_round_trip_the_value(tmp_path: Path) -> None:
    with Store(None) as source:
        _library(source)
        exported = library_export(source)
    path = tmp_path / "export.json"
    path.write_text(dumps(exported), encoding="utf-8")
    with Store(tmp_path / "target.sqlite") as target:
        report = import_workbench_export(target, path)
        assert report.ok
        doc_id = report.imported[0]
        values = {m["text"]: m["value"] for m in target.analysis.document_entities(doc_id)}
    assert values["the 1990s"] == "199" and values["Officials"] is None


def test_import_rejects_a_value_that_is_not_text(tmp_path: Path) -> None:
    with Store(None) as source:
        _library(source)
        exported = json.loads(dumps(library_export(source)))
    exported["documents"][0]["entities"][0]["value"] = 20230913
    path = tmp_path / "export.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    with Store(None) as target:
        report = import_workbench_export(target, path)
    assert not report.ok


def test_a_date_the_analyst_marks_gets_its_value(store: Store) -> None:
    doc_id = _library(store)
    start = TEXT.index("Officials")
    store.entities.create_entity_mention(doc_id, start, start + 9, "Officials", "ORG")
    store.analysis.save_analysis(doc_id, Analysis(mentions=(), version=3))
    start = TEXT.index("Wednesday")
    store.entities.create_entity_mention(doc_id, start, start + 9, "Wednesday", "DATE")
    values = {m["text"]: m["value"] for m in store.analysis.document_entities(doc_id)}
    assert values == {"Officials": None, "Wednesday": "2023-09-13"}
