"""Markdown, CSV and Web Annotation name who made each piece of work, and mark machine output."""

from __future__ import annotations

import csv
import io

from tests.export.test_json_authorship import BEN, source  # noqa: F401 - the fixture
from workbench.core.authorship import MACHINE_CREATOR, MACHINE_LABEL
from workbench.core.models import Article
from workbench.export.csv_export import csv_tables
from workbench.export.webannotation import annotation_collection, creator
from workbench.operations.exporting import library_export, note_markdown
from workbench.store import Store


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_web_annotation_creators(source: Store) -> None:  # noqa: F811
    items = annotation_collection(library_export(source))["first"]["items"]
    by_motivation: dict[str, list[dict]] = {}
    for item in items:
        by_motivation.setdefault(item["motivation"], []).append(item)
    (note,) = by_motivation["commenting"]
    assert note["creator"] == {
        "id": "urn:uuid:aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa", "type": "Person", "name": "Ana"
    }  # fmt: skip
    (link,) = by_motivation["linking"]
    assert link["creator"]["name"] == "Ben"
    (quote,) = by_motivation["identifying"]
    assert quote["creator"] == MACHINE_CREATOR and quote["creator"]["type"] == "Software"
    assert all(item["creator"]["type"] == "Person" for item in by_motivation["assessing"])


def test_unattributed_work_is_still_a_person_without_an_id() -> None:
    assert creator(None, {}) == {"type": "Person", "name": "unknown author"}
    assert creator(BEN.id, {BEN.id: "Ben"})["name"] == "Ben"


def test_csv_has_author_and_creator_columns(source: Store) -> None:  # noqa: F811
    tables = csv_tables(library_export(source))
    claims = _rows(tables["claims.csv"])
    assert {row["author"] for row in claims} == {"Ana"}
    assert {row["edited_by"] for row in claims} == {"Ben", ""}
    assert [row["author"] for row in _rows(tables["links.csv"])] == ["Ben"]
    assert [row["creator"] for row in _rows(tables["quotes.csv"])] == [MACHINE_LABEL]
    assert [row["creator"] for row in _rows(tables["mentions.csv"])] == [MACHINE_LABEL]


def test_markdown_names_authors_and_marks_machine_sections(source: Store) -> None:  # noqa: F811
    doc = source.documents.list_documents()[0]["id"]
    note = note_markdown(source, doc)
    assert "*— Ana, edited by Ben*" in note  # the note Ben reworded
    assert note.count("*— Ana*") >= 1  # the claim Ana made and nobody edited
    assert "disputed (" in note and ", Ben)" in note  # the status step Ben took
    quotes = note.split("## Quotes by speaker", 1)[1]
    assert quotes.lstrip().startswith(f"*Found by the extractor — {MACHINE_LABEL}")
    assert f"## Entities\n\n*Found by the extractor — {MACHINE_LABEL}" in note


def test_markdown_says_nothing_of_authors_for_unattributed_work() -> None:
    store = Store(None)
    doc = store.documents.add_article(Article(title="t", text="Alpha beta gamma."),
                                      analyze=False).documents_added[0]  # fmt: skip
    store.annotations.add_annotation(doc, 0, 5, note_md="n")
    assert "— " not in note_markdown(store, doc).split("## Highlights", 1)[1]
