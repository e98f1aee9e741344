"""Quotation marks as outlets' copy really carries them (issue 15): a double quotation
closed with a single mark, two glued straight marks, marks written as HTML references.

Sentences written for these tests (invented people).
"""

from __future__ import annotations

from workbench.nlp.quote_entities import widened_to_references, with_reference_marks
from workbench.nlp.quote_marks import find_marked_spans


def spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_marked_spans(text)]


def test_a_single_mark_after_the_stop_closes_a_double_quotation() -> None:
    text = (
        "\u201cWe were never consulted, not once,\u2019 said Chief Ada Crowe of the "
        "river council. \u201cNot once in six years.\u201d"
    )
    assert spans(text) == [
        "\u201cWe were never consulted, not once,\u2019",
        "\u201cNot once in six years.\u201d",
    ]


def test_a_single_mark_ending_a_paragraph_closes_its_quotation() -> None:
    text = "She wrote: \u201cLet\u2019s go. Bring your signs.\u2019\n\nPolice said 400 came."
    assert spans(text) == ["\u201cLet\u2019s go. Bring your signs.\u2019"]


def test_a_nested_single_quotation_still_closes_inside_the_double_one() -> None:
    text = "\"When she said 'We'll see,' I knew it was over,\" said Ivo Brandt."
    assert spans(text) == ["\"When she said 'We'll see,' I knew it was over,\""]
    curly = "\u201cHe told me, \u2018Never again.\u2019 Then he left,\u201d said Mia Holt."
    assert spans(curly) == [curly[: curly.index(" said")]]


def test_two_glued_straight_marks_are_one_mark() -> None:
    text = '""We did all they asked,"" the owner, Rui Sal, told reporters on the steps.'
    assert spans(text) == ['""We did all they asked,""']


def test_html_references_are_read_as_marks_of_the_same_length() -> None:
    text = "&quot;We will appeal,&quot; said Lou Tam. &#8220;Today.&#8221; &amp; more"
    read, places = with_reference_marks(text)
    assert len(read) == len(text)
    assert read.startswith('     "We will appeal,"      said')
    assert "&amp;" in read  # only references to quotation marks are read
    span = find_marked_spans(read)[0]
    start, end = widened_to_references(span.start, span.end, places)
    assert text[start:end] == "&quot;We will appeal,&quot;"


def test_text_without_references_is_left_as_it_is() -> None:
    text = "Tom & Jerry said \u201cno.\u201d"
    assert with_reference_marks(text) == (text, [])
