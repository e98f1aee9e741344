"""An inverted speaker after a quote that the parser read as the cue's object.

Sentences written for these tests: `"...," tweeted another.`, `"...," opined Boston's
Daily Ledger.` Word order says who spoke; a verb that addresses its object ("told
reporters") keeps the object as the one spoken to. Runs on the real small model
(``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct
from workbench.nlp.speaker_inverted_objects import inverted_object

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_paper_after_an_inverted_rare_cue_is_the_speaker(nlp: Language) -> None:
    text = "\u201cDrivers should leave their cars at home,\u201d opined Boston's Daily Ledger."
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Daily Ledger"


def test_another_after_tweeted_is_the_second_voter(nlp: Language) -> None:
    text = (
        "Voters were split. \u201cIt was a good night,\u201d one voter tweeted. "
        "\u201cWatch out for the tax bill,\u201d tweeted another."
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["one voter", "another"]


def test_an_inverted_object_after_a_question_mark(nlp: Language) -> None:
    text = "\u201cWho pays for the new bridge?\u201d wrote one reader."
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "one reader"


def test_the_object_of_an_addressing_verb_is_not_read_as_the_speaker(nlp: Language) -> None:
    doc = nlp("\u201cIt will take two years,\u201d told the council members.")
    told = next(token for token in doc if token.text == "told")
    assert inverted_object(told) is None


def test_an_object_before_more_words_is_no_inverted_subject(nlp: Language) -> None:
    doc = nlp("\u201cIt will take two years,\u201d wrote the letter to the council.")
    wrote = next(token for token in doc if token.text == "wrote")
    assert inverted_object(wrote) is None


def test_a_person_named_inside_the_inverted_phrase_stays_the_speaker(nlp: Language) -> None:
    text = "\u201cWe will stay,\u201d tweeted a student, Mia Chan."
    tweeted = next(token for token in nlp(text) if token.text == "tweeted")
    assert inverted_object(tweeted) is None
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Mia Chan"
