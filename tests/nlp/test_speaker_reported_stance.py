"""A participle of saying hung on a belief the speaker reported ("said they believed X
was ..., calling it "...") is the reporter's, never the subject of the belief."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_calling_after_a_reported_belief_is_the_reporters(nlp: Language) -> None:
    text = (
        "Union leaders said they believed the offer was a step forward, calling the plan "
        'a "real turning point" for the workers.'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["Union leaders"]


def test_describing_after_a_reported_thought_is_the_reporters(nlp: Language) -> None:
    text = (
        "Marta Lind said she thought the reform was overdue, describing the old rules as "
        '"a maze for families".'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker for q in quotes] == ["Marta Lind"]
