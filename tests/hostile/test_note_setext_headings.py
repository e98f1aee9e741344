"""A note's setext headings ("Summary" over "===") stay inside their passage's section.

Attack run 11: stop 49 nested a note's ``#`` headings under the passage's ``###``, but
a heading underlined with ``===`` or ``---`` was left as written and rendered as a
top-level ``<h1>``/``<h2>`` of the exported note, every later passage read as its part.
"""

from __future__ import annotations

import re

import markdown
import pytest

from workbench.export.note_markdown import nested_headings, sanitize_note

try:
    from markdown_it import MarkdownIt
except ImportError:  # pragma: no cover - markdown-it-py is optional
    MarkdownIt = None  # type: ignore[assignment,misc]

NOTES = [
    "Summary\n=======\nChecked with the chief.",
    "Detail\n---\n\nMore.",
    "line one\nline two\n===",
    "Intro.\n\nFindings\n  ---   \nNone.",
    "- item\n---",
    "> quoted\n===",
    "1. first\n==",
    "a\n-",
]


def _renderings(text: str) -> list[str]:
    found = [markdown.markdown(text)]
    if MarkdownIt is not None:
        found.append(MarkdownIt().render(text))
    return found


@pytest.mark.parametrize("note", NOTES)
def test_no_note_heading_rises_to_the_passage_level_or_above(note: str) -> None:
    nested = nested_headings(sanitize_note(note), 3)
    for html in _renderings(nested):
        assert not re.search(r"<h[1-3]\b", html), (note, nested, html)


def test_a_setext_heading_keeps_its_words_and_its_rank() -> None:
    assert nested_headings("Summary\n=======\nText\n\nDetail\n---", 3).split("\n") == [
        "#### Summary", "Text", "", "##### Detail"]
    assert nested_headings("line one\nline two\n===", 3) == "#### line one line two"


def test_a_rule_after_a_blank_line_and_fenced_underlines_stay() -> None:
    assert nested_headings("Text\n\n---\nMore", 3) == "Text\n\n---\nMore"
    assert nested_headings("```\ncode\n===\n```", 3) == "```\ncode\n===\n```"


def test_a_list_item_or_a_rule_is_no_part_of_an_underlined_paragraph() -> None:
    listed = nested_headings("Summary text\n- item one\n---", 3)
    assert "Summary text - item one" not in listed and "#" not in listed
    ruled = nested_headings("Para\n\n---\nText\n===", 3)
    assert ruled.split("\n")[:3] == ["Para", "", "---"]
    assert ruled.split("\n")[-1] == "#### Text"
