"""The frame right after a quote names its speaker where the parse hangs the quote on
something else or finds no subject: a question after a verb that only reports a claim, a
long subject opening an open frame, a frame the sentence goes on into after a colon
introduction (``quote_attribution``), a name before "said" when a scene-setting clause
after the verb names someone else, and the one "heard asking" (``quote_cue_speakers``).
Sentences written for these tests; the real small model."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_question_after_a_denial_is_the_askers(nlp: Language) -> None:
    text = (
        "Officials fear that foreign hackers could tamper with the count. If hackers are "
        "trying to sway the vote, as many experts believe but Moscow strongly denies, "
        '"why would you not warn the public?" asked Jane Dunn, now a partner at a law firm.'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Jane Dunn"


def test_question_after_a_claim_is_the_askers(nlp: Language) -> None:
    text = (
        "If the rebels are behind the attack, as the army claims but the rebels deny, "
        '"who gains from it?" asked Tom Reed, a retired general.'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Tom Reed"


def test_question_a_verb_of_asking_reports_stays_the_askers(nlp: Language) -> None:
    text = 'The senator asked, "why would anyone vote for this?" said Tom Reed.'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The senator"


def test_name_before_said_not_the_one_in_the_when_clause(nlp: Language) -> None:
    text = (
        "Mayor Ellen Park praised the new chief at a press conference on Monday. "
        '"She is a very good officer, a very good officer," Park, the first woman to hold '
        "the office and a former judge, said when Smith asked her a question."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Park"


def test_long_subject_opening_an_open_frame_speaks(nlp: Language) -> None:
    text = (
        "At a rally here last week, Mike Pence showed the crowd a clip of Gov. Maggie Hassan "
        'trying to defend her record.\n\n"Governor Hassan, let me help you out - the answer is '
        'no," the Republican vice-presidential nominee riffed on Hassan\'s non-answer, drawing '
        "applause from the crowd."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the Republican vice-presidential nominee"


def test_the_one_heard_asking_speaks_not_the_one_asked(nlp: Language) -> None:
    text = (
        'The mayor spoke on Monday.\n\n"Will the plant close next year?" a worker can be '
        "heard asking the mayor in the video."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "a worker"


def test_frame_going_on_after_a_colon_introduction_credits_the_quote(nlp: Language) -> None:
    text = (
        "Trump did support the idea on Thursday, and NBC News has proof:\n\n"
        '"Should there be a database that tracks them?" a reporter can be heard asking '
        "Trump after an event in Iowa."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "a reporter"


def test_colon_introduction_keeps_a_quote_a_new_sentence_follows(nlp: Language) -> None:
    text = (
        'The mayor had one message for the council: "We will not close the plant." '
        "Reporters asked her about the budget afterwards."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The mayor"
