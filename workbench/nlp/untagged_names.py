"""A surname-only person is the full name the text wrote untagged before it.

Why: the small model often misses a person's first, fullest mention ("Italian artist
Maurizio Cattelan", "Theresa May" read as a month) and tags only a later "Cattelan" or
"Mrs May". The entity then carries the bare surname, the reader lists "Cattelan", and
a quote by "Cattelan" cannot be matched with a quote by "Maurizio Cattelan". The full
name is in the text; ``full_name_before`` finds it with the guards speakers use (given
names the text never writes in lowercase, no sentence opener taken for a given name).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.nlp.names import lowercase_words, strip_honorifics
from workbench.nlp.speaker_names import full_name_before

#: How far before a surname's first mention its full name is looked for: bounded so a
#: huge text with thousands of surnames is not rescanned from its start for each.
LOOK_BACK_CHARS = 8_000


def with_untagged_full_names(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Rename one-word PERSON entities to the full name written before their first
    mention (or in it: "Maurizio Cattelan" where the model tagged only "Cattelan"); a
    title is no given name ("Mrs May" stays "May")."""
    first: dict[str, Mention] = {}
    for mention in mentions:
        if mention.label == "PERSON" and mention.field == "text" and " " not in mention.entity:
            first.setdefault(mention.entity, mention)
    if not first:
        return list(mentions)
    lowercase = lowercase_words(text)
    renamed: dict[str, str] = {}
    for entity, mention in first.items():
        window = text[max(0, mention.start - LOOK_BACK_CHARS) : mention.end]
        full = full_name_before(window, entity, lowercase)
        if full is not None and len(strip_honorifics(tuple(full.split()))) > 1:
            renamed[entity] = full
    return [
        replace(m, entity=renamed[m.entity]) if m.label == "PERSON" and m.entity in renamed else m
        for m in mentions
    ]
