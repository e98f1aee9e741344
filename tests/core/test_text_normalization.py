"""normalize_text and count_words: their shortcuts for huge texts give the same answers."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from workbench.core import text as text_module
from workbench.core.text import count_words, normalize_text


def reference_normalize(text: str) -> str:
    """The definition, every pass applied unconditionally."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\ufeff", "")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[^\S\n]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


ALPHABET = ["a", "b", " ", "\t", "\n", "\r", "\x0b", "\x0c", "\u00a0", "\u2003", "e\u0301",
            "\u2028", "\u2029", "\ufeff", "é", "\x1f"]


@pytest.mark.parametrize("seed", range(5))
def test_normalize_text_matches_its_definition(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(400):
        sample = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        assert normalize_text(sample) == reference_normalize(sample), repr(sample)


def test_ascii_trailing_spaces_and_blank_runs_are_still_removed() -> None:
    assert normalize_text("one  \ntwo\t\n\n\n\nthree") == "one\ntwo\n\nthree"


@pytest.mark.parametrize("seed", range(3))
def test_count_words_in_slices_counts_like_split(seed: int,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_module, "WORD_COUNT_SLICE", 5)
    rng = random.Random(seed)
    for _ in range(400):
        sample = "".join(rng.choice(["ab", "c", " ", "\n", "\u2003", "\u00a0"])
                         for _ in range(rng.randint(0, 40)))
        assert count_words(sample) == len(sample.split()), repr(sample)
    assert count_words("x" * 50) == 1
