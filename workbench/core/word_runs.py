"""Where a word occurs as a whole word in a long text, read from one pass over it.

Why: claim matching finds each asked word in a document by scanning its text
(``claim_documents._whole_words``). A suggestion asks a document a few words,
so a scan is the cheapest; ``workbench compare`` asks a book-length document
every word of the other one, thousands of scans over a megabyte each: the
quadratic part of comparing two books. ``WordRuns`` reads the text once into
its runs of letters and digits, so each word is looked up instead of scanned
for. It finds exactly the spans the scan finds (a test holds the two to that
on real documents): an occurrence whose neighbours are no letter or digit is
one run, or two joined by the apostrophe the word writes, and is not followed
by an apostrophe and a letter ("o'brien" is no whole word in "o'brien's").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_RUN = re.compile(r"[^\W_]+")
APOSTROPHES = "'’"


class WordRuns:
    """A text's runs of letters and digits, by their text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._runs: list[tuple[int, int]] = []
        self._by_text: dict[str, list[int]] = {}
        for number, match in enumerate(_RUN.finditer(text)):
            self._runs.append(match.span())
            self._by_text.setdefault(match.group(), []).append(number)

    def spans(self, word: str) -> list[tuple[int, int]]:
        """Spans, in text order, where ``word`` (a word as ``claim_documents`` reads words:
        letters and digits, at most one apostrophe inside) occurs as a whole word."""
        parts = re.split(f"([{APOSTROPHES}])", word)
        if len(parts) == 1:
            return [self._runs[n] for n in self._by_text.get(word, ()) if self._ends(n)]
        if len(parts) != 3 or not parts[0] or not parts[2]:  # noqa: PLR2004 - a'b
            return self._scanned(word)
        first, apostrophe, second = parts
        found = []
        for number in self._by_text.get(first, ()):
            start, end = self._runs[number]
            following = number + 1
            if (following < len(self._runs) and self._runs[following][0] == end + 1
                    and self.text[end] == apostrophe
                    and self._run_text(following) == second and self._ends(following)):
                found.append((start, self._runs[following][1]))
        return found

    def _run_text(self, number: int) -> str:
        start, end = self._runs[number]
        return self.text[start:end]

    def _ends(self, number: int) -> bool:
        """Whether run ``number`` ends a whole word: no apostrophe and letter after it."""
        end = self._runs[number][1]
        after = self.text[end:end + 2]
        return not (after[:1] and after[:1] in APOSTROPHES and after[1:2].isalnum())

    def _scanned(self, word: str) -> list[tuple[int, int]]:
        """A word of another shape, found by scanning (never one ``claim_documents`` reads)."""
        return list(whole_words(self.text, word))


def whole_words(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Spans of ``word`` in ``text`` where it is a whole word: a scan, the cheapest for the
    few words a suggestion asks of a document."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end : end + 2]
        inside = after[:1].isalnum() or (after[:1] in APOSTROPHES and after[1:2].isalnum())
        if not (before.isalnum() or inside):
            yield start, end
        start = text.find(word, start + 1)
