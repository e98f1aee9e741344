"""The suggestion eval's fixed notes (tests/eval/suggestion_notes.py) match the doc they write.

Why tested: a full eval run rewrites docs/quality-suggestions.md from NOTES, so a bullet
written only into the doc (what a session tried and dropped) is silently lost at the next run.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
_PATH = _ROOT / "tests" / "eval" / "suggestion_notes.py"
_SPEC = importlib.util.spec_from_file_location("suggestion_notes", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
notes = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(notes)


def test_the_doc_ends_with_the_notes_word_for_word():
    doc = (_ROOT / "docs" / "quality-suggestions.md").read_text(encoding="utf-8")
    section = doc[doc.index(notes.NOTES[0]):]
    assert section == "\n".join(notes.NOTES) + "\n"


def test_every_note_is_a_heading_a_blank_line_or_a_bullet():
    """Bullets are whole strings in the doc: a continuation line would split one in two."""
    assert notes.NOTES[:2] == ["## Reading the numbers", ""]
    assert all(line.startswith("- ") for line in notes.NOTES[2:])
