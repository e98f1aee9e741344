"""A quoted label on a verb that only labels, left open for the frame after it.

Sentences written for these tests: in `Many voters saw the party as "a club for the
rich," Smith said` the voters say nothing (seeing is no verb of saying); the frame after
the comma credits the words. A labelling verb of saying ("described ... as") keeps them,
and so does a quote the sentence ends without a frame. Runs on the real small model
(``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_the_frame_after_a_seeing_label_is_the_speaker(nlp: Language) -> None:
    text = (
        "Many voters then saw the party as \u201ca club for the rich and the well "
        "connected,\u201d Smith said."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Smith"


def test_an_inverted_frame_after_a_seeing_label_is_the_speaker(nlp: Language) -> None:
    text = (
        "Many voters then saw the party as \u201ca club for the rich and the well "
        "connected,\u201d said Anna Smith, a pollster."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Anna Smith"


def test_a_label_given_by_a_verb_of_saying_keeps_its_subject(nlp: Language) -> None:
    text = "Critics described the plan as \u201ca gift to the banks,\u201d Anna Smith said."
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Critics"


def test_a_relative_clause_after_the_label_is_no_frame(nlp: Language) -> None:
    text = (
        "At the rally Tom Hale identified the judge as \u201cSpanish,\u201d which is what "
        "some call anyone they believe speaks Spanish."
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["Tom Hale"]
