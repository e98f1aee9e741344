"""Odd input never crashes the quote extractor and offsets stay code points (issue 15).

Imported text is untrusted: Windows line ends, emoji (astral code points), marks that
never close, a long paragraph without any mark, other languages' quotation marks, primes.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from workbench.core.models import Quote
from workbench.nlp.quote_marks import find_marked_spans
from workbench.nlp.quotes import attach_speakers, find_quotes


def extract(nlp: Language, text: str) -> list[Quote]:
    quotes = attach_speakers(find_quotes(nlp(text)), [], text)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker_start is not None:
            assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_text
    return quotes


def direct(nlp: Language, text: str) -> list[str]:
    return [q.text for q in extract(nlp, text) if q.kind == "direct"]


def test_windows_line_ends(nlp: Language) -> None:
    text = 'The vote was close.\r\n\r\n"We will win the next one," she said.\r\n'
    assert direct(nlp, text) == ['"We will win the next one,"']


def test_emoji_before_and_inside_a_quote(nlp: Language) -> None:
    text = '\U0001f600\U0001f600 "We will \U0001f389 win today," said Ann Cole \U0001f44d.'
    (quote,) = extract(nlp, text)
    assert quote.text == '"We will \U0001f389 win today,"'
    assert quote.speaker_text == "Ann Cole"


def test_unbalanced_marks_do_not_crash_or_swallow(nlp: Language) -> None:
    text = (
        'He said "this never closes and runs on for a while here\n\n'
        'Next paragraph " stray and \u201ccurly never and \u201d more \u201d \u201d \u201c'
    )
    for quote in extract(nlp, text):
        assert "\n\n" not in quote.text


def test_long_paragraph_without_marks(nlp: Language) -> None:
    text = "The council met again and talked about the budget for the year. " * 800
    assert len(text) > 50_000
    assert direct(nlp, text) == []


def test_single_quote_nested_in_a_double_one_stays_inside(nlp: Language) -> None:
    text = "\"He told me 'never give up on this town,' and I did not,\" said Ann Cole."
    assert direct(nlp, text) == [text[: text.index(" said")]]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        pytest.param(
            "He said \u00abwe will win this one\u00bb on Monday.",
            "\u00abwe will win this one\u00bb",
            id="guillemets",
        ),
        pytest.param(
            "Sie sagte: \u201eWir werden morgen gewinnen.\u201c Dann ging sie.",
            "\u201eWir werden morgen gewinnen.\u201c",
            id="german",
        ),
        pytest.param(
            "He said \u2033we will win this one tomorrow\u2033 and left.",
            "\u2033we will win this one tomorrow\u2033",
            id="primes",
        ),
    ],
)
def test_other_quotation_marks_pair(text: str, quote: str) -> None:
    assert [text[m.start : m.end] for m in find_marked_spans(text)] == [quote]


def test_primes_in_a_height_are_no_quote() -> None:
    assert find_marked_spans("A 6\u20322\u2033 forward and a 5\u203211\u2033 guard.") == []


def test_marks_only(nlp: Language) -> None:
    text = '"' * 50 + "\u201c\u201d" * 30 + "''" * 20
    assert direct(nlp, text) == []
