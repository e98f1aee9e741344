"""A "which" right after a closing mark stands for the quoted words, not their speaker
(``quote_context.relative_after``, issue 15): the quote carries on the last speaker.
Sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import speaker_pairs

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_which_after_the_quote_is_no_speaker(nlp: Language) -> None:
    text = (
        '"Our growers are angry with the ministry," said Helen Marsh, a director of the '
        'Valley Fruit Board. "It has been very slow with the export permits," which Marsh '
        "believes will push farmers to sell their land."
    )
    assert speaker_pairs(nlp, text)[-1] == ("Helen Marsh", "Helen Marsh")


def test_a_which_before_the_quote_still_speaks(nlp: Language) -> None:
    # "which" there stands for the body that reported the words, and speaks for it.
    text = (
        "The figures came from the Harbour Police Department, which reported "
        '"more than four hundred thefts from parked cars" in the first half of the year.'
    )
    assert speaker_pairs(nlp, text)[-1][0] == "the Harbour Police Department"


def test_a_that_after_a_quoted_label_is_no_speaker(nlp: Language) -> None:
    # "that" there stands for the chant (or a subject line, a slogan), never for a speaker.
    text = (
        "Boos rang out when Garcia named her rival, and the hall took up the old chant "
        "\u201cSend her home! Send her home!\u201d that echoed through the arena all week."
    )
    assert speaker_pairs(nlp, text)[-1][0] != "that"
