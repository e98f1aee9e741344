"""A business described with modifiers ("the US software giant", "the Japanese carmaker")
speaks for the business just named, as "the company" does.

Why: news names a company once and then describes it by its trade and home ("Microsoft
was to release a patch ... The US software giant said"). ``speaker_descriptions`` reads a
bare "the company"; a description with one to three modifiers before the business noun
kept its phrase as speaker text but named no entity, so the quote had no canonical
speaker. "giant" (the software giant, the oil giant) is news's noun for a big business
when it follows modifiers; alone ("the Giants") it is often a team, so it needs them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.models import Mention
from workbench.nlp.speaker_descriptions import BUSINESS_NOUNS, NOT_MODIFIERS, described_entity

#: "The US software giant": an article, one to three modifier words, a lowercase head noun.
_MODIFIED = re.compile(r"(?:the|The)[ \u00a0]+((?:[\w'\u2019.&-]+[ \u00a0]+){1,3})([a-z]+)")
#: Words that make the phrase more than a modified noun ("the head of the company").
#: The description rule's non-modifiers, and "former", which only this rule refuses.
_NOT_MODIFIERS = NOT_MODIFIERS | {"former"}
_BIG_BUSINESS = "giant"


def described_business(
    phrase: str, start: int, mentions: Sequence[Mention], text: str
) -> Mention | None:
    """The business ``phrase`` (a speaker text at ``start``) describes with modifiers, read
    as the bare "the <noun>" would be; None for any other phrase."""
    modified = _MODIFIED.fullmatch(phrase.strip())
    if modified is None:
        return None
    modifiers, head = modified.group(1).split(), modified.group(2)
    if {word.lower() for word in modifiers} & _NOT_MODIFIERS:
        return None
    if head == _BIG_BUSINESS:
        head = "company"
    if head not in BUSINESS_NOUNS:
        return None
    return described_entity(f"the {head}", start, mentions, text)
