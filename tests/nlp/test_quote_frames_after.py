"""The frame right after a quote names its speaker where the parse hangs the quote on
something else: a question after a verb that only reports a claim (``quote_attribution``),
and a name before "said" when a scene-setting clause after the verb names someone else
(``quote_cue_speakers``). Sentences written for these tests; the real small model."""

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
