"""``blank_invisible``: one-line names never carry a character that breaks or hides text."""

from __future__ import annotations

from workbench.core.text import blank_invisible, printable


def test_what_printable_escapes_is_blanked_too() -> None:
    # Every character printable() shows as \uXXXX (controls, separators, bidi, surrogates).
    escaped = [chr(c) for c in range(0x3000) if printable(chr(c), keep="") != chr(c)]
    assert len(escaped) > 60
    assert blank_invisible("".join(escaped)) == " " * len(escaped)


def test_zero_width_private_and_unusual_spaces_become_plain_spaces() -> None:
    assert blank_invisible("a\u200bb\ue000c\u00a0d\u0378e") == "a b c d e"


def test_visible_text_and_plain_spaces_stay() -> None:
    assert blank_invisible("Zürich — “al-Assad” said 42 % 🙂") == "Zürich — “al-Assad” said 42 % 🙂"


def test_letters_and_symbols_that_draw_nothing_are_not_visible() -> None:
    """Before: a tag, claimant or imported text of Hangul fillers (U+3164, the classic blank
    user name) or blank braille (U+2800) counted as visible and made an empty-looking name."""
    from workbench.core.text import has_visible_character

    for blank in ("\u3164", "\u115f\u1160", "\uffa0 \u2800", "\u3164\u200b\n"):
        assert not has_visible_character(blank), repr(blank)
    assert has_visible_character("\u3164Kim")
    assert has_visible_character("\u3131")  # a real Hangul letter


def test_is_invisible_covers_every_space_and_format_character_but_no_accent() -> None:
    """One rule for what a name is trimmed of (quote speakers) and what a one-line name
    blanks: every whitespace and format character (zero-width space, BOM, direction
    marks) is invisible; a combining accent ending a decomposed name is not."""
    from workbench.core.text import is_invisible

    blanks = [chr(c) for c in range(0x3000) if chr(c).isspace()] + ["\u200b", "\ufeff", "\u200f"]
    assert all(is_invisible(char) for char in blanks)
    assert not any(is_invisible(char) for char in "aZ9\u0301\U0001f642\u201d")
