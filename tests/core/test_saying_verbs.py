"""One vocabulary of verbs of saying, in the core, read by the quote finder and the timeline."""

from __future__ import annotations

import pytest

from workbench.core import said_when, saying_verbs
from workbench.core.saying_verbs import (
    DATING_VERBS,
    SPEAKING_VERBS,
    SPEECH_VERBS,
    finite_forms,
    written_forms,
)


def test_the_quote_finder_and_the_timeline_read_one_vocabulary():
    from workbench.nlp import cues, quote_misplaced_marks

    assert cues.SPEECH_VERBS is SPEECH_VERBS
    # The timeline's words are written forms of the core's verbs, no list of their own.
    assert DATING_VERBS <= SPEECH_VERBS | SPEAKING_VERBS
    assert said_when.SAYING_VERBS == written_forms(DATING_VERBS)
    assert quote_misplaced_marks._POST_POSED <= SPEECH_VERBS


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("say", {"say", "says", "said", "saying"}),
        ("deny", {"deny", "denies", "denied", "denying"}),
        ("admit", {"admit", "admits", "admitted", "admitting"}),
        ("stress", {"stress", "stresses", "stressed", "stressing"}),
        ("write", {"write", "writes", "wrote", "writing"}),
        ("speak", {"speak", "speaks", "spoke", "speaking"}),
    ],
)
def test_written_forms(lemma, forms):
    assert written_forms(frozenset({lemma})) == forms


def test_a_form_that_is_mostly_a_noun_is_left_out():
    assert written_forms(frozenset({"talk"})) == {"talk", "talked", "talking"}


def test_finite_forms_are_the_third_person_and_the_past():
    assert finite_forms(frozenset({"reply", "tell"})) == {"replies", "replied", "tells", "told"}


def test_no_separate_past_participle_dates_a_saying():
    """ "a law written in 1787": before its date the participle describes a thing."""
    assert not {"written", "spoken"} & said_when.SAYING_VERBS
    assert saying_verbs.SPEAKING_VERBS <= DATING_VERBS


def test_the_name_rules_read_the_core_vocabulary():
    """``nlp.consistency`` and the speaker descriptions kept lists of "said says told ..."."""
    from workbench.nlp import consistency, speaker_business_descriptions, speaker_descriptions

    assert saying_verbs.SAID == {"said", "says", "told"}
    assert saying_verbs.past_tenses(frozenset({"say", "write", "reply", "note"})) == {
        "said", "wrote", "replied", "noted"}
    person_speaking = saying_verbs.PERSON_SPEAKING_VERBS
    assert person_speaking <= SPEECH_VERBS
    assert consistency._SPEECH == saying_verbs.SAID | saying_verbs.past_tenses(person_speaking)
    assert saying_verbs.SAID <= speaker_descriptions.NOT_MODIFIERS
    assert speaker_descriptions.NOT_MODIFIERS <= speaker_business_descriptions._NOT_MODIFIERS
    from workbench.nlp import names

    assert names._RUN_ON_VERBS == saying_verbs.finite_forms(frozenset({"say", "tell"})) | {
        "added", "asked"}
    assert names._CLOSING_WORD.search("Herbert Flynn Jr tells")
