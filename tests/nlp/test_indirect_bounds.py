"""An indirect statement stays within its sentence's line and keeps its marks balanced."""

from __future__ import annotations

from spacy.language import Language

from workbench.nlp.quotes import find_quotes


def indirect(nlp: Language, text: str) -> list[str]:
    return [q.text for q in find_quotes(nlp(text)) if q.kind == "indirect"]


def test_indirect_statement_never_crosses_a_paragraph_break(nlp: Language) -> None:
    text = (
        "The mayor said the bridge would reopen next spring after repairs\n\n"
        "Residents were sceptical at the meeting on Monday."
    )
    assert all("\n" not in statement for statement in indirect(nlp, text))
    assert indirect(nlp, text)[0].startswith("the bridge would reopen")


def test_indirect_statement_keeps_the_closing_mark_of_its_scare_quote(nlp: Language) -> None:
    text = "The inspector said the wiring was \"dangerous.\" The owners disagreed."
    (statement,) = indirect(nlp, text)
    assert statement.count('"') == 2
