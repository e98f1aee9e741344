"""Markdown exports speak the analyst's words: passages as headings, entity types by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.export.conftest import EVIL, Library
from tests.export.rendering import facts, python_markdown
from tests.export.test_markdown_export import note_titled
from workbench.export.markdown_index import NoteSummary, render_index
from workbench.export.markdown_links import NoteLinks
from workbench.export.markdown_passages import HEADING_LIMIT, passage_heading
from workbench.operations.exporting import ExportRequest, run_export

LONG_CLAIM = (
    "The foreign ministry said on Tuesday that the sanctions announced last week "
    "would be extended to every bank that trades with the named companies"
)


@pytest.fixture
def exported(library: Library, tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    run_export(library.store, ExportRequest("markdown", folder, None, None, False), None)
    return folder


def test_claim_headings_use_the_claims_words_and_anchors_keep_the_id(
    exported: Path, library: Library
) -> None:
    body = note_titled(exported, EVIL)
    assert "### Claim 2" not in body and "### Claim 3" not in body
    assert "### Claim: sanctions are coming soon\n" in body
    assert "### Claim: there would be no sanctions\n" in body
    ids = facts(python_markdown(body)).ids
    assert {f"claim-{library.claims[1]}", f"claim-{library.claims[2]}"} <= ids
    assert f"^claim-{library.claims[1]}" in body


def test_highlight_and_note_headings_use_the_passage(exported: Path) -> None:
    passwd = (exported / "etc passwd.md").read_text(encoding="utf-8")
    assert "### Note: Kim met Putin\n" in passwd
    evil = note_titled(exported, EVIL)
    heading = next(line for line in evil.splitlines() if line.startswith("### Highlight: "))
    assert "<script>" not in heading and "&lt;script&gt;" in heading  # escaped like other text
    assert heading.endswith("…")


def test_long_passages_are_cut_at_a_word_boundary() -> None:
    heading = passage_heading("Claim", LONG_CLAIM, "Claim 9")
    words = heading.removeprefix("### Claim: ")
    assert words.endswith("…") and len(words) <= HEADING_LIMIT
    assert LONG_CLAIM.startswith(words[:-1]) and LONG_CLAIM[len(words) - 1] == " "


def test_a_heading_cannot_be_broken_by_the_passage() -> None:
    heading = passage_heading("Highlight", "Tags like #politics\n= and *stars*", "Highlight 1")
    html = python_markdown(heading)
    assert html.count("<h3>") == 1 and "<em>" not in html and "politics" in html


def test_an_empty_passage_keeps_the_numbered_heading() -> None:
    assert passage_heading("Claim", "  \n ", "Claim 12") == "### Claim 12"


def test_claim_links_in_claims_md_read_as_words(exported: Path) -> None:
    text = (exported / "claims.md").read_text(encoding="utf-8")
    links = [line for line in text.splitlines() if "**is the same claim as**" in line]
    assert links and all("claim 1" not in line and "“sanctions" in line for line in links)


def test_index_names_entity_types_in_words(exported: Path) -> None:
    text = (exported / "index.md").read_text(encoding="utf-8")
    assert "Kim Jong Un (Person)" in text and "(Organisation)" in text
    assert "(PERSON)" not in text and "(ORG)" not in text


def test_index_names_nationalities_and_groups() -> None:
    summary = NoteSummary(
        doc_id=1,
        title="A",
        source=None,
        published=None,
        counts={},
        link_ids=frozenset(),
        entities=frozenset({("British", "NORP"), ("London", "GPE")}),
        tags=(),
        span_tags=(),
    )
    text = render_index([summary], NoteLinks({1: "A"}))
    assert "British (Group)" in text and "London (Country/city)" in text
    assert "NORP" not in text and "GPE" not in text


def test_json_keeps_the_codes(library: Library, tmp_path: Path) -> None:
    target = tmp_path / "library.json"
    run_export(library.store, ExportRequest("json", target, None, None, False), None)
    documents = json.loads(target.read_text())["documents"]
    labels = {m["label"] for document in documents for m in document["entities"]}
    assert labels == {"PERSON", "ORG"}


def test_one_speaker_written_with_and_without_a_capital_is_one_group() -> None:
    from workbench.export.markdown_extracted import quotes_section

    def quote(speaker_text: str, text: str) -> dict[str, object]:
        return {"speaker": None, "speaker_text": speaker_text, "text": text, "kind": "indirect"}

    quotes = [quote("The German government", "found it"), quote("the German  government", "said"),
              quote("his associates", "feared it")]
    section = quotes_section(quotes)
    assert "### The German government (2)" in section
    assert "### His associates (1)" in section
    assert "the German government" not in section.replace("The German government", "")
