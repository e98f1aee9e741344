"""Typography as evidence when pairing quotation marks (issue 15).

A paragraph opened with the wrong curly mark is still a quotation; a straight mark that
never closes in a text set in curly marks is a stray, not a quote running to the line
end; a paragraph continues a quotation only with the same kind of mark (or when it closes
with that kind: the writer's marks are mixed); a markup attribute value (`id="..."`) is no
quotation.
"""

from __future__ import annotations

from workbench.nlp.quote_marks import find_marked_spans

OPEN, CLOSE = "\u201c", "\u201d"


def spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_marked_spans(text)]


def test_paragraph_opened_with_a_closing_curly_mark_is_a_quotation() -> None:
    text = (
        f"{OPEN}We tried everything,{CLOSE} the coach said.\n\n"
        f"{CLOSE} \u2026 and in the end the players simply ran out of time,{CLOSE} he added."
    )
    assert spans(text)[-1] == text[text.index(f"{CLOSE} \u2026") : text.index(" he added")]


def test_closing_mark_at_a_line_start_still_closes_a_wrapped_quote() -> None:
    text = f"{OPEN}We tried everything we could think of\n{CLOSE} the coach said."
    assert spans(text) == [text[: text.index(" the coach")]]


def test_unclosed_straight_mark_in_a_curly_text_is_a_stray() -> None:
    text = (
        f"{OPEN}Here he comes,{CLOSE} she said. {OPEN}Finally.{CLOSE}\n\n"
        '"Her partner slept through the whole speech that night.\n\n'
        f"{OPEN}That is right,{CLOSE} she said."
    )
    assert not any(s.startswith('"') for s in spans(text))
    assert len(spans(text)) == 3


def test_stray_straight_paragraphs_are_dropped_together() -> None:
    text = (
        '"HOST: Good evening and welcome to the programme tonight.\n\n'
        f'"GUEST: Thank you, it is like an episode of {OPEN}Shark Tank{CLOSE} in here.\n\n'
        f"{OPEN}It was a long night,{CLOSE} she said. {OPEN}Very long.{CLOSE}"
    )
    assert spans(text) == [
        f"{OPEN}Shark Tank{CLOSE}",
        f"{OPEN}It was a long night,{CLOSE}",
        f"{OPEN}Very long.{CLOSE}",
    ]


def test_unclosed_straight_mark_in_a_straight_text_is_still_recovered() -> None:
    text = '"We will rebuild every single home on this street, the mayor said.\n\nNext.'
    assert spans(text) == [text[: text.index("\n")]]


def test_paragraph_continues_a_quotation_only_with_the_same_kind_of_mark() -> None:
    text = (
        '"We will rebuild every single home on this street\n\n'
        f"{OPEN}Nobody asked us,{CLOSE} a neighbour said."
    )
    found = find_marked_spans(text)
    assert len(found) == 2
    assert found[0].chain != found[1].chain


def test_a_paragraph_reopened_in_the_other_kind_but_closed_in_this_one_continues() -> None:
    text = (
        '"The ice cracked under the first truck, and then under the second.\n\n'
        f'{OPEN}By noon the whole convoy had turned back to the shore."'
    )
    found = find_marked_spans(text)
    assert [text[m.start : m.end] for m in found] == text.split("\n\n")
    assert found[0].chain == found[1].chain


def test_markup_attribute_values_are_not_quotations() -> None:
    text = (
        '<tweet author="jane" text="we will win, she wrote">A post.</tweet>\n\n'
        '"We will win this one," she said.'
    )
    assert spans(text) == ['"We will win this one,"']


def test_straight_quote_nested_in_a_straight_one_is_kept_in_a_curly_text() -> None:
    text = (
        f"{OPEN}We know,{CLOSE} she said. {OPEN}Yes.{CLOSE}\n\n"
        '"But if somebody walks in and says, "I want ten thousand rounds," you would wonder'
    )
    assert any(s.startswith('"But if somebody') for s in spans(text))


def test_wrong_way_closing_mark_opening_a_quote_mid_line() -> None:
    text = f"He says,{CLOSE} there are a lot of people who never get listened to.{CLOSE}"
    assert spans(text) == [text[text.index(CLOSE) :]]


def test_inch_marks_after_digits_open_nothing() -> None:
    assert spans(f"A 6\u20192{CLOSE} guard and a 5\u201911{CLOSE} centre signed.") == []
