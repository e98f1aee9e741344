"""A relative speaking unnamed, named by the quotation that follows.

News brings in a relative by their tie first and names them in the next attribution:
`The victim's nephew said she was walking when the car "came out of nowhere". "Her head
hit the windshield," said Manpreet Singh.` The nephew is Manpreet Singh, a name the text
has not written before and gives bare after the verb (no "neighbour" or "police
spokesman" before it, which would make the speaker someone else). Only the very next
quotation counts, and only when it starts close after; a relative's quotation whose
speaker the text never names stays unnamed.

Kept apart from ``quote_resolution`` (each speaker read alone, in reading order) because
this reads one quotation's speaker from the next one's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention, Quote
from workbench.nlp.speaker_gender import RELATIONAL_NOUNS, unnamed_person

#: How far after the relative's quotation the naming one may start (about a sentence).
_NEXT_CHARS = 300
#: What may stand between the naming quotation and the name: a bare verb of saying.
_BARE_FRAME = re.compile(r"[\s,\"'“”’]*(?:said|says|added|adds)\s*")
_NAME_WORDS = 2


def kin_named_after(quotes: Sequence[Quote], mentions: Sequence[Mention], text: str) -> list[Quote]:
    """``quotes`` with an unnamed relative's direct quotation given the speaker the next
    quotation names for the first time."""
    direct = sorted((i for i, q in enumerate(quotes) if q.kind == "direct"),
                    key=lambda i: quotes[i].start)
    result = list(quotes)
    for here, after in zip(direct, direct[1:], strict=False):
        name = _first_naming(quotes[here], quotes[after], mentions, text)
        if name is not None:
            result[here] = replace(quotes[here], speaker=name)
    return result


def _first_naming(
    kin: Quote, following: Quote, mentions: Sequence[Mention], text: str
) -> str | None:
    if kin.speaker or not kin.speaker_text or following.start - kin.end > _NEXT_CHARS:
        return None
    unnamed, _ = unnamed_person(kin.speaker_text)
    head = re.split(r"\s+(?:of|for|at|from)\s|,", kin.speaker_text)[0].split()
    if not unnamed or not head or head[-1].lower() not in RELATIONAL_NOUNS:
        return None
    name, start = following.speaker, following.speaker_start
    if not name or start is None or len(name.split()) < _NAME_WORDS:
        return None
    if following.speaker_text != name or not _BARE_FRAME.fullmatch(text, following.end, start):
        return None
    named_before = any(m.entity == name and m.start < start for m in mentions)
    return None if named_before else name
