"""A post-posed cue followed by a run of role words ending in a person's name: the name
speaks, not the first piece of a hyphenated role word the parser made the subject
("said co-founder and chief executive John Smith" read "co"). Sentences written for
these tests; runs on the real small model (``nlp``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import speaker_pairs

if TYPE_CHECKING:
    from spacy.language import Language

OPENING = "Researchers tested the idea on a farm in England.\n\n"


def test_hyphenated_role_before_a_coordinated_role_and_name(nlp: Language) -> None:
    text = (
        OPENING
        + '"Stripes may dazzle flies once they are close," said study co-author Martin How.'
        + '\n\n"We did not expect this," said co-founder and chief executive John Smith.'
    )
    assert [pair[0] for pair in speaker_pairs(nlp, text)] == ["Martin How", "John Smith"]


def test_vice_president_and_spokeswoman(nlp: Language) -> None:
    text = OPENING + '"It was a surprise," said vice-president and spokeswoman Anna Lee.'
    assert speaker_pairs(nlp, text) == [("Anna Lee", "Anna Lee")]


def test_a_name_before_the_cue_is_left_alone(nlp: Language) -> None:
    text = OPENING + '"It was a surprise," Anna Lee said of the co-author and his team.'
    assert speaker_pairs(nlp, text) == [("Anna Lee", "Anna Lee")]


def test_two_names_after_the_cue_are_not_one_speaker(nlp: Language) -> None:
    """A run naming two people is never handed to the last of them."""
    text = OPENING + '"We agree," said co-authors Anna Lee and John Smith.'
    assert speaker_pairs(nlp, text)[0][0] != "John Smith"
