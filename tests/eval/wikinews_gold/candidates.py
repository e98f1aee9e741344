"""List every quotation-mark span of a gold text, numbered, for the human annotator.

This is bookkeeping, not extraction: it pairs quotation marks mechanically (straight
quotes in order within a paragraph, curly quotes opening/closing) so the annotator can
refer to span N of an article in annotations.txt instead of typing offsets.  Which
spans are direct quotes, and who said them, is decided by reading (see GUIDE.md).

Usage: python tests/eval/wikinews_gold/candidates.py SLUG [SLUG ...]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OPENERS = {'"': '"', "\u201c": "\u201d"}


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; paragraphs are separated by one blank line."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def quote_spans(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Paired spans (start, end incl. marks) and the offsets of marks left unpaired."""
    spans: list[tuple[int, int]] = []
    unpaired: list[int] = []
    for start, end in paragraph_bounds(text):
        opened: int | None = None
        for match in re.finditer('["\u201c\u201d]', text[start:end]):
            position = start + match.start()
            mark = match.group()
            if opened is None:
                if mark == "\u201d":
                    unpaired.append(position)
                else:
                    opened = position
            elif mark == OPENERS[text[opened]] or (mark == '"' and text[opened] == "\u201c"):
                spans.append((opened, position + 1))
                opened = None
            else:
                unpaired.append(opened)
                if mark == "\u201d":
                    unpaired.append(position)
                    opened = None
                else:
                    opened = position
        if opened is not None:
            unpaired.append(opened)
    return spans, unpaired


def show(slug: str) -> None:
    text = (HERE / "texts" / f"{slug}.txt").read_text(encoding="utf-8")
    spans, unpaired = quote_spans(text)
    print(f"=== {slug}: {len(spans)} spans, unpaired marks at {unpaired}")
    for number, (start, end) in enumerate(spans, 1):
        print(f"[{number}] {start}-{end} {text[start:end]}")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        show(name)
