"""An indirect statement stays within its sentence's line and keeps its marks balanced."""

from __future__ import annotations

from spacy.language import Language

from workbench.nlp.quotes import find_quotes


def indirect(nlp: Language, text: str) -> list[str]:
    return [q.text for q in find_quotes(nlp(text)) if q.kind == "indirect"]


def test_indirect_statement_never_crosses_a_paragraph_break(nlp: Language) -> None:
    text = (
        "The council met on Monday.\n\n"
        "The mayor said the bridge would reopen next spring after repairs\n\n"
        "Residents were sceptical at the meeting on Monday."
    )
    assert all("\n" not in statement for statement in indirect(nlp, text))
    assert indirect(nlp, text)[0].startswith("the bridge would reopen")


def test_indirect_statement_keeps_the_closing_mark_of_its_scare_quote(nlp: Language) -> None:
    text = "The inspector said the wiring was \"dangerous.\" The owners disagreed."
    (statement,) = indirect(nlp, text)
    assert statement.count('"') == 2


def test_no_indirect_statement_from_the_headline(nlp: Language) -> None:
    text = (
        "Mayor says city will rebuild the old bridge by spring\n"
        "The city council met on Monday to discuss the repairs."
    )
    assert indirect(nlp, text) == []


def test_no_indirect_statement_from_a_caption_with_a_credit(nlp: Language) -> None:
    text = (
        "The council met on Monday.\n"
        "A resident said the bridge had been closed for far too long. (Jane Doe/The Daily Star)\n"
        "The vote is next week."
    )
    assert indirect(nlp, text) == []


def test_indirect_statement_in_the_body_is_kept(nlp: Language) -> None:
    text = (
        "Council meets on bridge\n"
        "The mayor said the city would rebuild the old bridge by spring."
    )
    assert indirect(nlp, text) == ["the city would rebuild the old bridge by spring"]


def test_no_indirect_statement_of_marks_alone(nlp: Language) -> None:
    # untrusted text: the parse may hang a run of stray marks on a verb of saying
    text = "John Smith warned -- \u2019 \u00bb \u2032 \u00ab \u2039"
    assert indirect(nlp, text) == []


def test_the_complement_opened_by_that_is_the_statement_not_a_fronted_condition() -> None:
    """The app's parser hangs the fronted condition on "worry" as a second complement here."""
    from workbench.nlp.pipeline import load_pipeline

    text = ('Mr. Clarke got an extension, saying his "start-up capital was less than '
            'expected."\n\nShould Mr. Clarke\'s company run into financial trouble, '
            "environmentalists worry that the cost of reclaiming the mines could fall to "
            "West Virginia taxpayers.")
    assert indirect(load_pipeline(), text)[-1] == (
        "the cost of reclaiming the mines could fall to West Virginia taxpayers")
