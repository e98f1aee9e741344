"""A mark orphaned by a new version of its article carries no stale position into an export.

Its stored start and end point into the text it was made on; read against the current
text they name other words ("minee will be approved" for "Gorsuch will be confirmed"),
so the formats that give positions leave them out for an orphan instead.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.core.models import Article
from workbench.export.csv_export import csv_tables
from workbench.export.filenames import assign_note_names
from workbench.export.json_export import orphaned_ids
from workbench.export.markdown import export_markdown
from workbench.export.webannotation import annotation_collection
from workbench.operations.exporting import library_export
from workbench.store import Store

OLD = ("The senator said the nominee will be confirmed by Friday. "
       "Critics called him a gifted writer. The vote is expected next week.")
NEW = ("BREAKING: a new sentence comes first. The senator said the nominee may be approved "
       "by Friday. Critics called him a writer. The vote is expected next week.")


@pytest.fixture
def store() -> Iterator[Store]:
    library = Store(None)
    yield library
    library.close()


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.fixture
def orphaned(store: Store) -> dict[str, int]:
    """A claim and a note whose words the new version removed, and a claim that moved."""
    doc_id = store.documents.add_article(Article(title="Vote", text=OLD)).documents_added[0]
    claim, _ = store.claims.add_claim(doc_id, *_span(OLD, "the nominee will be confirmed"))
    note, _ = store.annotations.add_annotation(doc_id, *_span(OLD, "gifted writer"),
                                               note_md="why")
    moved, _ = store.claims.add_claim(doc_id, *_span(OLD, "The vote is expected next week"))
    report = store.versions.replace_document_text(doc_id, NEW)
    assert set(report.orphan_ids) == {claim, note}
    return {"claim": claim, "note": note, "moved": moved}


def test_web_annotation_gives_an_orphan_no_position(store: Store,
                                                    orphaned: dict[str, int]) -> None:
    items = annotation_collection(library_export(store))["first"]["items"]
    by_id = {item["id"]: item for item in items}
    for key in ("claim", "note"):
        selectors = by_id[f"urn:workbench:annotation:{orphaned[key]}"]["target"]["selector"]
        assert [s["type"] for s in selectors] == ["TextQuoteSelector"]
    moved = by_id[f"urn:workbench:annotation:{orphaned['moved']}"]["target"]["selector"]
    quote, position = moved
    assert NEW[position["start"]:position["end"]] == quote["exact"]


def test_claims_csv_leaves_an_orphans_offsets_empty(store: Store,
                                                    orphaned: dict[str, int]) -> None:
    rows = list(csv.DictReader(io.StringIO(csv_tables(library_export(store))["claims.csv"])))
    by_id = {int(row["claim_id"]): row for row in rows}
    orphan = by_id[orphaned["claim"]]
    assert (orphan["start"], orphan["end"]) == ("", "")
    assert orphan["text"] == "the nominee will be confirmed"
    moved = by_id[orphaned["moved"]]
    assert NEW[int(moved["start"]):int(moved["end"])] == moved["text"]


def test_orphaned_ids_names_the_orphaned_claim_and_note_not_the_moved_claim(
        store: Store, orphaned: dict[str, int]) -> None:
    (record,) = library_export(store)["documents"]
    assert orphaned_ids(record) == {orphaned["claim"], orphaned["note"]}


def test_claims_md_says_a_claim_is_orphaned(store: Store, orphaned: dict[str, int],
                                            tmp_path: Path) -> None:
    """The note said "Orphaned" under the claim; claims.md quoted the vanished words as
    the article's claim with no word that the article no longer says them."""
    export = library_export(store)
    names = assign_note_names((d["id"], d["title"]) for d in export["documents"])
    export_markdown(export["documents"], names, tmp_path)
    lines = (tmp_path / "claims.md").read_text(encoding="utf-8").splitlines()
    (gone,) = [line for line in lines if "the nominee will be confirmed" in line]
    (kept,) = [line for line in lines if "The vote is expected next week" in line]
    assert "orphaned" in gone
    assert "orphaned" not in kept
