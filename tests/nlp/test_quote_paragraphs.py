"""One quotation over paragraphs keeps one speaker, whoever the sentence before it names.

Issue 15: the first paragraph of a quotation attributed at its end took the subject of
the sentence before it as its speaker; and a second paragraph whose reopening mark the
writer left out split the quotation in two.
"""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.quote_support import direct
from workbench.nlp.quote_marks import find_marked_spans
from workbench.nlp.quotes import find_quotes

_BEFORE = "Councillor Tom Reed opened the meeting on Tuesday night.\n\n"
_FIRST = "\u201cNobody in this hall has seen the budget we are asked to pass tonight."


def test_a_news_style_quotation_takes_its_closing_attribution_for_every_paragraph(
    nlp: Language,
) -> None:
    text = f"{_BEFORE}{_FIRST}\n\n\u201cWe deserve to read it first,\u201d Ana Ruiz added."
    (quote,) = direct(find_quotes(nlp(text)))  # its paragraphs are one span
    assert quote.text.startswith(_FIRST) and quote.text.endswith("first,\u201d")
    assert quote.group is None and quote.speaker_text == "Ana Ruiz"


def test_a_paragraph_without_its_reopening_mark_still_continues_the_quotation(
    nlp: Language,
) -> None:
    text = f"{_BEFORE}{_FIRST}\n\nWe deserve to read it first,\u201d she added."
    (quote,) = direct(find_quotes(nlp(text)))
    assert quote.text.startswith(_FIRST) and quote.text.endswith("first,\u201d")
    assert quote.speaker_text == "she"


def test_a_paragraph_that_opens_a_quotation_of_its_own_does_not_continue_a_stray_mark() -> None:
    text = ("Reed called the plan \u201cdead on arrival for the whole council.\n\n"
            "A \u201cbudget\u201d passed.")
    spans = [text[s.start : s.end] for s in find_marked_spans(text)]
    assert "\u201cbudget\u201d" in spans
    assert all("\n" not in span for span in spans)
