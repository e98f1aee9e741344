"""A participle of saying hung on the frame after an earlier quote speaks for that
frame's subject, and an owned claim noun before the "that" opening a quote is its cue
(``quote_frame_participles``). Sentences written for these tests; the real small model."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_participle_after_a_frame_is_the_frames_speaker(nlp: Language) -> None:
    text = (
        'The mayor cannot say that "from her point of view," Jones added, saying it '
        'should be "up to the council to decide."'
    )
    first, second = direct(analyse(nlp, text))
    assert first.speaker_text == "Jones"
    assert second.speaker_text == "Jones"


def test_participle_of_a_reported_clause_keeps_the_reporter(nlp: Language) -> None:
    text = 'Sanders said the process could be "messy," adding, "We will fight on."'
    assert direct(analyse(nlp, text))[-1].speaker_text == "Sanders"


def test_owned_comment_before_that_names_the_speaker(nlp: Language) -> None:
    text = (
        "As the hearing went on and Mayor Tom Baxter stood by his comment Monday that "
        '"the plan is dead," refusing to admit that some parts could work, Councillor '
        "Ann Jones again tried to rebuke him."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Tom Baxter"



def test_sentence_opened_by_adding_goes_on_from_the_one_before(nlp: Language) -> None:
    text = (
        'Later in the show, Maher said the report "wasn\'t good." Adding, "Now, like '
        'with all scandals, what they actually do is never that bad."'
    )
    assert direct(analyse(nlp, text))[-1].speaker_text == "Maher"


def test_adding_to_something_reports_no_one(nlp: Language) -> None:
    """Review of stop 55: "Adding to the woes" makes something worse; the chant's words
    are not the coach's, whom the sentence before names."""
    text = (
        "Coach Mike Babcock watched his team lose a fifth straight game on Saturday. "
        'Adding to the woes, "We need a new coach" chants rang out in the third period.'
    )
    assert all(q.speaker != "Mike Babcock" for q in direct(analyse(nlp, text)))
