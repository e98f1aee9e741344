"""A person entity named after a headline line, renamed for the speaker resolver.

Why: a text that opens with its headline ("Obama Reverses Bush on Species Protection
Measure") gives the small model a title-case line it reads as one person, and the body's
"Obama" then joins that entity, whose name is the headline's first words. Speakers are
reported by entity name, so every quote by Obama would be credited to "Obama Reverses
Bush". A person's name is not a headline: an entity whose name the text writes only at
the start of a title-case line with no sentence end, and never in the body, is named
for the speaker resolver by what the body calls it most ("Obama"). The entity code is
left alone; this is the speaker side's reading of its names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.core.text import literal_spans
from workbench.nlp.speaker_names import strip_title

#: A headline name joins a name and a verb at least: "Obama Reverses Bush".
MIN_HEADLINE_WORDS = 3
#: Words a title-case headline may leave in lower case ("on", "the", "of").
MAX_SHORT_WORD = 3
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_SENTENCE_END = (".", "!", "?", '"', "\u201d")


def rename_headline_people(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each headline-named person entity renamed to its commonest body
    name (titles dropped), and its headline mentions dropped (a headline is no name for
    a later "Obama" to be the given name of); the rest unchanged."""
    names: dict[str, tuple[str | None, list[int]]] = {}
    for entity in {m.entity for m in mentions if m.label == "PERSON"}:
        at = _headline_starts(entity, text)
        if at:
            names[entity] = (_body_name(entity, at, mentions, text), at)
    if not names:
        return list(mentions)
    renamed = []
    for mention in mentions:
        found = names.get(mention.entity) if mention.label == "PERSON" else None
        name, at = found or (None, [])
        if mention.start in at:
            continue
        renamed.append(replace(mention, entity=name) if name else mention)
    return renamed


def is_headline_name(name: str, text: str) -> bool:
    """True when ``text`` writes ``name`` only as the opening of a title-case headline
    line (so a name read there, "Obama Reverses Bush", is none)."""
    return bool(_headline_starts(name, text))


def _headline_starts(entity: str, text: str) -> list[int]:
    """Where ``text`` writes ``entity``, when it does so only as a headline's opening."""
    if len(_WORD.findall(entity)) < MIN_HEADLINE_WORDS:
        return []
    at = [start for start, _ in literal_spans(entity, text)]
    return at if all(_opens_headline(text, start, len(entity)) for start in at) else []


def _body_name(entity: str, at: list[int], mentions: Sequence[Mention], text: str) -> str | None:
    """What the body calls ``entity`` most, titles dropped; None when only headlines do."""
    written = Counter(
        strip_title(text[m.start : m.end])
        for m in mentions
        if m.entity == entity and not any(start <= m.start < start + len(entity) for start in at)
    )
    return written.most_common(1)[0][0] if written else None


def _opens_headline(text: str, start: int, length: int) -> bool:
    """True when ``start`` opens a line in title case that goes on after the name
    (a byline's name is the whole line) and ends with no sentence end."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    line_end = text.find("\n", start)
    line = text[start : len(text) if line_end < 0 else line_end].strip()
    if line.endswith(_SENTENCE_END) or not _WORD.search(line, length):
        return False
    words = _WORD.findall(line)
    return all(word[:1].isupper() for word in words if len(word) > MAX_SHORT_WORD)
