"""An attribution a quotation swallowed when its closing mark was lost.

Copy taken from web pages loses marks: `"It's important to stress that every version is
affected, Tyler Reguly, technical manager of security research for Tripwire, says.` has
no closing mark before the name, so the pairing runs the quotation on over the words
that credit it, the parse finds no cue outside it, and the quotation goes to the speaker
before. A quotation that runs to a sentence end of the form ", Name, title, says." (or
", Name says.") with no closing mark of its own was credited by that frame: the span is
cut before the name, which then speaks it as any post-posed attribution does. So is one
ending ", the two men said in a statement." (a pair just named, by a plural description).

Kept apart from ``quote_marks`` (pairing by the marks alone) because this reads the
parse: the name must be a proper noun and the verb one of saying.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.core.letters import CAPITAL
from workbench.nlp.cues import is_speech_cue
from workbench.nlp.speaker_latter_former import PAIR_PHRASE

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

    from workbench.nlp.quote_marks import MarkedSpan

#: ", Tyler Reguly, technical manager of ... for Tripwire, says." at the quotation's end:
#: a name of two to four capitalised words, an optional title in commas, a verb, a stop.
_FRAME = re.compile(
    rf",\s+(?P<name>{CAPITAL}[\w'’.-]+(?:\s+{CAPITAL}[\w'’.-]+){{1,3}})"
    r"(?:,\s+[^,\"“”]{3,120},)?\s+(?P<cue>[a-z]+)\s*\.\s*$"
)
#: ", the two men said in a statement." at the quotation's end: the pair just named,
#: by a plural description ("the two men", "both ministers", "the pair"), a verb, and
#: at most a short phrase of where or how before the stop.
_PAIR_FRAME = re.compile(
    rf",\s+(?P<name>{PAIR_PHRASE})\s+(?P<cue>[a-z]+)"
    r"(?:\s+(?:in|on|at|to|during)\s+[^,.\"“”]{1,40})?\s*\.\s*$"
)
#: Entity labels a swallowed name may carry (the model often reads a full name as a body).
_NAME_LABELS = frozenset(("PERSON", "ORG", ""))


def without_swallowed_frames(doc: Doc, text: str, marked: Sequence[MarkedSpan]) -> list[MarkedSpan]:
    """``marked`` with each unclosed span that ends in a ", Name, title, says." frame cut
    to end at the comma before the name."""
    return [_cut(doc, text, span) for span in marked]


def _cut(doc: Doc, text: str, span: MarkedSpan) -> MarkedSpan:
    if span.closed:
        return span
    frame = _FRAME.search(text, span.start, span.end)
    pair = frame is None or frame.end() < span.end
    if pair:
        frame = _PAIR_FRAME.search(text, span.start, span.end)
    if frame is None or frame.end() < span.end:
        return span
    cue = doc.char_span(frame.start("cue"), frame.end("cue"))
    name = doc.char_span(frame.start("name"), frame.end("name"))
    if cue is None or name is None or len(cue) != 1 or not is_speech_cue(cue[0]):
        return span
    if not pair and any(t.pos_ != "PROPN" or t.ent_type_ not in _NAME_LABELS for t in name):
        return span
    return replace(span, end=frame.start() + 1)
