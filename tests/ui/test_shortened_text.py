"""Views shorten text by the one rule (``core.text.shorten``): within the limit, at a word."""

from __future__ import annotations

from workbench.core.records import Annotation
from workbench.ui.reader.tooltips import (
    NOTE_PREVIEW,
    annotation_tooltip,
    annotation_tooltip_html,
)

WORDS = "The delegation arrived late and the talks were postponed again. " * 8


def _note(text: str) -> Annotation:
    return Annotation(id=1, document_id=1, kind="note", start=0, end=3, exact="The",
                      note_md=text)


def test_a_note_preview_stays_within_its_limit_and_ends_on_a_word() -> None:
    """It cut at 240 characters and then added "…": 241, mid-word ("postpo…")."""
    preview = annotation_tooltip(_note(WORDS)).split("\n")[1]
    assert len(preview) <= NOTE_PREVIEW
    assert preview.endswith("…")
    assert WORDS.startswith(preview[:-1]) and WORDS[len(preview) - 1] in " .,"


def test_a_rich_note_preview_keeps_its_lines_within_the_limit() -> None:
    note = "- first point\n- second point\n\n" + WORDS
    html = annotation_tooltip_html(_note(note))
    assert html.count("<li>") == 2  # the list survives: its lines were not flattened
    assert "…" in html
