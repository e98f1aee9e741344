"""A group pronoun whose antecedent is a description: "The airline blamed weak demand.
"...," it said" is Air Canada's.

Why: the parse finds what "it"/"they" stands for (the subject of the sentence before, or
of the verb governing the pronoun's clause, ``speaker_group_antecedents``), and
``speaker_pronouns`` takes the entity of a mention that is that whole phrase. When the
subject is itself a description ("The airline", "The board", "The agency", "the
company"), no mention is that phrase, and the quotation's canonical speaker was the
phrase, though the text named the body it describes a sentence before. The description
is read here as it would be as a speaker ("the airline said": ``speaker_descriptions``,
``speaker_business_descriptions``, ``speaker_untagged_businesses``), at the place the
text last writes it before the pronoun, within the pronoun's reach.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.models import Mention
from workbench.nlp.speaker_business_descriptions import described_business
from workbench.nlp.speaker_descriptions import described_entity
from workbench.nlp.speaker_untagged_businesses import untagged_business

#: How far before the pronoun the description is looked for (about two sentences).
_REACH = 600


def described_antecedent(
    phrase: str, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """The mention a description ``phrase`` (the antecedent of a group pronoun at
    ``start``) stands for, or None when the text does not write it just before or it
    describes nothing named."""
    if not phrase[:4].lower() == "the " or not phrase[4:5].islower():
        return None
    at = text.rfind(phrase, max(0, start - _REACH), start)
    if at < 0:
        return None
    for read in (described_entity, described_business, untagged_business):
        found = read(phrase, at, mentions, text)
        if found is not None:
            return found
    return None
