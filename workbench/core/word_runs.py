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
by an apostrophe and a letter ("o'brien" is no whole word in "o'brien's"), nor
part of a grouped number or a name with digits ("000" of "35,000", "19" of
"COVID-19": ``joined``), which claim matching reads as one word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_RUN = re.compile(r"[^\W_]+")
_JOINERS = re.compile(r"[,.-]")
_JOINING = frozenset(",.-")
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
        if _JOINERS.search(word):  # "126,000", "covid-19": more than one run
            return self._scanned(word)
        parts = re.split(f"([{APOSTROPHES}])", word)
        if len(parts) == 1:
            return [span for n in self._by_text.get(word, ()) if self._ends(n)
                    and not joined(self.text, *(span := self._runs[n]))]
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

    def written(self, name: str) -> list[tuple[int, int]]:
        """Spans, in text order and not overlapping, where ``name`` (any words: "Michael
        Jordan", "U.S.") is written exactly, with no letter or digit either side.

        Why apart from ``spans``: a name is the text's own words, spaces and dots
        included, and "Jordan's" writes Jordan (the regex scan Compare made per name
        counted it so); its runs are looked up, the text never scanned again."""
        words = [(match.group(), match.span()) for match in _RUN.finditer(name)]
        if not words:
            return []
        lead, tail = words[0][1][0], len(name) - words[-1][1][1]
        found: list[tuple[int, int]] = []
        for number in self._by_text.get(words[0][0], ()):
            start = self._runs[number][0] - lead
            end = self._runs[number + len(words) - 1][1] + tail \
                if number + len(words) <= len(self._runs) else -1
            if (end >= 0 and start >= 0 and (not found or start >= found[-1][1])
                    and self.text[start:end] == name
                    and not self.text[start - 1:start].isalnum()
                    and not self.text[end:end + 1].isalnum()):
                found.append((start, end))
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
        if not (before.isalnum() or inside
                or ((before in _JOINING or after[:1] in _JOINING) and joined(text, start, end))):
            yield start, end
        start = text.find(word, start + 1)


def joined(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a longer word claim matching reads as one: a
    grouped number ("000" or "35" of "35,000", "1" of "1.5") or a name with digits ("covid"
    or "19" of "covid-19").

    Why: a claim's "126,000" is one word, so a candidate's "35,000" must not give it the
    "000" it shares, nor "COVID-19" count as "COVID" and "19" (two pieces of evidence)."""
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    first, last = text[start:start + 1], text[end - 1:end]
    if last.isdigit() and after[:1] in ",." and after[1:2].isdigit():
        return True
    if first.isdigit() and before[1:2] in ",." and before[:1].isdigit() and len(before) == 2:
        return True
    if last.isalpha() and after[:1] == "-" and after[1:2].isdigit():
        return True
    return first.isdigit() and before[1:2] == "-" and before[:1].isalpha() and len(before) == 2
