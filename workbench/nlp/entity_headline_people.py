"""A person the model reads across a title-case headline is cut to the name the body writes.

Why: a headline capitalises every word, so the small model glues a role's abbreviation or
a verb to a name ("Chargers [WR Jackson] will play vs. Steelers", "[Obama Reverses Bush] on
Species Protection Measure"). Entity resolution then points every later "Jackson" or
"Obama" of the body at that misreading, and each quote's canonical speaker follows it.
The body, written in normal case, tells which words are the name: a headline person whose
whole name the body never writes is cut to its longest leading or trailing run of words
that the body tags as a person ("Jackson", "Obama"; the leading run on a tie, since a
headline opens on its subject). A headline name the body writes whole, or whose words the
body never tags as a person, stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.nlp.names import canonical_name
from workbench.nlp.quote_page import headline_end

_WORD = re.compile(r"\S+")


def cut_headline_people(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each misread headline person cut to the body's name for it."""
    end = headline_end(text)
    if not end:
        return list(mentions)
    body_names = {
        tuple(m.text.split()) for m in mentions if m.label == "PERSON" and m.start >= end
    }
    body = text[end:]
    return [
        _cut(m, body_names) if m.label == "PERSON" and m.end <= end and m.text not in body
        else m
        for m in mentions
    ]


def _cut(mention: Mention, body_names: set[tuple[str, ...]]) -> Mention:
    """The longest leading or trailing run of ``mention``'s words the body names a person
    with, as a mention of its own; ``mention`` itself when there is none."""
    words = list(_WORD.finditer(mention.text))
    for size in range(len(words) - 1, 0, -1):
        for run in (words[:size], words[-size:]):
            if tuple(w.group() for w in run) in body_names:
                start, stop = run[0].start(), run[-1].end()
                surface = mention.text[start:stop]
                return replace(
                    mention, start=mention.start + start, end=mention.start + stop,
                    text=surface, entity=canonical_name(surface),
                )
    return mention
