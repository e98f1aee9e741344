"""Which of two people sharing a surname "Ms Smith" or "Mr Brown" is: the title's gender.

Why: news names a couple or two namesakes in full ("Tom Brown, 45, and his wife Jane
Brown") and then quotes one by title and surname ("...," Mrs Brown said). The name
resolver gives a surname several people share to the one talked about most or named
first, which is the wrong one half the time; the title says the gender, and the text
says each bearer's when it says it at all: a pronoun with one candidate, a gendered
noun before the name ("his wife Jane Brown", ``speaker_gender``), or a gendered title
written with one of the bearer's own mentions ("Mrs Jane Brown"). No list of given
names: a bearer whose gender the text never gives is not ruled out, so "Ms Smith"
beside "John Smith" and "Mary Smith" alone keeps the resolver's choice.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.models import Mention
from workbench.nlp.names import previous_word
from workbench.nlp.speaker_gender import KnownGenders

#: Titles that say a person's gender, without their dot.
TITLE_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f"}
_PRONOUN_OF = {"m": "he", "f": "she"}
_FULL_NAME_WORDS = 2
_SHARED = 2  # bearers of one surname before a title tells them apart


def title_gender(speaker_text: str, text: str, start: int) -> str | None:
    """'m'/'f' for a speaker written with a gendered title ("Ms Smith", or "Smith" right
    after "Mrs"), else None."""
    words = speaker_text.split()
    if len(words) > 1 and words[0].rstrip(".").lower() in TITLE_GENDERS:
        return TITLE_GENDERS[words[0].rstrip(".").lower()]
    return TITLE_GENDERS.get(previous_word(text, start).rstrip(".").lower())


def bearer_by_title(
    entity: str, gender: str, mentions: Sequence[Mention], start: int, genders: KnownGenders,
    text: str,
) -> str:
    """When ``entity``'s surname is shared by several people named in full before
    ``start``: the one the text calls by the title's gender, else the one not known by
    the other gender; else ``entity``."""
    surname = entity.split()[-1:] if entity else []
    if not surname:
        return entity
    bearers = {m.entity for m in mentions
               if m.label == "PERSON" and m.start < start and len(m.entity.split())
               >= _FULL_NAME_WORDS and m.entity.split()[-1] == surname[0]}
    if len(bearers) < _SHARED:
        return entity
    titled = _titled_genders([m for m in mentions if m.start < start], bearers, text)
    other = _PRONOUN_OF["f" if gender == "m" else "m"]
    known = {b for b in bearers if titled.get(b) == gender or genders.clash(other, b)}
    if len(known) == 1:  # the one the text calls by the title's gender
        return known.pop()
    fitting = {b for b in bearers
               if titled.get(b, gender) == gender and not genders.clash(_PRONOUN_OF[gender], b)}
    return fitting.pop() if len(fitting) == 1 else entity


def _titled_genders(mentions: Sequence[Mention], bearers: set[str], text: str) -> dict[str, str]:
    """Bearer -> gender a title written with one of their own full-name mentions gives
    ("Mrs Jane Brown"); a bearer titled both ways gives none. A title with the surname
    alone ("Ms Smith") is what is being resolved, and tells nothing of whose it is."""
    found: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.text.split()
        titled = bool(words) and words[0].rstrip(".").lower() in TITLE_GENDERS
        if mention.entity not in bearers or len(words) - titled < _FULL_NAME_WORDS:
            continue
        gender = title_gender(mention.text, text, mention.start)
        if gender is not None:
            found.setdefault(mention.entity, set()).add(gender)
    return {b: g.pop() for b, g in found.items() if len(g) == 1}
