"""A quoted label of someone else's words is the labeller's (``quote_labelled_claims``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.nlp.quote_support import direct, direct_texts, speaker_pairs
from workbench.nlp.quotes import find_quotes

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Opposition Leader Pierre Poilievre called the prime minister\'s remarks "a '
            'disgrace" on Tuesday.',
            "Pierre Poilievre",
        ),
        (
            "In a statement, union president Lana Payne called the company's claims about "
            'the plant "false and misleading."',
            "Lana Payne",
        ),
        (
            'Councillor Ken Lee dismissed the chief\'s remarks as "political theatre."',
            "Ken Lee",
        ),
    ],
)
def test_the_labeller_of_owned_words_speaks(nlp: Language, text: str, speaker: str) -> None:
    """The parse hangs the quote (or its "as") on the owned claim noun, whose owner would
    speak; the verb of naming or judging over the noun is the cue, its subject speaks."""
    pairs = speaker_pairs(nlp, text)
    assert len(pairs) == 1
    assert pairs[0][1] is not None and pairs[0][1].endswith(speaker)


def test_an_as_label_on_the_object_is_the_verbs(nlp: Language) -> None:
    """`dismissed DeSantis's proposal as "a political stunt"`: the parser hangs "as" on the
    object, so no cue was found and the three words were dropped as a scare quote."""
    text = 'Governor Gavin Newsom dismissed DeSantis\'s proposal as "a political stunt."'
    quotes = direct(find_quotes(nlp(text)))
    assert [q.text for q in quotes] == ['"a political stunt."']
    assert quotes[0].speaker_text is not None and quotes[0].speaker_text.endswith("Newsom")


def test_the_claims_own_content_stays_the_owners(nlp: Language) -> None:
    """A "that" clause of the claim noun holds what the owner claimed, however it is
    judged after."""
    text = 'Senator Ann Moore called Trump\'s claim that "the election was rigged" absurd.'
    assert speaker_pairs(nlp, text) == [("Trump", "Trump")]


def test_such_as_lists_examples(nlp: Language) -> None:
    """"such as" hung on the object gives examples; nobody labels with it."""
    text = 'Jones rejected ideas such as "defund the police" at the meeting.'
    assert direct_texts(nlp, text) == []
