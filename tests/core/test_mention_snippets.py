"""Snippets centred on a mention: a few words either side, cut at word boundaries."""

from __future__ import annotations

from workbench.core.mention_snippets import mention_snippet

LEAD = "The opening words of a long paragraph that goes on for a while before it gets to "


def test_the_snippet_is_centred_on_the_mention_not_the_paragraph_opening() -> None:
    text = LEAD + "Obama, who said the talks would resume next week in Geneva with both sides."
    start = text.index("Obama")
    snippet = mention_snippet(text, start, start + 5, words_before=4, words_after=4)
    assert snippet.text == "… before it gets to Obama, who said the talks …"
    assert snippet.text[snippet.mark_start:snippet.mark_end] == "Obama"
    assert snippet.marked() == "… before it gets to [Obama], who said the talks …"


def test_an_emoji_and_crlf_before_the_mention_keep_the_mark_on_it() -> None:
    text = "Fans 😀 cheered\r\n\r\nas Zelensky\r\narrived 😀 late."
    start = text.index("Zelensky")  # code points: the emoji counts one
    snippet = mention_snippet(text, start, start + len("Zelensky"))
    assert snippet.text == "Fans 😀 cheered as Zelensky arrived 😀 late."
    assert snippet.text[snippet.mark_start:snippet.mark_end] == "Zelensky"


def test_a_window_of_a_longer_text_drops_the_words_it_halves() -> None:
    window = "nd then Merkel spoke to rep"  # a window cut mid-word at both ends
    start = window.index("Merkel")
    snippet = mention_snippet(window, start, start + 6, cut_before=True, cut_after=True)
    assert snippet.text == "… then Merkel spoke to …"
    assert snippet.text[snippet.mark_start:snippet.mark_end] == "Merkel"


def test_a_mention_at_the_very_start_and_end_needs_no_ellipsis() -> None:
    snippet = mention_snippet("NATO", 0, 4)
    assert (snippet.text, snippet.mark_start, snippet.mark_end) == ("NATO", 0, 4)
