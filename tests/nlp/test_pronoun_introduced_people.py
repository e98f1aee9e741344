"""A pronoun speaker after a sentence that brings a new person in with a "who" clause
(issue 15): news introduces the next speaker so, right before the quote, and that
person outranks the subject of a sentence further back; a subject of the sentence
right before still wins. And a name written after a sentence's opening "He" is not
the next "he" (the pronoun goes on with its person). Sentences written for these
tests; the real small English model reads them (fixture ``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.nlp.quote_support import analyse, direct
from workbench.nlp.pipeline import analyze_document

if TYPE_CHECKING:
    from spacy.language import Language


def test_person_described_by_who_speaks_next(nlp: Language) -> None:
    text = (
        "\u201cThe budget is tight,\u201d Mayor Alan Reeves said. The decision surprised "
        "councillor Joan Pike, who had voted for the plan in May. "
        "\u201cI did not see this coming,\u201d she told the paper."
    )
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].speaker_text == "she"
    assert quotes[-1].speaker == "Joan Pike"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "\u201cThe vote was fair,\u201d Ron Keller said. Keller did not say when the "
            "count would end. The result came as a surprise to Northfield Films' Peter "
            "Strand, who worked on the campaign last year. "
            "\u201cNobody expected it,\u201d he told reporters.",
            "Peter Strand",
            id="introduced_person_outranks_the_last_speaker",
        ),
        pytest.param(
            "Mayor Alan Reeves thanked councillor Tom Pike, who had voted for the plan in "
            "May. \u201cWe could not have done it without him,\u201d Reeves said. Reeves "
            "praised the council. \u201cIt was a team effort,\u201d he said.",
            "Alan Reeves",
            id="subject_of_the_sentence_before_still_wins",
        ),
        # "He could not say ... Tom Ware. He said": the sentence's own "He" is someone
        # other than the name it writes, and the next "He" goes on with that person.
        pytest.param(
            "\u201cThe season was a hard one,\u201d said coach Dan Whitley after the game. "
            "He would not comment on the injury to striker Paul Mendes. "
            "He said: \u201cWe will see on Monday.\u201d",
            "Dan Whitley",
            id="name_after_an_opening_he_is_not_the_next_he",
        ),
        pytest.param(
            "\u201cWe have done our part,\u201d said coach Dan Whitley. He praised the "
            "physiotherapist Anna Cole for her work. She said: \u201cThe team recovered "
            "well.\u201d",
            "Anna Cole",
            id="she_after_a_sentence_opened_by_he_may_still_be_the_woman_named",
        ),
    ],
)
def test_the_last_pronoun_quote_goes_to(nlp: Language, text: str, expected: str) -> None:
    """Each case is one order of people in the sentences before; the id names it."""
    assert direct(analyse(nlp, text))[-1].speaker == expected


def test_she_after_a_chef_named_by_her_occupation_is_the_chef_not_the_earlier_speaker() -> None:
    """Issue 15: "she" went to the skipper who spoke the sentence before the chef's."""
    text = ('Skipper Bill Tremayne said the boats were staying in harbour. Chef Paris Kingsley '
            'opened her third restaurant on Friday. "Food is about memory," she said.')
    quotes = [q for q in analyze_document("Harbour town", text).quotes if "Food" in q.text]
    assert quotes[0].speaker == "Paris Kingsley"


def test_a_pronoun_hint_with_an_occupation_before_the_full_name_is_that_person() -> None:
    text = ('Bill Tremayne said the boats were staying in harbour. Chef Anna Kingsley '
            'opened her third restaurant on Friday. "Food is about memory," she said.')
    quotes = [q for q in analyze_document("Harbour town", text).quotes if "Food" in q.text]
    assert quotes[0].speaker == "Anna Kingsley"
