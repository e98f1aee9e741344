"""A verb of saying in a relative clause about a thing after a quote ("practices that
call for ...") is no frame of the quote; the quote's source is found elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_thing_that_calls_for_something_does_not_frame_the_quote(nlp: Language) -> None:
    text = (
        "The mayor spoke on Monday. According to the memo, staff should "
        '"keep the old safety checks" that call for two inspectors on every site.'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["the memo"]


def test_a_speaker_after_the_quote_still_frames_it(nlp: Language) -> None:
    text = '"We will keep the old safety checks," said the mayor, who called for calm.'
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["the mayor"]
