"""Prime marks written for quotation marks are tokens of their own; measurements keep theirs."""

from __future__ import annotations

import pytest

from workbench.nlp.pipeline import analyze_document, load_pipeline


def _tokens(text: str) -> list[str]:
    return [token.text for token in load_pipeline().tokenizer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u2033We will win,\u2033 said Smith.", "\u2033 We will win , \u2033 said Smith ."),
        ("Smith\u2033 said", "Smith \u2033 said"),
        ("He said \u2033no\u2033.", "He said \u2033 no \u2033 ."),
        ("the \u2033Iron Lady\u2033 left", "the \u2033 Iron Lady \u2033 left"),
        ("\u2032Hello\u2032 she said", "\u2032 Hello \u2032 she said"),
        ("Apple\u2032s board", "Apple \u2032s board"),
        ("\u2036Go,\u2033said Lee", "\u2036 Go , \u2033 said Lee"),
    ],
)
def test_a_prime_used_as_a_quotation_mark_is_its_own_token(text: str, expected: str) -> None:
    assert _tokens(text) == expected.split()


@pytest.mark.parametrize(("text", "kept"), [("6\u20322\u2033 tall", "6\u20322\u2033"),
                                          ("at 26\u2032 46\u2033 N", "26\u2032"),
                                          ("at 26\u2032 46\u2033 N", "46\u2033")])
def test_feet_inches_minutes_and_seconds_keep_their_marks(text: str, kept: str) -> None:
    assert kept in _tokens(text)


def test_a_name_glued_to_a_prime_is_not_a_name_with_the_mark() -> None:
    """ "The board of ″Nordvik Ltd″ met": no entity carries the mark."""
    text = "Shares rose. \u2033We will grow,\u2033 Hanna Berg said at Nordvik Ltd\u2033s meeting."
    names = [m.text for m in analyze_document("", text, load_pipeline()).mentions]
    assert not any("\u2033" in name or "\u2032" in name for name in names)
