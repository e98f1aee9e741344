"""A pronoun speaker after a sentence that brings a new person in with a "who" clause
(issue 15): news introduces the next speaker so, right before the quote, and that
person outranks the subject of a sentence further back; a subject of the sentence
right before still wins. Sentences written for these tests; the real small English
model reads them (fixture ``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

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


def test_introduced_person_outranks_the_last_speaker(nlp: Language) -> None:
    text = (
        "\u201cThe vote was fair,\u201d Ron Keller said. Keller did not say when the "
        "count would end. The result came as a surprise to Northfield Films' Peter "
        "Strand, who worked on the campaign last year. "
        "\u201cNobody expected it,\u201d he told reporters."
    )
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].speaker == "Peter Strand"


def test_subject_of_the_sentence_before_still_wins(nlp: Language) -> None:
    text = (
        "Mayor Alan Reeves thanked councillor Tom Pike, who had voted for the plan in "
        "May. \u201cWe could not have done it without him,\u201d Reeves said. Reeves "
        "praised the council. \u201cIt was a team effort,\u201d he said."
    )
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].speaker == "Alan Reeves"
