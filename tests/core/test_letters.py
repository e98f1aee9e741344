"""``CAPITAL`` and ``SMALL`` read accented names' letters and nothing that is no letter."""

from __future__ import annotations

import re

import pytest

from workbench.core.letters import CAPITAL, SMALL

_CAPITAL = re.compile(CAPITAL)
_SMALL = re.compile(SMALL)


@pytest.mark.parametrize("letter", list("AZÉÈÅÓÖØÞŁČŠŽŐİĐΩΣДЖЁЇƏẞǅ"))
def test_capital_takes_capitals_of_latin_greek_and_cyrillic(letter: str) -> None:
    assert _CAPITAL.fullmatch(letter)


@pytest.mark.parametrize("character", list("azéßłøωж019_ ×÷-.'’]\\^") + ["\u00a0", "\u0301"])
def test_capital_refuses_small_letters_digits_and_signs(character: str) -> None:
    assert _CAPITAL.fullmatch(character) is None


@pytest.mark.parametrize("letter", list("azéèåóöøþßłčšžőđωσςджёї"))
def test_small_takes_small_letters(letter: str) -> None:
    assert _SMALL.fullmatch(letter)


@pytest.mark.parametrize("character", list("AZÉŁΩД09_ ×÷-'"))
def test_small_refuses_capitals_digits_and_signs(character: str) -> None:
    assert _SMALL.fullmatch(character) is None


def test_an_accented_name_is_read_whole() -> None:
    """The shape the name rules use: "Åsa Romson" and "Émilie Dubois" are two capitalised words."""
    word = re.compile(rf"{CAPITAL}{SMALL}+(?:[ \u00a0]{CAPITAL}{SMALL}+)+")
    for name in ("Åsa Romson", "Émilie Dubois", "Éric Girard", "Łukasz Żółć", "Ólafur Ragnar"):
        assert word.fullmatch(name), name


def test_classes_are_plain_strings_safe_inside_a_pattern() -> None:
    """No bracket, backslash, caret or hyphen of their own that would change a pattern."""
    for pattern in (CAPITAL, SMALL):
        inner = pattern[1:-1]
        assert pattern.startswith("[") and pattern.endswith("]")
        assert not {"[", "]", "\\", "^"} & set(inner)
        assert not inner.startswith("-") and not inner.endswith("-")
