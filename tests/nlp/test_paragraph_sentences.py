"""A blank line always starts a sentence; a dateline after it stays whole, a single line
break is left to the parser."""

from __future__ import annotations

import pytest

from workbench.nlp.paragraph_sentences import add_paragraph_sentences
from workbench.nlp.pipeline import analyze_document, load_pipeline


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_pipeline()(text).sents]


def test_a_name_opening_the_paragraph_after_a_closing_quote_starts_a_sentence() -> None:
    text = ("“The plan is dead,” he said. “Nobody wants it.”\n\n"
            "House Speaker Paul Ryan told reporters the bill would pass.")
    assert _sentences(text)[-1] == "House Speaker Paul Ryan told reporters the bill would pass."


def test_the_next_paragraph_keeps_its_own_speaker() -> None:
    text = ("“We will not back down on this,” the senator said. “Not now.”\n\n"
            "Maria Lopez, who heads the union, told reporters the deal was a betrayal.")
    speakers = {q.text: q.speaker_text for q in analyze_document("", text).quotes}
    assert speakers.get("the deal was a betrayal") == "Maria Lopez"


@pytest.mark.parametrize(
    "dateline",
    ["WASHINGTON (AP) —", "LONDON (Reuters) -", "ST. PAUL, Minn. (AP) —", "KYIV, Ukraine —"],
)
def test_a_dateline_after_a_headline_stays_in_its_sentence(dateline: str) -> None:
    text = f"Storm hits coast\n\n{dateline} A storm hit the coast on Monday, officials said."
    assert _sentences(text) == [
        "Storm hits coast", f"{dateline} A storm hit the coast on Monday, officials said."
    ]


def test_a_quotation_over_two_paragraphs_keeps_its_speaker() -> None:
    text = "Smith said: “We tried everything.\n\n“We will try again next year,” he added."
    (quote,) = analyze_document("", text).quotes  # one quotation, one span
    assert quote.text == text[text.index("\u201c") : text.index(" he added")]
    assert quote.speaker_text == "Smith"


def test_a_single_line_break_does_not_force_a_sentence() -> None:
    text = "The minister said on Monday that the\nbudget would be cut."
    assert len(_sentences(text)) == 1


def test_list_items_after_blank_lines_are_sentences_of_their_own() -> None:
    text = "The report lists three causes:\n\nHigh prices\n\nLow wages\n\nBad roads"
    assert _sentences(text)[1:] == ["High prices", "Low wages", "Bad roads"]


def test_adding_the_component_twice_adds_it_once() -> None:
    import spacy

    nlp = add_paragraph_sentences(add_paragraph_sentences(spacy.blank("en")))
    assert nlp.pipe_names.count("paragraph_sentences") == 1


@pytest.mark.parametrize("dateline", ["WASHINGTON (Reuters) -", "WASHINGTON \u2015"])
def test_a_dateline_is_no_part_of_the_statement_after_it(dateline: str) -> None:
    text = (f"Storm hits coast\n\n{dateline} The storm cost $2 billion, "
            "a congressional report said on Tuesday.")
    (quote,) = [q for q in analyze_document("", text).quotes if q.kind == "indirect"]
    assert quote.text == "The storm cost $2 billion"


def test_only_a_word_after_a_blank_line_is_marked_wherever_the_whitespace_falls() -> None:
    import spacy

    from workbench.nlp.paragraph_sentences import mark_paragraph_sentences

    doc = mark_paragraph_sentences(spacy.blank("en")("\n\nOne two.\n \n\nThree four \n\n"))
    marked = [token.text for token in doc[1:] if token.is_sent_start]  # the first always is
    assert marked == ["One", "Three"]  # not the text's last whitespace, nor a space token
    assert list(mark_paragraph_sentences(spacy.blank("en")(""))) == []
