"""A frame after a quote whose verb the tagger read as a noun ("the editorial read.")
still names the quote's speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct
from workbench.nlp.quote_misread_cues import misread_frame

if TYPE_CHECKING:
    from spacy.language import Language


def test_an_editorial_read_frame_names_the_editorial(nlp: Language) -> None:
    text = (
        '"If the mayor wants to lead, she should come to the flooded towns," '
        "the editorial read."
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["the editorial"]


def test_a_banner_read_frame_names_the_banner(nlp: Language) -> None:
    text = 'Residents marched on Friday. "We want clean water," the banner read.'
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["the banner"]


def test_a_place_name_ending_in_a_cue_word_is_no_frame(nlp: Language) -> None:
    doc = nlp('"It will transform," she said of the United States.')
    after = next(t.i for t in doc if t.text == "of") + 1
    assert misread_frame(doc[after:]) is None


def test_a_longer_clause_is_no_frame(nlp: Language) -> None:
    doc = nlp('"We are ready," the editorial read to the crowd was wrong.')
    after = next(t.i for t in doc if t.text == "the")
    assert misread_frame(doc[after:]) is None


def test_state_after_a_plural_subject_is_the_frame_verb(nlp: Language) -> None:
    text = (
        '"The river is now safe for swimming," the engineers state in their report, '
        "which reached the council on Monday."
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["the engineers"]


def test_state_after_a_singular_noun_is_no_frame(nlp: Language) -> None:
    doc = nlp('"We will rebuild," the governor of the state said.')
    region = doc[next(t.i for t in doc if t.text == "the") :]
    assert misread_frame(region) is None
    singular = nlp('"We will rebuild," the farm state in the west.')
    start = next(t.i for t in singular if t.text == "the")
    assert misread_frame(singular[start:]) is None
