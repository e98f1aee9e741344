"""One shortening rule for the terminal and the exports."""

from __future__ import annotations

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

