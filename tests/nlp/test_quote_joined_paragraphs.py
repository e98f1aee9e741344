"""A quotation whose paragraph breaks were lost still pairs its marks (issue 15, dev6).

News convention leaves a quotation's paragraph without a closing mark and opens the next
one with a new mark. Feeds and archives that join paragraphs with a space keep that
unclosed paragraph on the same line as the next, so the new opening mark used to be read
as a quotation nested in the open one, and the pairing ran off by one to the article's
end: every later quotation was lost.
"""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.quote_support import direct
from workbench.nlp.quote_marks import find_marked_spans
from workbench.nlp.quotes import find_quotes

_JOINED = (
    "\u201cHe knew my dream is to play in the NBA,\u201d Doug said. "
    "\u201cBut the way I look at it, I can play there next year. "
    "\u201cI feel there are things I can work on.\u201d "
    "McDermott had heard it before. "
    "\u201cI care so much about Creighton,\u201d he said."
)


def spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_marked_spans(text)]


def test_an_unclosed_paragraph_ends_where_the_next_one_opens() -> None:
    assert spans(_JOINED) == [
        "\u201cHe knew my dream is to play in the NBA,\u201d",
        "\u201cBut the way I look at it, I can play there next year.",
        "\u201cI feel there are things I can work on.\u201d",
        "\u201cI care so much about Creighton,\u201d",
    ]


def test_the_parts_are_one_quotation() -> None:
    found = find_marked_spans(_JOINED)
    assert found[1].chain == found[2].chain and not found[1].closed and found[2].closed
    assert found[0].chain != found[1].chain != found[3].chain


def test_a_short_unclosed_paragraph_is_kept_as_part_of_the_quotation() -> None:
    text = (
        "\u201cHe told me to wait,\u201d Ann Cole said. \u201cThat stuck with me. "
        "\u201cThe money is nice, but you fight for your job.\u201d Then she left."
    )
    assert "\u201cThat stuck with me." in spans(text)


def test_the_same_for_straight_marks() -> None:
    text = (
        '"We will appeal," Reed said. "The ruling ignores the law. '
        '"It cannot stand." The court declined to comment.'
    )
    assert spans(text)[1:] == ['"The ruling ignores the law.', '"It cannot stand."']


def test_a_quotation_nested_after_a_full_stop_stays_nested() -> None:
    text = "\u201cI froze. \u201cGet out,\u201d he told me, and I ran,\u201d said Ann Cole."
    assert spans(text) == [text[: text.index(" said")]]


def test_a_mark_after_a_phrase_is_still_a_nested_quotation() -> None:
    text = "\u201cHe told me \u201cnever give up,\u201d and I never have,\u201d said Ann Cole."
    assert spans(text) == [text[: text.index(" said")]]


def test_every_part_takes_the_quotation_speaker(nlp: Language) -> None:
    text = (
        "Coach Dana Whitfield spoke after the game. "
        "\u201cWe were not ready for their press in the first half. "
        "\u201cThe second half was much better,\u201d Whitfield said."
    )
    quotes = direct(find_quotes(nlp(text)))
    assert len(quotes) == 2 and len({q.group for q in quotes}) == 1
    assert {q.speaker_text for q in quotes} == {"Whitfield"}
