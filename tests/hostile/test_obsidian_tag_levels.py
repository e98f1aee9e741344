"""Tags in the Obsidian export keep what made them distinct (attack round 15).

Before: ``🔥hot`` was exported as ``#hot`` (its emoji dropped, read as that other tag),
``€uro`` as ``uro`` and a Hindi tag ``हिन्दी`` as ``ह-न-द`` (its vowel signs and virama
taken for punctuation), in the note's front matter, where the library's own path is not
shown beside it; a tag of digits alone (``2024``) was left out of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import one_article_library
from tests.support import run_cli as run
from workbench.export.escaping import obsidian_tag


@pytest.mark.parametrize(
    ("path", "tag"),
    [
        ("🔥hot", "fire-hot"),
        ("hot🔥", "hot-fire"),
        ("€uro", "euro-sign-uro"),
        ("हिन्दी", "हिन्दी"),
        ("ไทย/हिन्दी", "ไทย/हिन्दी"),
        ("a🏳️‍🌈b", "a-waving-white-flag-rainbow-b"),
        ("👍🏽", "thumbs-up-sign-emoji-modifier-fitzpatrick-type-4"),
        ("<i>odd</i> tag", "i-odd/i-tag"),  # maths signs still part words, as punctuation
        ("x\u200dy", "x-y"),
        ("\u0301a", "a"),  # a mark with no letter before it is no letter's
        ("2024", "_2024"),  # digits alone are no Obsidian tag: it was left out of the note
        ("2024/07", "_2024/07"),
        ("2024/q1", "2024/q1"),
    ],
)
def test_a_level_keeps_its_emoji_and_its_letters_marks(path: str, tag: str) -> None:
    assert obsidian_tag(path) == tag


def test_the_front_matter_keeps_an_emoji_tag_apart_from_the_plain_one(
    tmp_path: Path,
) -> None:
    library = tmp_path / "library.sqlite"
    one_article_library(library, "Dam report", "The dam in Ohio was closed.")
    assert run(library, "tag", "1", "🔥hot", "--quiet") == 0
    assert run(library, "tag", "1", "hot", "--quiet") == 0
    assert run(library, "tag", "1", "2024", "--quiet") == 0
    out = tmp_path / "notes"
    assert run(library, "export", "--format", "markdown", "--out", str(out)) == 0
    note = (out / "Dam report.md").read_text(encoding="utf-8")
    assert 'tags:\n  - "_2024"\n  - "fire-hot"\n  - "hot"\n' in note
