"""A quoted phrase with no verb of saying takes the subject of the verb governing it
(issue 15, session 14): `X shot back that the "..."`, `The report found "..."`. Only a
subject that can speak (a name, a person's pronoun, a role, a public body, an owned
group, a written thing); weather and places never do. Sentences written for these tests;
run on the real small model (``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_quote_under_a_non_speech_verb_takes_its_named_subject(nlp: Language) -> None:
    text = (
        "Councillor Ruth Abara shot back that the \u201cresidents of Eastfield have waited "
        "far too long for this\u201d before the vote, so the motion failed."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text is not None
    assert quote.speaker_text.endswith("Ruth Abara")


def test_a_written_thing_as_subject_speaks_its_quote(nlp: Language) -> None:
    text = (
        "The council's report found \u201cno evidence that the contract was awarded "
        "improperly.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The council"


def test_a_subject_that_cannot_speak_gives_no_speaker(nlp: Language) -> None:
    text = (
        "The weather turned cold, with \u201ca bitter wind from the hills\u201d in the "
        "afternoon."
    )
    quotes = direct(analyse(nlp, text))
    assert all(q.speaker_text is None for q in quotes)


def test_quoted_paragraph_after_a_parenthetical_cue_is_its_speakers(nlp: Language) -> None:
    text = (
        "If anything, Nadia Ferreira argued in her letter, the closure shows why the "
        "trust needs new rules.\n\n\u201cIn light of this failure, is it wise to leave "
        "every decision about the wards to a single manager?\u201d\n\nThe row comes at a "
        "difficult time for the hospital."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Nadia Ferreira"


def test_quoted_paragraph_after_narration_without_a_speaker_stays_unattributed(
    nlp: Language,
) -> None:
    text = (
        "If anything, the closure shows why the trust needs new rules.\n\n\u201cIn light "
        "of this failure, is it wise to leave every decision about the wards to a single "
        "manager?\u201d\n\nThe row comes at a difficult time for the hospital."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text is None
