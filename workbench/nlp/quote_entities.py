"""Quotation marks written as HTML character references left in plain text.

Why: a CMS export or a scraped page that escaped its text twice carries its marks as
`&quot;We are asking,&quot; said X` or `&#8220;…&#8221;`. No mark is there for the pairing
in ``quote_marks`` to see, and the parser reads `it,&#8221;` as a word and a semicolon,
so every quotation of such a text was lost. The text is analysed as a copy of the same
length (offsets stay code points of the real text) with each reference read as the mark
it stands for: an opening reference (a word right after it) puts its mark at its end, by
the word, a closing one at its start, after the words it closes, and the rest is spaces.
The analysis is then given back the real text: a quote's ends widened to the whole
references they were read from, and quote and mention texts as the document wrote them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from workbench.core.models import Analysis, Quote

#: The references that stand for a double quotation mark, by their mark.
_DOUBLE_REFERENCES = {
    '"': ("quot", "#34", "#x22"),
    "\u201c": ("ldquo", "#8220", "#x201c"),
    "\u201d": ("rdquo", "#8221", "#x201d"),
    "\u201e": ("bdquo", "#8222", "#x201e"),
    "\u00ab": ("laquo", "#171", "#xab"),
    "\u00bb": ("raquo", "#187", "#xbb"),
}
_MARK_OF = {
    name: mark for mark, names in _DOUBLE_REFERENCES.items() for name in names
}
_REFERENCE = re.compile(
    "&(" + "|".join(re.escape(name) for name in _MARK_OF) + ");", re.IGNORECASE
)


def with_reference_marks(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each double-mark reference read as its mark (same length), and
    where the references stood; the text itself when it has none."""
    if "&" not in text:
        return text, []
    pieces: list[str] = []
    places: list[tuple[int, int]] = []
    last = 0
    for found in _REFERENCE.finditer(text):
        start, end = found.span()
        mark = _MARK_OF[found.group(1).lower()]
        padding = " " * (end - start - 1)
        opens = end < len(text) and text[end].isalnum()
        pieces += [text[last:start], padding + mark if opens else mark + padding]
        places.append((start, end))
        last = end
    if not places:
        return text, []
    pieces.append(text[last:])
    return "".join(pieces), places


def widened_to_references(
    start: int, end: int, places: list[tuple[int, int]]
) -> tuple[int, int]:
    """A span's ends moved out to the whole references its outer marks were read from
    (``places`` in text order)."""
    starts = [place[0] for place in places]
    before_start = bisect_right(starts, start) - 1
    if before_start >= 0 and start < places[before_start][1]:
        start = places[before_start][0]
    before_end = bisect_left(starts, end) - 1
    if before_end >= 0 and end <= places[before_end][1]:
        end = places[before_end][1]
    return start, end


def _real_speaker_text(quote: Quote, text: str) -> str | None:
    """The speaker's words as ``text`` writes them: a phrase can hold a reference too
    (`the &quot;Save Our Park&quot; group said`), read on the copy as a mark and spaces."""
    if quote.speaker_text is None or quote.speaker_start is None or quote.speaker_end is None:
        return quote.speaker_text
    return text[quote.speaker_start : quote.speaker_end]


def with_real_text(analysis: Analysis, text: str, places: list[tuple[int, int]]) -> Analysis:
    """The analysis of the copy read by ``with_reference_marks`` told in ``text``'s own
    words: direct quotes widened to their references, every body text re-read, a
    speaker's too."""
    if not places:
        return analysis
    quotes = []
    for quote in analysis.quotes:
        start, end = quote.start, quote.end
        if quote.kind == "direct":
            start, end = widened_to_references(start, end, places)
        quotes.append(replace(quote, start=start, end=end, text=text[start:end],
                              speaker_text=_real_speaker_text(quote, text)))
    mentions = tuple(
        replace(m, text=text[m.start : m.end]) if m.field == "text" else m
        for m in analysis.mentions
    )
    return replace(analysis, quotes=tuple(quotes), mentions=mentions)
