"""A role named only after its quotation (issue 15, session 51): "the mayor said ...
Mayor Tom Hollis". Written sentences; the speaker text stays the phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import speaker_pairs

if TYPE_CHECKING:
    from spacy.language import Language


def test_role_titled_after_the_quotation_is_its_speaker(nlp: Language) -> None:
    text = (
        'The council met on Monday night. "We won," the mayor told reporters. '
        "Mayor Tom Hollis has served since 2010."
    )
    assert speaker_pairs(nlp, text) == [("the mayor", "Tom Hollis")]


def test_definite_apposition_names_the_one_spoken_of(nlp: Language) -> None:
    """After "An officer said", a later "The officer, Name," still points back."""
    text = (
        "Officers found the car abandoned. An officer said the driver fled. "
        '"He was gone," the officer said. The officer, Dale Whitcombe, later filed a report.'
    )
    assert speaker_pairs(nlp, text) == [("the officer", "Dale Whitcombe")]


def test_unnamed_officer_is_not_a_later_titled_one(nlp: Language) -> None:
    text = (
        "Officers found the car abandoned. An officer said the driver fled. "
        '"He was gone," the officer said. Officer Jim Pratt later arrested the driver.'
    )
    assert speaker_pairs(nlp, text) == [("the officer", None)]


def test_anonymous_speaker_stays_unnamed(nlp: Language) -> None:
    text = (
        'The fire began on Tuesday. "We are deeply saddened," the spokeswoman said, '
        "speaking on condition of anonymity. Spokeswoman Karen Delgado later gave the figures."
    )
    assert speaker_pairs(nlp, text) == [("the spokeswoman", None)]
