"""The reader's tooltip is composed in ``reader.hover`` from every layer under the pointer."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from workbench.core.records import Annotation, Claim
from workbench.ui.reader.content import ReaderContent
from workbench.ui.reader.document import ENTITY_PROPERTY, QUOTE_PROPERTY, SPEAKER_PROPERTY
from workbench.ui.reader.hover import Hover
from workbench.ui.theme.palette import bundled_palette


class _Format:
    """A character format carrying only the given properties (what ``format_at`` returns)."""

    def __init__(self, properties: dict[int, int]) -> None:
        self.properties = properties

    def hasProperty(self, prop: int) -> bool:  # noqa: N802 - mirrors QTextFormat
        return prop in self.properties

    def property(self, prop: int) -> Any:
        return self.properties[prop]


def _content() -> ReaderContent:
    mention = {"entity": "Boris Johnson", "label": "PERSON", "text": "Johnson", "entity_id": 7}
    quote = {"speaker": "Officials", "kind": "direct", "cue": "said"}
    note = Annotation(id=3, document_id=1, kind="note", start=0, end=7, exact="Johnson",
                      note_md="**Key** <b>point</b>")
    return ReaderContent(document={"id": 1}, mentions=[mention], quotes=[quote],
                         annotations=[note])


def test_sections_come_analyst_first_then_entity_quote_and_speaker() -> None:
    char_format = _Format({ENTITY_PROPERTY: 0, QUOTE_PROPERTY: 0, SPEAKER_PROPERTY: 0})
    hover = Hover(_content(), char_format, [3], bundled_palette(), lambda entity_id: 2)
    sections = hover.text().split("\n\n")
    assert sections[0].startswith("Note\n**Key** <b>point</b>")
    assert sections[1].startswith("Boris Johnson\n")
    assert "Mentioned in 2 documents" in sections[1]
    assert "Written here as “Johnson”" in sections[1]
    assert sections[2:] == ["Direct quote — Officials (said)\nAutomatic (spaCy extraction)",
                            "Speaker of a direct quote: Officials\nAutomatic (spaCy extraction)"]
    assert sections[1].endswith("\nAutomatic (spaCy extraction)")
    assert sections[0].endswith("\nAdded by unknown author")


def test_hover_names_the_analyst_and_the_editor_and_an_analysts_mention() -> None:
    content = _content()
    content.annotations[0] = replace(content.annotations[0], author="Ana", author_id="a" * 32,
                                     editor="Ben", edited_by="b" * 32)
    content.mentions[0]["source"] = "analyst"
    hover = Hover(content, _Format({ENTITY_PROPERTY: 0}), [3], bundled_palette())
    note, entity = hover.text().split("\n\n")
    assert note.endswith("Added by Ana · edited by Ben")
    assert entity.endswith("Marked by an analyst") and "spaCy" not in entity
    assert "Added by Ana · edited by Ben" in hover.html()


def test_html_renders_the_note_and_escapes_every_other_section() -> None:
    char_format = _Format({ENTITY_PROPERTY: 0})
    content = _content()
    content.mentions[0]["entity"] = "<i>Boris</i>"
    html = Hover(content, char_format, [3], bundled_palette()).html()
    note, entity = html.split('<hr style="margin:2px 0">')
    assert "<strong>Key</strong>" in note or "<b>Key</b>" in note
    assert "&lt;i&gt;Boris&lt;/i&gt;" in entity and "Mentioned in" not in entity


def test_nothing_under_the_pointer_says_nothing() -> None:
    hover = Hover(_content(), _Format({}), [], bundled_palette())
    assert hover.text() == "" and hover.html() == ""


def test_over_the_speaker_of_reported_speech_the_line_reads_as_english() -> None:
    content = _content()
    content.quotes[0] = {"speaker": "Officials", "kind": "indirect", "cue": "said"}
    hover = Hover(content, _Format({SPEAKER_PROPERTY: 0}), [], bundled_palette())
    assert hover.text().startswith("Speaker of reported speech: Officials\n")


def test_a_claims_status_is_worded_as_the_inspector_and_menus_word_it() -> None:
    claim = Claim(id=3, document_id=1, start=0, end=7, text="Johnson", status="disputed",
                  statement="Johnson")
    content = _content()
    content.claims[3] = claim
    section = Hover(content, _Format({}), [3], bundled_palette()).text()
    assert section.startswith("Claim — Disputed\n")
