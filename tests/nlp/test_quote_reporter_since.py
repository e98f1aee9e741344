"""A quote that names nobody, after an indirect report ("Chan said ...") written since the
last quote, is the reporter's, not the last quote's speaker, even with a narrative
sentence between them (``quote_context.reporter_since``,
issue 15). Sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import speaker_pairs

if TYPE_CHECKING:
    from spacy.language import Language


def test_an_indirect_report_hands_the_next_quote_its_reporter(nlp: Language) -> None:
    text = (
        '"The merger will help both firms," said Maria Lopez, an analyst at Delta Research. '
        "Another analyst, Tom Baker of Kestrel Capital, said the deal would cut costs. "
        "The deal is worth five billion dollars in cash and stock. "
        '"Both companies need scale to compete with the biggest chip makers."'
    )
    assert speaker_pairs(nlp, text)[-1][1] == "Tom Baker"


def test_a_pronoun_reporter_is_resolved_to_its_person(nlp: Language) -> None:
    text = (
        '"Prices will fall," said Maria Lopez, an analyst at Delta Research. '
        "Retail demand, said Tom Baker of Kestrel Capital, is weak. "
        "Stores, he said, are cutting orders for the holidays. "
        "Sales in October were the lowest since 2009. "
        '"Nobody wants to hold stock going into the winter."'
    )
    assert speaker_pairs(nlp, text)[-1][1] == "Tom Baker"


def test_a_narrative_sentence_keeps_the_last_speaker(nlp: Language) -> None:
    text = (
        '"The merger will help both firms," said Maria Lopez, an analyst at Delta Research. '
        "The shares rose four percent on Monday. "
        '"Both companies need scale to compete with the biggest chip makers."'
    )
    assert speaker_pairs(nlp, text)[-1][1] == "Maria Lopez"


def test_a_report_opening_the_paragraph_hands_a_later_quote_its_reporter(nlp: Language) -> None:
    # No quote before it in the paragraph: the report's speaker still carries the voice.
    text = (
        "The pension plan was approved in March.\n\n"
        "Karen Whitfield has argued that the plan was weakened by the last-minute deals. "
        'Because of them, there is still "a fund that nobody can hold to account for its '
        'losses."'
    )
    assert speaker_pairs(nlp, text)[-1][1] == "Karen Whitfield"


def test_a_report_in_the_paragraph_before_hands_the_quote_nobody(nlp: Language) -> None:
    # The voice does not cross a paragraph break when no quote carried it there.
    text = (
        "Karen Whitfield has argued that the plan was weakened by the last-minute deals.\n\n"
        'Because of them, there is still "a fund that nobody can hold to account for its '
        'losses."'
    )
    assert speaker_pairs(nlp, text)[-1][1] is None
