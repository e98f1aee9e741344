"""A curly quotation nested in a straight or curly one stays inside it (issue 15)."""

from __future__ import annotations

from workbench.nlp.quote_marks import find_marked_spans


def spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_marked_spans(text)]


def test_curly_quote_nested_in_a_straight_one_is_part_of_it() -> None:
    text = (
        'He went on: "I will read you the question: \u201cAre you well?\u201d Forty-three, '
        'yes; forty-six, no." Then he left.'
    )
    assert spans(text) == [text[text.index('"I will') : text.index(" Then")]]


def test_straight_and_curly_quotes_side_by_side_stay_apart() -> None:
    text = '"A straight quote," she said, and \u201ca curly one\u201d followed.'
    assert spans(text) == ['"A straight quote,"', "\u201ca curly one\u201d"]


def test_nested_quote_without_an_outer_close_does_not_swallow_the_line() -> None:
    text = 'Say "unclosed and \u201cinner words here\u201d to the end of the line\nNext line.'
    assert "\u201cinner words here\u201d" in spans(text)


def test_curly_quote_nested_in_a_curly_one_is_part_of_it() -> None:
    text = (
        "\u201cHe told me \u201cnever give up on your neighbours,\u201d and I never "
        "have,\u201d said Ann Cole."
    )
    assert [(s.start, s.end) for s in find_marked_spans(text)] == [(0, text.index(" said"))]


def test_two_curly_quotes_on_a_line_stay_apart() -> None:
    text = "\u201cIt was the worst day,\u201d said Ann Cole. \u201cI will never forget it.\u201d"
    assert len(find_marked_spans(text)) == 2


def test_a_stray_curly_opening_mark_before_a_title_opens_nothing() -> None:
    """dev9: a mark left from a lost dateline (`5:03pm “ The “ Mean Girls ” star`) is
    no outer quotation: the closing marks after the title answer later opening marks."""
    text = (
        "May 2 \u201c The \u201c Hit Show \u201d star fooled a judge. Her lawyer said she was "
        "\u201c resting at the clinic \u201d today. The prosecutor said \u201c she is on a "
        "flight back home tonight. \u201d"
    )
    assert spans(text) == [
        "\u201c Hit Show \u201d",
        "\u201c resting at the clinic \u201d",
        "\u201c she is on a flight back home tonight. \u201d",
    ]


def test_a_nested_quote_followed_by_another_before_the_outer_close_stays_nested() -> None:
    text = (
        "\u201cThey chanted \u201cno more\u201d and then \u201cgo home,\u201d and we "
        "left,\u201d said Ann Cole."
    )
    assert [(s.start, s.end) for s in find_marked_spans(text)] == [(0, text.index(" said"))]


def test_a_quote_nested_in_a_paragraph_the_next_one_reopens_stays_nested() -> None:
    """A statement quoted over paragraphs in straight marks, in a text set in curly ones,
    with a curly title inside its first paragraphs: the paragraphs are one quotation,
    not strays that leave only the titles behind."""
    text = (
        "The mayor wrote:\n\n"
        '"The council no longer stands for \u201cHomes For All\u201d at all. It has moved on.\n\n'
        '"Its new plan, \u201cCity First,\u201d puts offices ahead of families.\n\n'
        '"We will fight it at every meeting."\n\n'
        "The council answered on Friday: \u201cThe plan is sound.\u201d"
    )
    found = spans(text)
    assert found[0].startswith('"The council no longer') and found[-2].endswith('meeting."')
    assert "\u201cHomes For All\u201d" not in found and "\u201cCity First,\u201d" not in found


def test_a_nested_quote_in_an_unclosed_line_the_next_line_does_not_reopen_stays_alone() -> None:
    text = (
        "The mayor wrote:\n\n"
        '"The council no longer stands for \u201cHomes For All\u201d at all.\n\n'
        "The council answered on Friday: \u201cThe plan is sound.\u201d "
        "And \u201cit is final.\u201d"
    )
    assert "\u201cHomes For All\u201d" in spans(text)


def test_transcript_turns_with_nested_titles_stay_strays() -> None:
    """Turns of a transcript pasted in straight marks (`"HOST: ...`) are not one quotation
    carried over paragraphs, whatever titles they quote."""
    text = (
        "From the interview:\n\n"
        '"HOST: You read \u201cThe Daily Ledger\u201d this morning.\n\n'
        '"GUEST: I read \u201cThe Evening Star\u201d instead.\n\n'
        '"HOST: Thank you."\n\n'
        "He later said \u201che enjoyed it.\u201d"
    )
    found = spans(text)
    assert "\u201cThe Daily Ledger\u201d" in found and "\u201cThe Evening Star\u201d" in found
