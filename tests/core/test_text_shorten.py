"""One shortening rule for the terminal and the exports."""

from __future__ import annotations

import pytest

from workbench.core.text import plural, shorten


def test_short_text_is_only_flattened() -> None:
    assert shorten("a\n b\tc", 10) == "a b c"


def test_a_cut_falls_after_a_whole_word_and_the_ellipsis_counts() -> None:
    out = shorten("The minister said the bridge would reopen in May.", 30)
    assert out == "The minister said the bridge…" and len(out) <= 30


def test_a_long_first_word_is_cut_inside_rather_than_dropped() -> None:
    out = shorten("Supercalifragilisticexpialidocious word", 12)
    assert out == "Supercalifr…"


def test_plural_counts_one_and_many_and_irregular_words() -> None:
    assert [plural(1, "document"), plural(0, "document"), plural(2, "analysis", "analyses")] == [
        "1 document", "0 documents", "2 analyses"]


def test_unquoted_drops_marks_that_enclose_the_whole_text():
    from workbench.core.text import unquoted

    assert unquoted('"I won this election"') == "I won this election"
    assert unquoted("“Russia will respond”") == "Russia will respond"
    assert unquoted("«Non»") == "Non"


def test_unquoted_keeps_marks_that_do_not_enclose_everything():
    from workbench.core.text import unquoted

    assert unquoted('"Yes," he said') == '"Yes," he said'
    assert unquoted('"phony" and "nasty"') == '"phony" and "nasty"'
    assert unquoted('"') == '"'
    assert unquoted("") == ""



@pytest.mark.parametrize(
    "unit",
    ["\U0001F1E9\U0001F1EA",  # a flag: two regional indicators
     "\U0001F469\u200d\U0001F469\u200d\U0001F467",  # a family: people joined by ZWJ
     "\U0001F44D\U0001F3FD",  # a thumb with its skin tone
     "\u05e9\u05c1\u05b8",  # Hebrew shin with its points (no precomposed form)
     "\u2764\ufe0f"],  # a heart with its emoji presentation selector
)
def test_a_cut_never_splits_a_character_the_reader_sees_as_one(unit: str) -> None:
    """Before: a 1,000-character title of flags cut to '🇩🇪…🇩…' (a lone letter symbol),
    of family emoji to a dangling joiner; the import's metadata cut goes through here."""
    out = shorten(unit * 600, 1000)
    assert out.endswith("…") and len(out) <= 1000
    assert out[:-1] == unit * (len(out[:-1]) // len(unit))


def test_a_column_cut_keeps_what_fits_at_a_whole_character() -> None:
    """``list``'s source column: one cut rule with ``shorten``, at a character, not a word."""
    assert shorten("Süddeutsche Zeitung", 14, whole_words=False) == "Süddeutsche Z…"
    assert shorten("Süddeutsche Zeitung", 14) == "Süddeutsche…"
    assert shorten("Le  Monde", 14, whole_words=False) == "Le Monde"
    assert shorten("Flag 🇩🇪🇫🇷 News", 8, whole_words=False) == "Flag 🇩🇪…"  # a flag whole
    assert shorten("Flag 🇩🇪🇫🇷 News", 7, whole_words=False) == "Flag…"  # no space before …
