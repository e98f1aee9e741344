"""Note file names that are safe on Windows, macOS and Linux and stable across exports.

Why each rule: ``<>:"/\\|?*`` and control characters are refused by Windows,
``/`` and NUL by everyone; ``#^[]|%`` break Obsidian links; names ending in a
dot or space are silently changed by Windows; ``CON``, ``NUL``, ``COM1``… are
devices there even with an extension; Windows and macOS compare names without
case, so two titles differing only in case would overwrite each other.
Collisions get the document id appended, which depends only on the library,
so the same library always exports to the same names.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable

FORBIDDEN = frozenset('<>:"/\\|?*#^[]%`')
_DIGITS = ("", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³")
RESERVED_DEVICE_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{d}" for d in _DIGITS if d}
    | {f"LPT{d}" for d in _DIGITS if d}
)
MAX_STEM_CHARS = 100
MAX_STEM_BYTES = 180
RESERVED_STEMS = ("index", "claims", "timeline")  # the overview notes a Markdown export writes
UNTITLED = "Untitled"


def clean_stem(title: str) -> str:
    """A file stem (no extension) for ``title``: no forbidden or invisible characters, short."""
    characters = []
    for ch in unicodedata.normalize("NFC", title):
        category = unicodedata.category(ch)
        if ch in FORBIDDEN or category[0] in "CZ":
            characters.append(" ")
        else:
            characters.append(ch)
    stem = " ".join("".join(characters).split()).lstrip(" .-").rstrip(" .")
    stem = _truncate(stem).rstrip(" .")
    if not stem:
        return UNTITLED
    if stem.split(".")[0].strip().upper() in RESERVED_DEVICE_NAMES:
        stem = "_" + stem
    return stem


def _truncate(stem: str) -> str:
    """Cut to MAX_STEM_CHARS characters and MAX_STEM_BYTES UTF-8 bytes (255 is every FS's limit)."""
    stem = stem[:MAX_STEM_CHARS]
    while len(stem.encode("utf-8")) > MAX_STEM_BYTES:
        stem = stem[:-1]
    if len(stem) < MAX_STEM_CHARS or " " not in stem[MAX_STEM_CHARS // 2 :]:
        return stem
    return stem[: stem.rindex(" ")]


def name_key(stem: str) -> str:
    """How file systems that ignore case and Unicode form compare two names."""
    return unicodedata.normalize("NFC", stem).casefold()


def assign_note_names(
    documents: Iterable[tuple[int, str]], reserved: Iterable[str] = RESERVED_STEMS
) -> dict[int, str]:
    """Give each (id, title) a unique stem; every document in a collision gets `` (id)``."""
    stems = {doc_id: clean_stem(title) for doc_id, title in documents}
    counts = Counter(name_key(stem) for stem in stems.values())
    taken = {name_key(stem) for stem in reserved}
    names: dict[int, str] = {}
    for doc_id in sorted(stems):
        stem = stems[doc_id]
        if counts[name_key(stem)] > 1 or name_key(stem) in taken:
            stem = f"{stem} ({doc_id})"
        while name_key(stem) in taken:
            stem = f"{stem} ({doc_id})"
        taken.add(name_key(stem))
        names[doc_id] = stem
    return names
