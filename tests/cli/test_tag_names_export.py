"""An analyst's tag names survive the Obsidian export: "C++", "c#" and "c" stay three tags.

Before: the signs were dropped as punctuation, so all three were exported as "c" (Obsidian
ignores case: one tag), and a keycap emoji tag ("1️⃣") kept U+FE0F and U+20E3, which are
no letters, digits, "_" or "-" (the characters Obsidian documents for a tag).
"""

from __future__ import annotations

from pathlib import Path

from tests.support import one_article_library
from tests.support import run_cli as run


def test_programming_language_tags_stay_apart_in_the_notes(tmp_path: Path) -> None:
    library = one_article_library(tmp_path / "library.sqlite", "Compiler news",
                                  "The compiler team shipped a release on Monday.")
    for tag in ("C++", "c#", "c", "1️⃣"):
        assert run(library, "tag", "1", tag, "--quiet") == 0
    out = tmp_path / "notes"
    assert run(library, "export", "--format", "markdown", "--out", str(out)) == 0
    note = (out / "Compiler news.md").read_text(encoding="utf-8")
    front = note.split("---")[1]
    assert '  - "C-plus-plus"\n' in front and '  - "c-sharp"\n' in front
    assert '  - "c"\n' in front and '  - "keycap-1"\n' in front
    assert "\ufe0f" not in front and "\u20e3" not in front
