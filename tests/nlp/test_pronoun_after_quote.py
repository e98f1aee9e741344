"""A pronoun right after a closing straight mark continues the quote's sentence.

`"It was a good day," she recalls`: the mark before "she" closes the quotation, so "she"
does not open a sentence, and the parse's governing person (named two sentences back)
is not overruled by the one person the previous sentence names. Sentences written for
these tests (session 10, issue 15).
"""

from __future__ import annotations

from tests.nlp.test_canonical_speakers import person, pronoun_quote
from workbench.nlp.quote_resolution import resolve_speakers
from workbench.nlp.resolution import at_sentence_start


def test_a_closing_straight_mark_does_not_open_a_sentence() -> None:
    text = '"It was a good day," she recalls.'
    assert not at_sentence_start(text, text.index("she"))


def test_an_opening_straight_mark_still_does() -> None:
    text = 'He told them: "she was right."'
    assert at_sentence_start(text, text.index("she"))
    text = '"It was late." She left.'
    assert at_sentence_start(text, text.index("She"))


def test_the_pronoun_after_a_quote_keeps_the_parse_person() -> None:
    text = (
        "Dana Holt spoke about her first audition. The producers later made Mia Rowe a "
        'regular. "It was a good day," she recalls.'
    )
    mentions = [person(text, "Dana Holt"), person(text, "Mia Rowe")]
    quote = pronoun_quote(text, "she", '"It was a good day,"', hint="Dana Holt")
    (resolved,) = resolve_speakers([quote], mentions, text)
    assert resolved.speaker == "Dana Holt"
