"""A page of couples quoted by title ("...," Mrs Brown said) resolves each speaker in work
that does not grow with the page.

Attack run 16: 3,000 paragraphs of 'Tom Smith and Jane Smith met. "Yes," Ms Smith said.'
(190 KB) spent three of their four minutes telling the two Smiths apart: every titled
speaker read every mention before it, twice, for who shares the surname and which of
them a title names. What must stay small is how many mentions are read per speaker
(seconds depend on the machine); which bearer is chosen must not change.
"""

from __future__ import annotations

import pytest

from workbench.core.models import Mention, Quote
from workbench.nlp import speaker_title_genders
from workbench.nlp.quote_resolution import resolve_speakers

SURNAMES = ("Smith", "Brown", "Reed")
PARAGRAPHS = 300


def _page() -> tuple[str, list[Mention], list[Quote]]:
    text, mentions, quotes = "", [], []
    for index in range(PARAGRAPHS):
        surname = SURNAMES[index % len(SURNAMES)]
        for given in ("Mr Tom", "Jane") if index % 2 else ("Tom", "Mrs Jane"):
            full = f"{given} {surname}"
            at = len(text)
            text += f"{full} came. "
            entity = full.split(" ", 1)[1] if given.startswith("M") else full
            mentions.append(Mention(at, at + len(full), full, "PERSON", entity))
        said = f"Ms {surname}" if index % 2 else f"Mr {surname}"
        quoted = '"Yes,"'
        at = len(text)
        text += f"{quoted} {said} said. "
        speaker = at + len(quoted) + 1
        mentions.append(Mention(speaker + 3, speaker + len(said), surname, "PERSON", surname))
        quotes.append(Quote(at, at + len(quoted), quoted, speaker=f"Tom {surname}",
                            speaker_text=said, speaker_start=speaker,
                            speaker_end=speaker + len(said)))
    return text, mentions, quotes


def test_titled_speakers_read_few_mentions_each(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [0]
    real = speaker_title_genders.title_gender

    def counted(*args: object) -> str | None:
        calls[0] += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(speaker_title_genders, "title_gender", counted)
    text, mentions, quotes = _page()
    resolve_speakers(quotes, mentions, text)
    assert calls[0] < 4 * len(mentions)


def test_the_title_still_names_the_bearer_of_its_gender() -> None:
    text, mentions, quotes = _page()
    resolved = resolve_speakers(quotes, mentions, text)
    for index, quote in enumerate(resolved):
        surname = SURNAMES[index % len(SURNAMES)]
        assert quote.speaker == (f"Jane {surname}" if index % 2 else f"Tom {surname}"), index


def _every_mention_read(
    entity: str, gender: str, mentions: list[Mention], start: int, text: str
) -> str:
    """The rule as it read before the index (every mention, per speaker): the oracle."""
    surname = entity.split()[-1:]
    bearers = {m.entity for m in mentions if m.label == "PERSON" and m.start < start
               and len(m.entity.split()) >= 2 and m.entity.split()[-1] == surname[0]}
    if len(bearers) < 2:
        return entity
    found: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.text.split()
        titled = bool(words) and words[0].rstrip(".").lower() in speaker_title_genders.TITLE_GENDERS
        if mention.start < start and mention.entity in bearers and len(words) - titled >= 2:
            said = speaker_title_genders.title_gender(mention.text, text, mention.start)
            if said is not None:
                found.setdefault(mention.entity, set()).add(said)
    titled_as = {b: g.pop() for b, g in found.items() if len(g) == 1}
    known = {b for b in bearers if titled_as.get(b) == gender}
    if len(known) == 1:
        return known.pop()
    fitting = {b for b in bearers if titled_as.get(b, gender) == gender}
    return fitting.pop() if len(fitting) == 1 else entity


class _NoGenders:
    def clash(self, *_: object) -> bool:
        return False


def test_the_index_chooses_as_reading_every_mention_did() -> None:
    text, mentions, _ = _page()
    index = speaker_title_genders.TitledBearers(mentions, text)
    for start in range(0, len(text), 97):
        for surname in SURNAMES:
            for gender in ("m", "f"):
                entity = f"Tom {surname}"
                chosen = speaker_title_genders.bearer_by_title(
                    entity, gender, index, start, _NoGenders())  # type: ignore[arg-type]
                assert chosen == _every_mention_read(entity, gender, mentions, start, text)
