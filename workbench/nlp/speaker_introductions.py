"""A definite role ("the source", "the diplomat") read as the unnamed speaker the text
introduced with "a" or "an" ("a source with knowledge of the team's thinking said").

Why: news quotes an unnamed person first as "a source with knowledge of the talks" or "a
Western diplomat" and then, a few quotes on, as "the source" or "the diplomat". The bare
role tells the reader nothing; the introduction is who spoke. ``named_description`` finds
an introduction with words before the noun in the passage; this one remembers the
introductions made as speakers, whatever their words after the noun and however far back
in the document (within :data:`MAX_INTRODUCTION_DISTANCE`), so later quotes find them.
An indirect attribution introduces one too, though it is no speaker of a quotation:
"..., according to a source familiar with the negotiations who asked not to be named."
then `"...," the source said`; there the description ends where a clause ("who",
"that") or a comma begins, and only for a person's noun ("according to a new study of
6,000 children" brings in no speaker: "the study" is read as a document).
"""

from __future__ import annotations

import re

from workbench.nlp.speaker_descriptions import ROLE_NOUNS

#: How far back (in characters) an introduction is still the one "the source" means.
MAX_INTRODUCTION_DISTANCE = 4000
#: Words an introduction may have before its noun: "a [senior Western] diplomat".
_MAX_WORDS_BEFORE_NOUN = 3
_INTRODUCED = re.compile(r"(?:[Aa]n?|[Aa]nother)\s+(\S.*)", re.DOTALL)
_DEFINITE = re.compile(r"(?:the|The)\s+([a-z]+)")
#: Where an introduction's noun phrase surely ends: a comma, a preposition or "who"
#: ("a source| with knowledge of", "a highly placed source| close to").
_AFTER_NOUN = re.compile(r",|\s+(?:of|for|at|from|with|within|close|familiar|who)\b")
#: "according to a source familiar with the talks": the description up to a clause or
#: punctuation (the attribution itself is no quotation's speaker, so it was never noted).
_ACCORDING_TO = re.compile(
    r"\b[Aa]ccording[ \u00a0]+to[ \u00a0]+(?:an?|another)[ \u00a0]+"
    r"([^,.;:!?\"\u201c\u201d()\n]+?)"
    r"(?=[ \u00a0]+(?:who|that|which)\b|[,.;:!?\"\u201c\u201d()\n]|$)"
)
#: A word in -ing or -ed, which may end the noun's phrase ("a man| wearing goggles") or
#: modify the noun after it ("a highly placed source", "a senior retired general").
_PARTICIPLE = re.compile(r"\s+(?:\w+ing|\w+ed)\b")


class IntroducedSpeakers:
    """The speakers a document introduced with "a"/"an", in reading order."""

    def __init__(self, text: str = "") -> None:
        self._seen: list[tuple[int, str]] = []
        self._text = text

    def note(self, phrase: str, start: int) -> None:
        """Remember ``phrase`` (a speaker text at ``start``) if it introduces someone
        with more than a bare noun ("a source with knowledge of ...", "a Western
        diplomat"); "a source" alone describes no one and is never a fuller name."""
        introduced = _INTRODUCED.fullmatch(" ".join(phrase.split()))
        if introduced is not None and len(introduced.group(1).split()) > 1:
            self._seen.append((start, introduced.group(1)))

    def fuller(self, phrase: str, start: int) -> str | None:
        """The last introduction before ``start`` of the role ``phrase`` names ("the
        source"), written without its article; None when there is none nearby."""
        definite = _DEFINITE.fullmatch(" ".join(phrase.split()))
        if definite is None:
            return None
        noun = definite.group(1)
        for seen_at, description in reversed(self._introductions(start)):
            if seen_at >= start:
                continue
            if start - seen_at > MAX_INTRODUCTION_DISTANCE:
                return None
            if noun in _nouns_of(description):
                return description
        return None


    def _introductions(self, start: int) -> list[tuple[int, str]]:
        """The noted speakers and the text's "according to a ..." before ``start``
        within reach, in reading order."""
        begin = max(0, start - MAX_INTRODUCTION_DISTANCE)
        written = [
            (found.start(1), " ".join(found.group(1).split()))
            for found in _ACCORDING_TO.finditer(self._text, begin, start)
            if len(found.group(1).split()) > 1 and _nouns_of(found.group(1)) & ROLE_NOUNS
        ]
        return sorted(self._seen + written) if written else self._seen


def _nouns_of(description: str) -> set[str]:
    """The words an introduction may be about: the last word before what surely follows
    its noun ("source" in "source with knowledge of the talks"), and the last word before
    each word in -ing or -ed, which the text alone cannot tell from a modifier ("man" in
    "man wearing goggles", "highly" in "highly placed source"); each only with a few
    words before it. A modifier taken for a noun is harmless: no speaker is "the highly"."""
    head = _AFTER_NOUN.split(description, maxsplit=1)[0]
    parts = [head] + [head[: m.start()] for m in _PARTICIPLE.finditer(head)]
    return {
        words[-1] for words in (part.split() for part in parts)
        if 0 < len(words) <= _MAX_WORDS_BEFORE_NOUN + 1
    }
