"""A note is its frame and three parts, each rendered by the module of its concern.

``markdown_notes`` was one 399-line module; the passages (the analyst's work), what the
extractor found and the links between notes now live apart, and the note is their sum.
"""

from __future__ import annotations

from workbench.export.markdown_extracted import (
    MACHINE_NOTE,
    entities_section,
    listed_quotes,
    quotes_section,
)
from workbench.export.markdown_links import NoteLinks, claim_anchor
from workbench.export.markdown_notes import render_note
from workbench.export.markdown_passages import passages_section

TEXT = "The mayor said the bridge is closed."
RECORD = {
    "id": 1, "title": "Bridge", "source": "Gazette", "published": "2024-02-01", "url": None,
    "tags": [], "reliability": None,
    "annotations": [{"id": 4, "kind": "note", "start": 0, "end": 9, "exact": "The mayor",
                     "note": "Check *who*", "tags": ["people/mayor"]}],
    "claims": [{"id": 7, "start": 10, "end": 36, "text": "said the bridge is closed",
                "status": "open", "claimant": "mayor", "links": [], "history": []}],
    "quotes": [{"id": 1, "start": 15, "end": 36, "text": "the bridge is closed",
                "speaker": "The mayor", "cue": "said", "kind": "indirect"}],
    "entities": [{"entity_id": 2, "entity": "Bridge Street", "label": "LOC",
                  "text": "bridge"}],
}


def test_the_note_is_its_frame_and_its_three_parts_in_order() -> None:
    links = NoteLinks({1: "bridge"})
    note = render_note(RECORD, links)
    parts = [passages_section(RECORD, links), quotes_section(listed_quotes(RECORD["quotes"])),
             entities_section(RECORD["entities"])]
    places = [note.index(part) for part in parts]
    assert places == sorted(places) and note.startswith("---")
    assert f"^{claim_anchor(7)}" in parts[0] and "#people/mayor" in parts[0]
    assert parts[1].count(MACHINE_NOTE) == parts[2].count(MACHINE_NOTE) == 1
    assert links.to_claim(1, 7, "closed") == "[closed](bridge.md#claim-7)"
