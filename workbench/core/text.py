"""Text normalisation applied exactly once, at import."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TRAILING_SPACE = re.compile(r"[^\S\n]+\n")
_MANY_BLANKS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """Return ``text`` as NFC with ``\\n`` newlines and no control characters.

    Why: every offset we store indexes this exact string, so it must never be
    re-normalised later; doing it once here keeps spans stable.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\ufeff", "")
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING_SPACE.sub("\n", text)
    text = _MANY_BLANKS.sub("\n\n", text)
    return text.strip()


def normalize_line(text: str) -> str:
    """Collapse whitespace in a one-line field such as a title."""
    return " ".join(normalize_text(text).split())


def content_hash(text: str) -> str:
    """Hash of the normalised body text, used to detect exact duplicates."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def count_words(text: str) -> int:
    """Count whitespace-separated words (what an analyst means by length)."""
    return len(text.split())
