"""Titles kept out of a person's name: "Treasurer Bob Hart" is the person Bob Hart.

Why: the model sometimes takes the title before a name into the PERSON span, and the
entity is then called "Treasurer Bob Hart" in one article and "Bob Hart" in the next,
two entities for one person (and a speaker named by an office). Only the entity's name
changes: the mention keeps the span the model gave it (the title is how the text names
the person there, and the speaker rules read it in the span). The titles are
``names.HONORIFICS``, the list the speaker rules use; a title is cut only when a full
name (two words or more) is left, so "Pope Francis" and "Prince Harry" keep theirs.
Runs last, after the label vote, because "Spokeswoman Sandy Angers" tagged ORG is a
person by that very title.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from workbench.core.models import Mention
from workbench.nlp.names import is_honorific, name_tokens

_MIN_NAME_WORDS = 2
"""Words a name keeps once its title is cut; a title before one word stays."""


def _title_words(name: str) -> int:
    """How many leading words of ``name`` are titles that can be cut ("Treasurer" in
    "Treasurer Bob Hart": 1); 0 when cutting them would leave less than a full name."""
    tokens = name_tokens(name)
    count = 0
    while len(tokens) - count > _MIN_NAME_WORDS and is_honorific(tokens[count]):
        count += 1
    if count and not tokens[count][:1].isupper():
        return 0  # "Director of Communications": a role, not a title before a name
    return count


def untitled_name(name: str) -> str:
    """``name`` without the titles before a full name ("Treasurer Bob Hart" -> "Bob Hart")."""
    count = _title_words(name)
    return " ".join(name_tokens(name)[count:]) if count else name


def without_person_titles(mentions: Sequence[Mention]) -> list[Mention]:
    """Person mentions whose entity names leave out the titles before a full name."""
    result = []
    for mention in mentions:
        if mention.label == "PERSON" and mention.field == "text":
            entity = untitled_name(mention.entity)
            if entity != mention.entity:
                mention = replace(mention, entity=entity)
        result.append(mention)
    return result
