"""Whether a speaker the model tagged as a person is an organisation that "it" may continue.

Why apart from ``speaker_pronouns``: the small English model tags one organisation's name
as a person in one sentence ("..., said Mozilla.") and as an organisation in another
("Mozilla will no longer support ..."). A later "It is also reissuing calls ... and said"
continues that speaker: a sentence-opening "it"/"they" right after a group's statement is
that group. Reading the label of the one mention that spoke would hand the "it" to the
nearest organisation further back instead (the company the article is mostly about). The
kind, stated generally: a name the document itself also tags as an organisation, and never
calls "he" or "she", is a group wherever its own mention was tagged a person.
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.core.models import Mention

#: Labels that make a name an organisation (not places: "Georgia said" may be a person).
_ORGANISATION = frozenset({"ORG"})


def tagged_as_organisation(mentions: Iterable[Mention], entity: str) -> bool:
    """True when some mention of the document tags ``entity`` (its whole name) as an
    organisation."""
    return bool(entity) and any(
        m.label in _ORGANISATION and (m.entity == entity or m.text == entity) for m in mentions
    )


def person_is_a_group(mentions: Iterable[Mention], entity: str, gendered: bool) -> bool:
    """True when a speaker resolved as a person is a group a later "it"/"they" continues:
    the document also tags its name as an organisation and ``gendered`` (the text calls
    it "he" or "she") is False."""
    return not gendered and tagged_as_organisation(mentions, entity)
