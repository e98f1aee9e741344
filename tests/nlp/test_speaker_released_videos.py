"""A video that "said" something is its releaser's document, as a statement or an ad is:
`Trump released a marketing video that said "..."` is Trump speaking (issue 15)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import speaker_pairs

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_released_video_speaks_for_whoever_released_it(nlp: Language) -> None:
    text = 'Trump released a marketing video that said "America is back."'
    assert speaker_pairs(nlp, text) == [("Trump", "Trump")]


def test_a_party_campaign_video_is_the_partys(nlp: Language) -> None:
    text = (
        "The Liberal Party released a campaign video on Sunday that said "
        '"Better is always possible."'
    )
    assert speaker_pairs(nlp, text)[0][1] == "The Liberal Party"


def test_guard_a_video_seen_is_no_speaker_of_the_next_quote(nlp: Language) -> None:
    text = 'The video showed protesters. "We will not leave," one man said.'
    assert speaker_pairs(nlp, text) == [("one man", None)]


def test_guard_a_published_advertisement_still_speaks(nlp: Language) -> None:
    text = "The Conservative Party published an advertisement that said \"Labour isn't working.\""
    assert speaker_pairs(nlp, text)[0][1] == "The Conservative Party"
