"""Closing marks written wrong: the space on the wrong side (`could do, "said the juror`),
or an opening mark for a closing one before a bracketed source (`leads.“[Post.]`).

Detokenised copy moves the space before a straight closing mark; glued to the
attribution after it, the mark read by its neighbours would open a quotation, and the
pairing of the rest of the line would run off by one.
"""

from __future__ import annotations

from workbench.nlp.quote_marks import find_marked_spans


def spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_marked_spans(text)]


def test_mark_glued_to_said_closes_the_open_quotation() -> None:
    text = (
        'The jurors spoke on Saturday. "We did everything we could do, "said the foreman, '
        'a retired teacher. "It was a hard week," said another.'
    )
    assert spans(text) == ['"We did everything we could do, "', '"It was a hard week,"']


def test_mark_glued_to_a_name_and_a_verb_closes_the_open_quotation() -> None:
    text = (
        '"Buyers want a choice and they want it soon, "Garcia says. Rivals disagree. '
        '"Not this year," Lee says.'
    )
    assert spans(text) == ['"Buyers want a choice and they want it soon, "', '"Not this year,"']


def test_mark_glued_to_a_described_source_and_its_verb_closes_the_open_quotation() -> None:
    text = (
        '"His family stands behind the move, "a close aide to the senator said. '
        '"He made the call himself." The vote is next week.'
    )
    assert spans(text) == [
        '"His family stands behind the move, "',
        '"He made the call himself."',
    ]


def test_a_nested_quotation_on_a_described_source_going_on_still_opens() -> None:
    text = '"I told them, "the voters said no," and they laughed," Lee said.'
    assert '"I told them, "' not in spans(text)


def test_mark_glued_to_a_lower_case_word_closes_a_short_open_phrase() -> None:
    text = 'Critics say the "late fixes "meant to calm buyers will raise prices.\n\nMore.'
    assert spans(text) == ['"late fixes "']


def test_a_mark_before_a_lower_case_word_after_a_long_open_quotation_still_opens() -> None:
    text = '"We were told the plan was a good plan and "never mind the cost" by them," he said.'
    assert '"We were told the plan was a good plan and "' not in spans(text)


def test_a_mark_after_a_comma_with_no_quotation_open_still_opens_one() -> None:
    text = 'She said, "Lee says it will rain, and he is right," and left.'
    assert spans(text) == ['"Lee says it will rain, and he is right,"']


def test_a_nested_quotation_opening_on_a_pronoun_is_not_read_as_an_attribution() -> None:
    text = '"I told her, "He asked why, and I told him," and that was all," Lee said.'
    assert '"I told her, "' not in spans(text)


def test_an_opening_mark_after_a_stop_before_a_bracketed_source_closes() -> None:
    text = (
        "Digest - Pollsters: \u201cThe race is close. Nobody knows who leads.\u201c[Post.]\n\n"
        "Next item: \u201cTurnout was high,\u201d the clerk said."
    )
    assert spans(text) == [
        "\u201cThe race is close. Nobody knows who leads.\u201c",
        "\u201cTurnout was high,\u201d",
    ]


def test_an_opening_mark_before_an_edited_capital_still_opens() -> None:
    text = "She said, \u201c[W]e will be back next year,\u201d and left."
    assert spans(text) == ["\u201c[W]e will be back next year,\u201d"]


def test_an_unclosed_quotation_opened_in_brackets_ends_where_they_close() -> None:
    text = (
        "The poll splits by ideology (the left backs her by 20 points among the "
        "\u201cvery liberal voters and the young), and by region, where the race is "
        "tied across the whole of the north and the east of the country."
    )
    assert spans(text) == [
        "\u201cvery liberal voters and the young",
    ]


def test_brackets_opened_inside_an_unclosed_quotation_do_not_cut_it() -> None:
    text = (
        "He said: \u201cWe (the party) will win every seat in this state and the next "
        "one too, and nobody will stop us"
    )
    assert spans(text) == [text[text.index("\u201c") :]]
