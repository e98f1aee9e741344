"""A headline crediting a quotation to a name (``quote_headline_credits``): the bare quoted
paragraph opening the body is that person's. Extraction runs on the real small model."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_quoted_i_in_the_headline_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "Cecile Richards: \u2018I\u2019m Sick Of Men Telling Us What To Do.\u2019\n\n"
        '"Their comments were outrageous and dangerous. I also think it opened up a whole '
        'line of conversation. Ted Cruz wants to ban all abortions in this country."\n\n'
        "Richards spoke at a rally on Friday."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Cecile Richards"


def test_headline_name_speaks_the_opening_quoted_paragraph(nlp: Language) -> None:
    text = (
        "Jane Roe: \u2018We Will Rebuild This Town.\u2019\n\n"
        '"Nobody here is giving up. We have done this before and we will do it again."\n\n'
        "Roe spoke at a rally on Friday."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Jane Roe"


def test_headline_without_a_quotation_credits_nobody(nlp: Language) -> None:
    text = (
        "Jane Roe: a life in politics\n\n"
        '"Nobody here is giving up. We have done this before and we will do it again."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text is None
