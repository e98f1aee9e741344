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
from typing import TYPE_CHECKING

from workbench.core.models import Mention
from workbench.nlp.names import previous_word
from workbench.nlp.speaker_gender import KnownGenders

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Titles that say a person's gender, without their dot.
TITLE_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f"}
_TITLE_OF = {form: said for title, said in TITLE_GENDERS.items() for form in (title, f"{title}.")}
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


class TitledBearers:
    """The document's people named in full, by surname, and the gender a title written
    with their own full-name mentions gives them, each as from where in the text.

    Why an index: every titled speaker ("...," Mrs Brown said) asked who shares its
    surname by reading every mention before it, and then every mention again for their
    titles: a page of ten thousand such quotes read a hundred million mentions (attack
    run 16: 190 KB in four minutes). Built once per document, each question is a lookup.
    """

    def __init__(self, mentions: Sequence[Mention], text: str) -> None:
        self._first: dict[str, dict[str, int]] = {}  # surname -> bearer -> first start
        self._titled: dict[str, dict[str, int]] = {}  # bearer -> gender -> first start
        for mention in sorted(mentions, key=lambda m: m.start):
            words = mention.entity.split()
            if mention.label == "PERSON" and len(words) >= _FULL_NAME_WORDS:
                self._first.setdefault(words[-1], {}).setdefault(mention.entity, mention.start)
            gender = _own_title_gender(mention, text)
            if gender is not None:
                self._titled.setdefault(mention.entity, {}).setdefault(gender, mention.start)

    def bearers(self, surname: str, start: int) -> set[str]:
        """The people named in full with ``surname`` before ``start``."""
        first = self._first.get(surname, {})
        return {bearer for bearer, at in first.items() if at < start}

    def titled(self, bearer: str, start: int) -> str | None:
        """The gender titles before ``start`` give ``bearer``; None when none or both."""
        genders = [g for g, at in self._titled.get(bearer, {}).items() if at < start]
        return genders[0] if len(genders) == 1 else None


def _own_title_gender(mention: Mention, text: str) -> str | None:
    """The gender a title written with a full-name mention gives ("Mrs Jane Brown"); a
    title with the surname alone ("Ms Smith") is what is being resolved, and tells
    nothing of whose it is."""
    words = mention.text.split()
    titled = bool(words) and words[0].rstrip(".").lower() in TITLE_GENDERS
    if len(words) - titled < _FULL_NAME_WORDS:
        return None
    return title_gender(mention.text, text, mention.start)


def bearer_by_title(
    entity: str, gender: str, index: TitledBearers, start: int, genders: KnownGenders
) -> str:
    """When ``entity``'s surname is shared by several people named in full before
    ``start``: the one the text calls by the title's gender, else the one not known by
    the other gender; else ``entity``."""
    surname = entity.split()[-1:] if entity else []
    if not surname:
        return entity
    bearers = index.bearers(surname[0], start)
    if len(bearers) < _SHARED:
        return entity
    titled = {b: g for b in bearers if (g := index.titled(b, start)) is not None}
    other = _PRONOUN_OF["f" if gender == "m" else "m"]
    known = {b for b in bearers if titled.get(b) == gender or genders.clash(other, b)}
    if len(known) == 1:  # the one the text calls by the title's gender
        return known.pop()
    fitting = {b for b in bearers
               if titled.get(b, gender) == gender and not genders.clash(_PRONOUN_OF[gender], b)}
    return fitting.pop() if len(fitting) == 1 else entity


def title_gender_before(token: Token) -> str | None:
    """The gender a title right before the name ending at ``token`` gives ("Ms." in "Ms.
    Dana Roe"), or None: a pronoun of the other gender never stands for that name."""
    start = token.i
    doc = token.doc
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].lower_ not in _TITLE_OF:
        start -= 1
    return _TITLE_OF.get(doc[start - 1].lower_) if start > 0 else None
