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
