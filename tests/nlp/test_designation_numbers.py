"""A numbered designation ("Juror No. 12") keeps its number as a speaker and a name.

Issue 15, dev6: the tokenizer splits "No." into a word and a stop, so the speaker of
`"We were searching," Juror No. 12 said.` came back as "Juror No", which names no one.
"""

from __future__ import annotations

from spacy.language import Language

from workbench.nlp.entities import raw_mentions
from workbench.nlp.names import designation_end
from workbench.nlp.quotes import find_quotes


def test_the_number_after_no_is_part_of_the_phrase() -> None:
    text = "Juror No. 12 said."
    assert text[: designation_end(text, 0, 8)] == "Juror No. 12"


def test_without_a_number_the_phrase_is_left_alone() -> None:
    text = "The answer was No. Then he left."
    assert designation_end(text, 4, 17) == 17
    assert designation_end("Juror Nobody 1", 0, 8) == 8


def test_a_quote_credited_to_a_numbered_juror_names_the_whole_designation(
    nlp: Language,
) -> None:
    text = '"We were searching," Juror No. 12 said. The jury met for four days.'
    quotes = find_quotes(nlp(text))
    assert [q.speaker_text for q in quotes] == ["Juror No. 12"]


def test_a_name_cut_at_no_takes_its_number(nlp: Language) -> None:
    doc = nlp('"Everyone was respectful," said Juror No. 8, one of six women on the panel.')
    surfaces = [m.text for m in raw_mentions(doc)]
    assert "Juror No" not in surfaces
