"""Quote-span kinds read from PolNeAR train errors that any news reader would agree on
(issue 15, session 17): a crosshead in capitals quoting a phrase is page writing, not a
statement; a translation glossing foreign words is the writer's. The sentences here are
written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import direct_texts
from workbench.nlp.quote_page import is_crosshead

CROSSHEAD_STORY = (
    "The prime minister met the president in Washington on Monday.\n\n"
    "\u201cA DEAL WORTH WAITING FOR\u201d\n\n"
    "\u201cWe have a deal worth waiting for,\u201d the prime minister told reporters.\n"
)


def test_quoted_crosshead_in_capitals_is_no_quote(nlp: Language) -> None:
    assert direct_texts(nlp, CROSSHEAD_STORY) == [
        "\u201cWe have a deal worth waiting for,\u201d"
    ]


def test_a_sentence_set_in_capitals_is_no_crosshead() -> None:
    assert not is_crosshead('"WE WILL WIN," HE SAID.')


def test_a_chant_on_its_own_line_is_no_crosshead() -> None:
    assert not is_crosshead("\u201cUSA! USA! USA!\u201d")


def test_a_line_with_lower_case_words_is_no_crosshead() -> None:
    assert not is_crosshead("\u201cA deal worth waiting for\u201d")
    assert is_crosshead("WHAT\u2019S NEXT FOR THE TALKS")


def test_a_translation_after_the_foreign_words_is_no_quote(nlp: Language) -> None:
    text = (
        'He signed every letter "Festina lente," Latin for "make haste slowly, my friends," '
        "and sent them from his farm."
    )
    assert not any(q.startswith('"make haste') for q in direct_texts(nlp, text))


def test_a_statement_translated_from_another_language_stays_a_quote(nlp: Language) -> None:
    text = (
        'The minister spoke in French, and her words were translated as "we will not '
        'abandon the farmers of this region," by the interpreter.'
    )
    assert any(q.startswith('"we will not abandon') for q in direct_texts(nlp, text))


@pytest.mark.parametrize("role", ["star", "host", "creator", "finale"])
def test_a_show_named_before_its_star_or_host_is_no_quote(nlp: Language, role: str) -> None:
    text = f'"Lost In The Long Valley" {role} Ann Lee said on Tuesday that filming was over.'
    assert direct_texts(nlp, text) == []


def test_a_programme_after_interview_with_keeps_its_title_with_a_stop(nlp: Language) -> None:
    text = 'The senator said she would run again, she said in an interview with "Meet The Press."'
    assert direct_texts(nlp, text) == []


def test_a_two_word_answer_after_told_stays_a_quote(nlp: Language) -> None:
    text = 'Asked whether he would resign, the mayor told "Absolutely Not." to the crowd.'
    assert direct_texts(nlp, text) == ['"Absolutely Not."']


def test_a_shouted_line_in_capitals_is_a_quote_not_a_crosshead(nlp: Language) -> None:
    """A post quoted whole on its own line, set in capitals as it was written, ends like
    a sentence (an exclamation), which no subheading does."""
    text = (
        "The president answered the ruling within minutes. He wrote on social media:\n\n"
        "\u201cSEE YOU IN COURT, THE SECURITY OF OUR NATION IS AT STAKE!\u201d\n\n"
        "The court did not comment.\n"
    )
    assert direct_texts(nlp, text) == [
        "\u201cSEE YOU IN COURT, THE SECURITY OF OUR NATION IS AT STAKE!\u201d"
    ]
    assert not is_crosshead("\u201cSEE YOU IN COURT, THE SECURITY OF OUR NATION IS AT STAKE!\u201d")
