"""A page of speakers named by surname alone ('"Yes," Smith said.') finds each speaker
reading few earlier namings, and the person named most before each one, as before.

Attack run 16: ten thousand such quotes counted every earlier "Smith" again per quote
(``PeopleByName.find``): 150 KB spent 13 s there, growing with the square of the page.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

import pytest

from workbench.core.models import Mention, Quote
from workbench.nlp import speaker_names
from workbench.nlp.quote_resolution import resolve_speakers
from workbench.nlp.speaker_names import PeopleByName

QUOTES = 600


class _Read(list):  # type: ignore[type-arg]
    """A list that counts the items read through slices of it."""

    read = [0]

    def __getitem__(self, key: Any) -> Any:
        found = super().__getitem__(key)
        if isinstance(key, slice):
            _Read.read[0] += len(found)
        return found


class _Lists(dict):  # type: ignore[type-arg]
    def setdefault(self, key: Any, default: Any = None) -> Any:
        return super().setdefault(key, _Read(default or []))


def _page() -> tuple[str, list[Mention], list[Quote]]:
    text, mentions, quotes = "", [], []
    for _ in range(QUOTES):
        at = len(text)
        text += '"Yes," Smith said. '
        mentions.append(Mention(at + 7, at + 12, "Smith", "PERSON", "Tom Smith"))
        quotes.append(Quote(at, at + 6, '"Yes,"', speaker_text="Smith",
                            speaker_start=at + 7, speaker_end=at + 12))
    return text, mentions, quotes


def test_surname_speakers_read_few_namings_each(monkeypatch: pytest.MonkeyPatch) -> None:
    real = PeopleByName.__init__

    def counting(self: PeopleByName) -> None:
        real(self)
        self.by_ending = _Lists()

    monkeypatch.setattr(speaker_names.PeopleByName, "__init__", counting)
    _Read.read[0] = 0
    text, mentions, quotes = _page()
    resolved = resolve_speakers(quotes, mentions, text)
    assert {quote.speaker for quote in resolved} == {"Tom Smith"}
    assert _Read.read[0] < 10 * QUOTES


def _counted(named: list[tuple[int, str]], start: int) -> str | None:
    """The rule as it read before the kept leaders: count the namings before ``start``."""
    before = [entity for at, entity in named if at < start] or [e for _, e in named]
    return Counter(before).most_common(1)[0][0] if before else None


def test_the_person_named_most_before_is_found_as_counting_did() -> None:
    people = PeopleByName()
    rng = random.Random(16)
    entities = ["Tom Smith", "Jane Smith", "Ann Smith Jr.", "Bo Smith"]
    named: list[tuple[int, str]] = []
    for step in range(400):
        start = step * 10 if rng.random() < 0.9 else rng.randrange(step * 10 + 1)  # late ones
        entity = rng.choice(entities)
        people.add(entity, start)
        named.append((start, entity))
        named.sort()
        probe = rng.randrange(step * 10 + 20)
        assert people.find("Smith", probe) == _counted(named, probe), step
