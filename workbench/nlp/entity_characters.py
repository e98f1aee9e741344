"""Characters named with a rank ("Captain America", "Miss Piggy") kept whole, and a
casting phrase ("Candace Windfall as Catwoman") cut into the person and the character.

Why: the small model leaves a title out of a person's span, which is right for "Captain
Sam Reid", but a comic, film or brand character is named by its rank and one word, and
the word alone is often a place or a common word: "Captain [America]" became a person
called "America", so the library held America as a place in one article and a person in
the next (issue 15). A real captain or doctor is written in full somewhere ("Captain Sam
Reid" ... "Reid said") and speaks; a character's word is never the end or start of a
person's full name in the text and never stands before a verb of saying. Only the
full-word ranks characters are named by count; "Capt." or "Dr." before a lone surname is
a real person's title.

Entertainment news writes who plays whom as "Name as Character" ("Dev Patel as Arthur",
"cosplayer Candace Windfall as Catwoman"), and the model sometimes tags the whole phrase
as one organisation: a person called "Candace Windfall as Catwoman". A name holds no
lowercase "as" between capitalised words, so such a span is cut there: the side shaped
like a person's full name is the person, the other the character, a person of the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from workbench.core.letters import CAPITAL
from workbench.core.models import Mention
from workbench.nlp.entity_name_shaped_people import person_shaped
from workbench.nlp.names import canonical_name

_CHARACTER_RANK = re.compile(r"\b(?:Captain|Miss|Mister|Doctor)[ \u00a0]+$")
"""A full-word rank right before the mention, as characters are named ("Captain Marvel")."""
_CASTING = re.compile(rf"(?<=[a-z.])[ \u00a0]as[ \u00a0](?={CAPITAL})")
"""The "as" between an actor's name and a character's ("Dev Patel as Arthur")."""
_TRAILING_AS = re.compile(r"(?<=[a-z.])[ \u00a0]as$")
"""The casting "as" read into the end of the actor's name ("[Mia Rossi as] Catwoman")."""
_SPEAKS = re.compile(r"(?:['\u2019]s)?,?[ \u00a0]+(?:said|says|told|added|asked|wrote)\b")
"""A verb of saying after a mention: a person who speaks, not a character's name."""


def _people_words(mentions: Sequence[Mention]) -> set[str]:
    """First and last words of the full names of people the text writes."""
    words = set()
    for mention in mentions:
        tokens = mention.text.split()
        if mention.label == "PERSON" and len(tokens) > 1:
            words |= {tokens[0], tokens[-1]}
    return words


def _speaking(mentions: Sequence[Mention], text: str) -> set[str]:
    """Words of one-word mentions that stand before a verb of saying somewhere."""
    return {m.text for m in mentions if _SPEAKS.match(text, m.end)}


def _unranked(mentions: Sequence[Mention], text: str) -> set[str]:
    """Words of one-word people written somewhere without a rank before them ("Patel,
    who treated him" beside "Doctor Patel"): a real person's surname, not a character's."""
    return {
        m.text for m in mentions
        if _candidate(m) and not _CHARACTER_RANK.search(text, max(0, m.start - 10), m.start)
    }


def _candidate(mention: Mention) -> bool:
    """A one-word capitalised person in the body: what a character's word is read as."""
    return (mention.field == "text" and mention.label == "PERSON"
            and " " not in mention.text and mention.text[:1].isupper())


def with_character_ranks(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each one-word person after a character's rank ("Captain
    [America]") widened to the whole name, rank included, unless the text writes the
    word in a person's full name or lets it speak."""
    if not any(_candidate(m) for m in mentions):
        return list(mentions)
    excluded = _people_words(mentions) | _speaking(mentions, text) | _unranked(mentions, text)
    result = []
    for mention in mentions:
        rank = (_CHARACTER_RANK.search(text, max(0, mention.start - 10), mention.start)
                if _candidate(mention) and mention.text not in excluded else None)
        if rank is not None:
            name = text[rank.start():mention.end]
            mention = replace(mention, start=rank.start(), text=name, entity=name)
        result.append(mention)
    return result


def split_casting_phrases(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each "Name as Character" span whose first part is a person's
    full name cut into the person and the character (both people), and a person's full
    name that took the casting "as" in ("[Mia Rossi as] Catwoman") cut before it."""
    result = []
    for mention in mentions:
        trailing = _TRAILING_AS.search(mention.text) if mention.field == "text" else None
        if trailing is not None and person_shaped(mention.text[:trailing.start()]):
            actor = mention.text[:trailing.start()]
            mention = replace(mention, end=mention.start + len(actor), text=actor,
                              label="PERSON", entity=canonical_name(actor))
        cut = _CASTING.search(mention.text) if mention.field == "text" else None
        actor = mention.text[:cut.start()] if cut is not None else ""
        if cut is None or not person_shaped(actor):
            result.append(mention)
            continue
        role = mention.text[cut.end():]
        role_start = mention.start + cut.end()
        result.append(replace(mention, end=mention.start + len(actor), text=actor,
                              label="PERSON", entity=canonical_name(actor)))
        result.append(replace(mention, start=role_start, text=role, label="PERSON",
                              entity=canonical_name(role)))
    return result
