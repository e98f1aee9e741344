"""A speaker called by a lone given name ("Doug said") is the one person the text names in
full with that given name ("Doug McDermott").

News names a second bearer of a family name by given name to tell them apart ("Doug" beside
his father "Greg McDermott"), and the model tags the lone "Doug" as a person of its own, so
the quote's canonical speaker came out as "Doug". Read only when exactly one full name in
the text starts with the word and no full name ends with it ("Taylor" that is someone's
surname stays as it is).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.core.models import Mention

_FULL_NAME_WORDS = 2


class GivenNames:
    """The full name each unambiguous given name stands for, from the text's people."""

    def __init__(self, people: Iterable[str]) -> None:
        by_first: dict[str, set[str]] = {}
        surnames: set[str] = set()
        for name in people:
            words = name.split()
            if len(words) < _FULL_NAME_WORDS:
                continue
            by_first.setdefault(words[0].lower(), set()).add(name)
            surnames.add(words[-1].lower())
        self._owner = {
            first: next(iter(names))
            for first, names in by_first.items()
            if len(names) == 1 and first not in surnames
        }

    def full_name(self, entity: str) -> str | None:
        """The full name a one-word person entity is the given name of, else None."""
        words = entity.split()
        if len(words) != 1:
            return None
        return self._owner.get(words[0].lower())

    def entity_of(self, mention: Mention) -> str:
        """A speaker mention's entity, a person's lone given name read as the full name."""
        if mention.label != "PERSON":
            return mention.entity
        return self.full_name(mention.entity) or mention.entity
