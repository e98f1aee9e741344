"""Pull quotes: a sentence a feature page repeats as a paragraph of its own, its
speaker's credit on the next line inside the marks, is no second quotation (issue 15).

The texts are written for these tests in the layout such pages arrive in when copied.
"""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.quote_support import analyse, direct
from workbench.nlp.quote_pull_quotes import is_pull_quote

BODY = (
    '"Small farms cannot wait another season for the water they were promised," said '
    "Maria Okafor, who chairs the growers' association in the valley."
)
PULLED = (
    '"Small farms cannot wait another season for the water they were promised.\n'
    'Maria Okafor, growers\' association."'
)
ARTICLE = f"The board met on Thursday.\n\n{PULLED}\n\nThe vote is in May.\n\n{BODY}\n"


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_a_credited_paragraph_repeating_the_story_is_a_pull_quote() -> None:
    assert is_pull_quote(ARTICLE, *_span(ARTICLE, PULLED))


def test_the_quotation_the_story_reports_is_no_pull_quote() -> None:
    quote = BODY[: BODY.index("said") - 1]
    assert not is_pull_quote(ARTICLE, *_span(ARTICLE, quote))


def test_a_credited_paragraph_found_nowhere_else_is_kept() -> None:
    text = f"The board met on Thursday.\n\n{PULLED}\n\nThe vote is in May.\n"
    assert not is_pull_quote(text, *_span(text, PULLED))


def test_a_question_on_the_last_line_is_no_credit() -> None:
    pulled = PULLED.replace("Maria Okafor, growers' association.", "Who will pay for it?")
    text = ARTICLE.replace(PULLED, pulled)
    assert not is_pull_quote(text, *_span(text, pulled))


def test_a_quotation_inside_a_paragraph_is_no_pull_quote() -> None:
    text = ARTICLE.replace(f"\n\n{PULLED}", f" She wrote: {PULLED}")
    assert not is_pull_quote(text, *_span(text, PULLED))


def test_the_story_keeps_one_quotation_with_its_speaker(nlp: Language) -> None:
    quotes = direct(analyse(nlp, ARTICLE))
    assert [q.text for q in quotes] == [BODY[: BODY.index(",") + 2]]
    assert quotes[0].speaker_text == "Maria Okafor"
