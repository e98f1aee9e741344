"""A bare surname two people share stays with the one who just spoke (issue 15): after
"His son, T.J. Marlow, ... he said ...", `"...," Marlow said` is the son, not the father
named first; with nobody of that name speaking just before, the rule does not apply."""

from __future__ import annotations

from workbench.core.models import Mention, Quote
from workbench.nlp.quote_resolution import resolve_speakers

TEXT = (
    "Assistant manager Tony Marlow was named coach for the rest of the season. Marlow has "
    "spent 19 seasons with the team. His son, T.J. Marlow, is a guard for Temple and he "
    "said after the win that he was excited. \"My dad is ready to step in,\" Marlow said."
)


def _mention(name: str, start: int = 0) -> Mention:
    at = TEXT.index(name, start)
    return Mention(at, at + len(name), name, "PERSON", name)


def _quote(text: str, speaker: str, speaker_text: str, at: int, kind: str = "direct") -> Quote:
    start = TEXT.index(text)
    return Quote(
        start, start + len(text), text, kind=kind, speaker=speaker, speaker_text=speaker_text,
        speaker_start=at, speaker_end=at + len(speaker_text),
    )


def test_a_shared_surname_is_the_bearer_who_just_spoke() -> None:
    last = TEXT.rindex("Marlow")
    mentions = [_mention("Tony Marlow"), _mention("Marlow", 80), _mention("T.J. Marlow")]
    mentions.append(_mention("Marlow", last))
    quotes = [
        _quote("he was excited", "T.J. Marlow", "he", TEXT.index("he said"), kind="indirect"),
        _quote('"My dad is ready to step in,"', "Marlow", "Marlow", last),
    ]
    assert resolve_speakers(quotes, mentions, TEXT)[-1].speaker == "T.J. Marlow"


def test_with_no_bearer_speaking_just_before_the_surname_is_left_alone() -> None:
    last = TEXT.rindex("Marlow")
    mentions = [_mention("Tony Marlow"), _mention("T.J. Marlow"), _mention("Marlow", last)]
    quotes = [_quote('"My dad is ready to step in,"', "Marlow", "Marlow", last)]
    assert resolve_speakers(quotes, mentions, TEXT)[0].speaker != "T.J. Marlow"
