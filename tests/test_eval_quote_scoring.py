"""The PolNeAR gold reading (tests/eval/quote_scoring.py): which span each annotated
content fragment becomes as a gold direct quote.

Why tested though the app does not ship it: the gold decides the published quote scores,
so a fragment the annotator selected from inside a quotation (one mark in it) must become
the quotation it names, not a one-character gold item no extractor can match, and a
fragment holding both marks must still be trimmed to them. Sentences are made up.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "eval"))

from polnear import Attribution, PolnearArticle  # noqa: E402
from quote_scoring import gold_statements  # noqa: E402


def _direct_gold(text: str, fragment: str, **options: bool) -> list[str]:
    start = text.index(fragment)
    article = PolnearArticle(
        name="made-up",
        split="dev",
        annotator="a",
        text=text,
        attributions=[Attribution(content=((start, start + len(fragment)),))],
    )
    direct, _, _ = gold_statements(article, **options)
    return [text[g.start : g.end] for g in direct]


def test_a_fragment_holding_both_marks_is_trimmed_to_them() -> None:
    text = 'The mayor said that "the bridge will reopen in May." Crews were out.'
    fragment = 'that "the bridge will reopen in May."'
    assert _direct_gold(text, fragment) == ['"the bridge will reopen in May."']


def test_a_fragment_begun_inside_the_quotation_runs_from_its_start_to_the_closing_mark() -> None:
    text = '"The bridge will reopen in May, and the ferry will run until then," she said.'
    fragment = 'The bridge will reopen in May, and the ferry will run until then,"'
    assert _direct_gold(text, fragment) == [fragment]


def test_a_fragment_stopped_before_the_close_runs_from_the_opening_mark() -> None:
    text = 'She said: \u201cThe ferry will run until the bridge reopens\u201d and left.'
    fragment = "\u201cThe ferry will run until the bridge reopens"
    assert _direct_gold(text, fragment) == [fragment]


def test_a_typeset_closing_mark_keeps_the_start_even_with_more_text_after_it() -> None:
    text = "They will rebuild it.\u201d Then the council met for three more hours to vote."
    fragment = "They will rebuild it.\u201d Then the council met for three more hours"
    assert _direct_gold(text, fragment) == ["They will rebuild it.\u201d"]


def test_the_literal_reading_and_the_old_protocol_keep_the_lone_mark() -> None:
    text = '"The bridge will reopen in May," she said.'
    fragment = 'The bridge will reopen in May,"'
    assert _direct_gold(text, fragment, literal=True) == ['"']
    assert _direct_gold(text, fragment, lone_mark_ends=False) == ['"']
