"""Quotation marks on the page around the story: the headline, crossheads, captions,
credits, footers.

Why: scraped articles arrive with their headline as the first line and with captions,
"Read more:" links to other stories and comment footers around the prose. Words in
quotation marks there are headline or caption writing ("Ford: "We will get it done"",
"Related: Council passes "historic" budget"), never a statement made in the story; a
headline quote repeats one the body reports properly, so keeping it would count it twice
and give it no speaker. Those spans are removed before attribution, so they can neither
become quotes nor lend their attribution to a neighbour.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.nlp.furniture import is_furniture_line
from workbench.nlp.names import NAME_PARTICLE, NAME_WORD
from workbench.nlp.quote_marks import MARK_CHARS, MarkedSpan

MAX_HEADLINE_CHARS = 150
"""Headlines are short; a longer first line is the story's first paragraph."""

_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)]*\s*$")
#: The headline form "Speaker: "quoted words"": a first line opening on a name (up to five
#: capitalised words, name particles such as "de" or "van" between them) and a colon. A
#: lower-case word before the colon ("Mayor Anna Smith said:", "The minister told
#: parliament:") makes it a lede sentence introducing its quote, which must stay.
_SPEAKER_HEADLINE = re.compile(
    rf"^{NAME_WORD}(?: (?:{NAME_PARTICLE} ){{0,2}}{NAME_WORD}){{0,4}}:\s*[\"'\u201c\u2018\u00ab]"
)
#: A quotation signed by a dash after its closing mark is a pull quote or a reader's
#: comment (``quote_signatures``), not a headline, even on the first line.
_SIGNED = re.compile(r"[\"\u201d\u00bb][ \t\u00a0]*[\u2015\u2014\u2013]")


def headline_end(text: str) -> int:
    """End of the first line when it reads as a headline, else 0.

    A headline is a short first line followed by more text that does not end like a
    sentence ("Trudeau: "We will not back down" on tariffs"), or that opens on a speaker
    and a colon ("Ford: "We will get it done.""). A first paragraph ending in a full stop
    is prose, even when it starts with a quotation, and so is a quotation signed by a
    dash and a name.
    """
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or end - start > MAX_HEADLINE_CHARS:
        return 0
    line = text[start:end].strip()
    if not line or _SIGNED.search(line):
        return 0
    if _SENTENCE_END.search(line) and not _SPEAKER_HEADLINE.match(line):
        return 0
    return end


#: A crosshead names a few distinct words: a chant on a line of its own ("USA! USA!
#: USA!") or a lone shouted word is no subheading.
MIN_CROSSHEAD_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")


def is_crosshead(line: str) -> bool:
    """True for a subheading set in capitals inside the story (`“DIVISIVE, STUPID AND
    WRONG”`, `WHAT’S NEXT`): wire copy breaks a long report with such lines, often a
    phrase picked from a quotation the story reports in full below. Like a headline, it
    is page writing: a quotation there would be counted twice, with nobody to say it.
    A line ending in a full stop or an exclamation mark is a sentence (copy set all in
    capitals: `"WE WILL WIN," HE SAID.`; a post quoted as it was shouted: `"SEE YOU IN
    COURT, ... IS AT STAKE!"`), not a crosshead."""
    bare = line.strip().strip(MARK_CHARS).rstrip()
    if len(bare) > MAX_HEADLINE_CHARS or bare.endswith((".", "!")):
        return False  # a paragraph's line: its words are never read
    words = _WORD.findall(line)
    return (
        len({w.lower() for w in words}) >= MIN_CROSSHEAD_WORDS
        and not any(c.islower() for w in words for c in w)
    )


def outside_page_furniture(
    text: str, spans: Sequence[MarkedSpan], starts_document: bool
) -> list[MarkedSpan]:
    """``spans`` without those in the headline line or a furniture line."""
    flags = on_page_furniture(text, [span.start for span in spans], starts_document)
    return [span for span, furniture in zip(spans, flags, strict=True) if not furniture]


def on_page_furniture(text: str, starts: Sequence[int], starts_document: bool) -> list[bool]:
    """For each offset in ``starts`` (in text order): does it lie in the headline or a
    furniture line? Asked of quotation marks and of indirect statements alike: "Ford says
    he will build it" as a headline, or a caption's "said one resident", is no statement
    made in the story. Each line is judged once, so a long text costs linear time."""
    headline = headline_end(text) if starts_document else 0
    flags = []
    line_end, furniture = -1, False  # the current line
    for start in starts:
        if start < headline:
            flags.append(True)
            continue
        if start > line_end:
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            line = text[line_start:line_end]
            furniture = is_furniture_line(line) or is_crosshead(line)
        flags.append(furniture)
    return flags
