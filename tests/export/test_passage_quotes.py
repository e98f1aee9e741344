"""A passage's heading and its quote do not say the same words twice."""

from __future__ import annotations

from workbench.export.markdown_links import NoteLinks
from workbench.export.markdown_notes import render_note
from workbench.export.markdown_passages import passage_quote


def _record() -> dict:
    short = {"id": 1, "kind": "note", "start": 0, "end": 13, "exact": "Kim met Putin",
             "note": "Checked.", "tags": []}
    long_text = "The foreign ministry said on Tuesday that the sanctions announced last week " \
        "would be extended to every bank"
    long = {"id": 2, "kind": "highlight", "start": 20, "end": 120, "exact": long_text, "tags": []}
    return {"id": 7, "title": "Summit", "annotations": [short, long], "claims": [], "quotes": [],
            "entities": [], "tags": []}


def test_a_passage_whole_in_its_heading_is_not_quoted_again() -> None:
    note = render_note(_record(), NoteLinks({7: "Summit"}))
    assert "### Note: Kim met Putin\n" in note
    assert note.count("Kim met Putin") == 1
    assert "\n\nChecked." in note


def test_a_passage_cut_in_its_heading_is_quoted_whole() -> None:
    note = render_note(_record(), NoteLinks({7: "Summit"}))
    assert "### Highlight: The foreign ministry said" in note
    assert "> The foreign ministry said on Tuesday that the sanctions announced last week" in note


def test_paragraphs_and_empty_passages_keep_their_quote() -> None:
    assert passage_quote("First line.\n\nSecond line.") == ["> First line.\n>\n> Second line."]
    assert len(passage_quote("  \n ")) == 1
    assert passage_quote("Kim met Putin") == []
