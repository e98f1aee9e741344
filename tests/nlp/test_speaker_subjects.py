"""Which parse subject may speak for a cue (issue 15, attribution on unseen news).

Each test is a sentence written for it: a passive cue with no agent has no speaker, a
dash the parser made a second subject is no speaker, a plural noun is never the subject
of a verb in "-s", and a cue with no subject never borrows the object of another verb or
a place. Runs on the real small model (``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_agentless_passive_cue_gives_no_speaker(nlp: Language) -> None:
    text = (
        "When Factcheck Weekly examined the mayor's statement, it was labeled "
        "\u201cMostly False.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text is None
    assert quote.speaker is None


def test_agentless_passive_in_a_clause_does_not_climb_to_the_main_subject(
    nlp: Language,
) -> None:
    text = (
        "Dozens of voters said they had not cast a ballot since 2008, in what is being "
        "criticized as a \u201cuse it or lose it\u201d approach to voting."
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == [None]


def test_passive_quoted_keeps_its_subject_as_speaker(nlp: Language) -> None:
    text = "Mayor Ellen Brandt was quoted as saying \u201cthe budget is balanced.\u201d"
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Ellen Brandt"


def test_a_dash_read_as_subject_is_skipped_for_the_name(nlp: Language) -> None:
    text = (
        "When Clinton noted that Trump has occasionally not paid anything in federal "
        "income taxes \u2015 as was true for the few years his tax returns were made "
        "public \u2015 Trump boasted, \u201cThat makes me smart.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Trump"


def test_plural_noun_is_not_the_subject_of_a_verb_in_s(nlp: Language) -> None:
    text = (
        "The candidate has a long record.\n\n"
        "Calls men derogatory names, like \u201cpigs,\u201d and runs beauty pageants."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.text == "\u201cpigs,\u201d"
    assert quote.speaker_text is None


def test_object_of_a_verb_preposition_is_not_the_nearest_speaker(nlp: Language) -> None:
    text = (
        "Preys on our worst fears, regarding Muslims and immigrants, and calls people "
        "\u201closers\u201d and \u201csad.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.text == "\u201closers\u201d and \u201csad.\u201d"
    assert quote.speaker_text is None


def test_object_of_a_noun_preposition_can_still_speak(nlp: Language) -> None:
    text = (
        "\u201cThe bravery of ordinary Londoners is incredible\u201d tweeted Mayor of "
        "London Sadiq Khan (no relation)."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Sadiq Khan"


def test_a_place_near_a_subjectless_cue_is_not_its_speaker(nlp: Language) -> None:
    text = (
        "At the convention in Cleveland, delegates replaced the plank with language "
        "calling for \u201cappropriate assistance.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text is None


def test_cue_hung_on_the_reported_clause_belongs_to_the_reporter(nlp: Language) -> None:
    text = (
        "In an interview on Monday, Sanders said the process of writing the platform "
        "could be \u201cmessy,\u201d adding, \u201cDemocracy is messy.\u201d"
    )
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].text == "\u201cDemocracy is messy.\u201d"
    assert quotes[-1].speaker_text == "Sanders"


def test_conjoined_cue_in_a_reported_clause_belongs_to_the_reporter(nlp: Language) -> None:
    text = (
        "He claimed a vaccine was near and said people are \u201clearning to live\u201d "
        "with the virus."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "He"


def test_a_person_named_by_age_speaks(nlp: Language) -> None:
    text = (
        "\u201cDonald is, and always has been, an amazing leader,\u201d said the "
        "46-year-old. \u201cNow, he will go to work for you.\u201d"
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["the 46-year-old", "the 46-year-old"]


def test_of_two_parse_subjects_the_person_speaks_not_the_place(nlp: Language) -> None:
    text = (
        "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, "
        "calling him \u201ca total stiff.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Trump"


def test_a_dateline_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "Washington (AFP) \u2013 Democrat Hillary Clinton has taken a swipe at Republican "
        "rival Donald Trump\u2019s stance on Brexit, saying that \u201cbombastic comments\u201d "
        "do more harm than good."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Hillary Clinton"


def test_a_cue_in_a_which_aside_is_not_the_speakers(nlp: Language) -> None:
    text = (
        "House of Commons Speaker John Bercow commented on the matter \u2014 which the "
        "BBC noted as an unusual move by a Speaker \u2014 \u201cHowever it is dressed up, "
        "it is blindingly obvious that the purpose is to stop Parliament debating.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "John Bercow"


def test_a_statement_saying_speaks_for_whoever_issued_it(nlp: Language) -> None:
    text = "The ministry issued a statement saying the strike was \u201centirely unjustified.\u201d"
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The ministry"


def test_a_signed_letter_speaks_for_its_signers_not_the_last_name(nlp: Language) -> None:
    text = (
        "Fifty former intelligence officials, including John Brennan, Leon Panetta, and "
        "Michael Hayden, signed a letter saying the report \u201chas all the classic "
        "earmarks of a Russian information operation.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Fifty former intelligence officials"


def test_a_surname_misread_as_a_place_still_carries_to_the_next_quote(nlp: Language) -> None:
    text = (
        "Christie was joined Monday at a town hall meeting in Hudson by Buddy Valastro, "
        "star of the TLC reality show \u201cCake Boss.\u201d\n\nValastro praised "
        "Christie\u2019s leadership in the aftermath of Hurricane Sandy and his ability to "
        "get things done.\n\n\u201cWe need someone who\u2019s going to cut through the "
        "bullcrap and bring people together.\u201d"
    )
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].speaker_text == "Valastro"
    assert quotes[-1].speaker == "Buddy Valastro"


def test_a_name_parsed_as_compound_of_its_cue_is_the_subject(nlp: Language) -> None:
    text = (
        "\u201cThere were some of us who thought you might be able to work with them,\u201d "
        "Bozell points out.\n\n\u201cBesides that, not a single accomplishment,\u201d "
        "Bozell notes."
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["Bozell", "Bozell"]
