"""W3C Web Annotation JSON-LD has the model's required fields; CSV is safe for spreadsheets."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.export.conftest import EVIL, Library
from workbench.export.csv_export import csv_tables, csv_text, safe_cell, write_csv_tables
from workbench.export.webannotation import CONTEXT, annotation_collection, dumps_collection
from workbench.operations.exporting import library_export as library_record

MOTIVATIONS = {"highlighting", "commenting", "assessing", "tagging", "linking", "identifying"}


def test_collection_and_page(library: Library) -> None:
    collection = annotation_collection(library_record(library.store))
    assert collection["@context"] == CONTEXT
    assert collection["type"] == "AnnotationCollection"
    page = collection["first"]
    assert page["type"] == "AnnotationPage" and collection["total"] == len(page["items"])
    assert all("@context" not in item for item in page["items"])
    assert len({item["id"] for item in page["items"]}) == len(page["items"])


def test_every_annotation_has_the_required_fields(library: Library) -> None:
    export = library_record(library.store)
    texts = {d["id"]: d["text"] for d in export["documents"]}
    urls = {d["id"]: d["url"] for d in export["documents"]}
    items = annotation_collection(export)["first"]["items"]
    assert {item["motivation"] for item in items} == MOTIVATIONS
    for item in items:
        assert item["type"] == "Annotation" and item["id"].startswith("urn:workbench:")
        assert item["motivation"] in MOTIVATIONS
        target = item["target"]
        if not isinstance(target, dict):
            continue
        quote, position = target["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        doc_id = next(
            d for d, url in urls.items() if target["source"] in (url, f"urn:workbench:document:{d}")
        )
        text = texts[doc_id]
        assert text[position["start"] : position["end"]] == quote["exact"]
        assert text[: position["start"]].endswith(quote["prefix"])
        assert text[position["end"] :].startswith(quote["suffix"])


def test_bodies_notes_claims_and_tags(library: Library) -> None:
    items = annotation_collection(library_record(library.store))["first"]["items"]
    by_id = {item["id"]: item for item in items}
    note = by_id[f"urn:workbench:annotation:{library.highlight}"]
    assert note["motivation"] == "commenting"
    assert note["body"][0] == {
        "type": "TextualBody",
        "value": note["body"][0]["value"],
        "format": "text/markdown",
        "purpose": "commenting",
    }
    assert {b["value"] for b in note["body"] if b["purpose"] == "tagging"} == {
        "people/leaders",
        "a b",
    }
    claim = by_id[f"urn:workbench:annotation:{library.claims[0]}"]
    assert claim["motivation"] == "assessing"
    assert {"value": "disputed", "purpose": "assessing", "type": "TextualBody"} in claim["body"]
    assert claim["target"]["source"] == "https://news.example/a?b=1&c=(2)"
    con = by_id[f"urn:workbench:annotation:{library.claims[1]}"]
    assert con["target"]["source"].startswith("urn:workbench:document:")


def test_links_are_linking_annotations_between_claim_annotations(library: Library) -> None:
    items = annotation_collection(library_record(library.store))["first"]["items"]
    ids = {item["id"] for item in items}
    links = [item for item in items if item["motivation"] == "linking"]
    assert len(links) == 3
    for link in links:
        assert link["target"] in ids and link["body"][0]["id"] in ids
        assert link["body"][1]["purpose"] == "classifying"
    assert {link["body"][1]["value"] for link in links} == {"same", "contradicts", "supports"}


def test_web_annotation_output_is_deterministic_json(library: Library) -> None:
    first = dumps_collection(annotation_collection(library_record(library.store)))
    second = dumps_collection(annotation_collection(library_record(library.store)))
    assert first == second and json.loads(first)["total"] > 0


def test_csv_files_have_headers_no_bom_and_defused_formulas(
    library: Library, tmp_path: Path
) -> None:
    export = library_record(library.store)
    export["documents"][0]["claims"][0]["note"] = '=HYPERLINK("http://evil")'
    export["documents"][0]["quotes"][0]["text"] = "+SUM(A1:A9)"
    paths = write_csv_tables(export, tmp_path)
    assert sorted(p.name for p in paths) == sorted(csv_tables(export))
    for path in paths:
        data = path.read_bytes()
        assert not data.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
        assert rows[0] and all(len(row) == len(rows[0]) for row in rows)
        for row in rows[1:]:
            assert not any(cell[:1] in "=+-@" and cell for cell in row), row
    claims = list(
        csv.DictReader(io.StringIO((tmp_path / "claims.csv").read_text(encoding="utf-8")))
    )
    assert claims[0]["note"] == '\'=HYPERLINK("http://evil")'
    assert "same 2" in claims[0]["links"]
    quotes = (tmp_path / "quotes.csv").read_text(encoding="utf-8")
    assert "'+SUM(A1:A9)" in quotes and EVIL in quotes


def test_safe_cell() -> None:
    assert [safe_cell(v) for v in ("=1+1", "-x", "@SUM", "\tx", "plain", 5, None, 1.5)] == [
        "'=1+1",
        "'-x",
        "'@SUM",
        "'\tx",
        "plain",
        5,
        "",
        1.5,
    ]


def test_a_cell_closes_the_direction_controls_it_opens() -> None:
    """A row of a CSV is one line in a text editor: an override left open in a title
    ("Evil \u202etxt.gpj") reversed the cells after it (the claim's status, its grade)."""
    rows = list(csv.reader(io.StringIO(csv_text(["title", "status"], [
        ["Evil \u202etxt.gpj", "disputed"]]))))
    assert rows[1] == ["Evil \u202etxt.gpj\u202c", "disputed"]
    assert safe_cell("right \u2067\u202eleft") == "right \u2067\u202eleft\u202c\u2069"
    assert safe_cell("שלום \u202eclosed\u202c") == "שלום \u202eclosed\u202c"  # balanced: as is


def test_a_stray_direction_closer_cannot_hide_a_formula() -> None:
    """The closer with nothing to close is dropped before the formula check, never after."""
    assert safe_cell("\u202c=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
