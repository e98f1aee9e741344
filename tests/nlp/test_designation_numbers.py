"""A numbered designation ("Juror No. 12") keeps its number as a speaker and a name.

Issue 15, dev6: the tokenizer splits "No." into a word and a stop, so the speaker of
`"We were searching," Juror No. 12 said.` came back as "Juror No", which names no one.
"""

from __future__ import annotations

from spacy.language import Language

from workbench.core.models import Mention
from workbench.nlp.entities import raw_mentions
from workbench.nlp.names import designation_end, numbered_designation_mentions
from workbench.nlp.quotes import attach_speakers, find_quotes


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


def test_a_bare_model_mention_cut_at_no_grows_before_speakers_resolve() -> None:
    text = '"It was hard," said Witness No. 3, a shopkeeper. Ann Lee nodded.'
    start = text.index("Witness")
    cut = Mention(start, start + len("Witness No"), "Witness No", "PERSON", "Witness No")
    kept = Mention(text.index("Ann"), text.index(" nodded"), "Ann Lee", "PERSON", "Ann Lee")
    grown = numbered_designation_mentions([cut, kept], text)
    assert [(m.text, m.entity) for m in grown] == [("Witness No. 3", "Witness No. 3"),
                                                  ("Ann Lee", "Ann Lee")]


def test_a_numbered_speaker_resolves_to_the_whole_designation(nlp: Language) -> None:
    text = '"Everyone was respectful," said Juror No. 8, one of six women on the panel.'
    doc = nlp(text)
    mentions = [Mention(e.start_char, e.end_char, e.text, e.label_, e.text) for e in doc.ents]
    quotes = attach_speakers(find_quotes(doc), mentions, text)
    assert [q.speaker for q in quotes] == ["Juror No. 8"]
