"""Speakers on news written unlike PolNeAR: one sentence per category, written for these tests.

Each test pins one way speaker attribution used to fail on unseen news (issue 15):
pronouns far from the name, speakers carried over a paragraph break, common-noun
speakers, organisations next to a person's words, credits, and scare quotes inside
reported speech. Extraction runs on the real small English model (fixture ``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct
from workbench.nlp.quote_filters import is_furniture

if TYPE_CHECKING:
    from spacy.language import Language


def test_pronoun_two_sentences_after_the_name(nlp: Language) -> None:
    """The person last named as subject, not the last name seen ("John Marsh")."""
    text = (
        "Harriet Olsen has run the harbour authority since 2015. The board consulted "
        "John Marsh about her contract in March. \u201cWe will dredge the channel next "
        "spring,\u201d she said."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "she"
    assert quote.speaker == "Harriet Olsen"


def test_pronoun_gender_learnt_from_an_earlier_quote(nlp: Language) -> None:
    text = (
        "Ana Ortiz met Paul Brandt at the depot on Friday. \u201cThe trains will run on "
        "time,\u201d she said. \u201cWe will see,\u201d he said."
    )
    first, second = direct(analyse(nlp, text))
    assert first.speaker == "Ana Ortiz"
    assert second.speaker is not None and second.speaker.endswith("Brandt")


def test_speaker_carried_across_a_paragraph_break(nlp: Language) -> None:
    text = (
        "\u201cThe roof came down in seconds,\u201d said firefighter Dana Kowalski.\n\n"
        "\u201cWe got everyone out of the east wing before the second collapse.\u201d\n\n"
        "The cause of the fire is not yet known."
    )
    first, second = direct(analyse(nlp, text))
    assert first.speaker == "Dana Kowalski"
    assert second.speaker_text == "Dana Kowalski"
    assert second.speaker == "Dana Kowalski"


def test_common_noun_speaker_keeps_its_phrase_without_entity(nlp: Language) -> None:
    text = "\u201cThe water is safe to drink again,\u201d a spokesperson for the camp said."
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "a spokesperson for the camp"
    assert quote.speaker is None


def test_organisation_in_the_phrase_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "\u201cWe do not comment on individual requests,\u201d an Interpol spokesperson "
        "told reporters on Monday."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "an Interpol spokesperson"
    assert quote.speaker is None


def test_person_in_apposition_beats_the_organisation_subject(nlp: Language) -> None:
    text = (
        "The National Institute of Allergy and Infectious Diseases' director, Dr. Anthony "
        'Fauci, said of the outbreak, "Bottom line, it is going to get worse."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Anthony Fauci"


def test_the_german_government_is_not_german(nlp: Language) -> None:
    text = 'The German government said in a statement: "We will not accept these tariffs."'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "The German government"
    assert quote.speaker == "German government"  # the owned group itself, never "Germany"


def test_one_word_scare_quote_inside_reported_speech(nlp: Language) -> None:
    text = "The minister said the new dam would \"flood\" three villages in the valley."
    quotes = analyse(nlp, text)
    assert direct(quotes) == []
    (statement,) = [q for q in quotes if q.kind == "indirect"]
    assert '"flood"' in statement.text
    assert statement.speaker_text == "The minister"


def test_split_quote_around_the_verb(nlp: Language) -> None:
    text = (
        "\u201cWe will rebuild the bridge,\u201d Mayor Lena Varga said, \u201cand we "
        "will do it before winter.\u201d"
    )
    first, second = direct(analyse(nlp, text))
    assert first.speaker == second.speaker == "Lena Varga"
    assert first.group is not None and first.group == second.group


def test_credit_line_is_never_a_speaker(nlp: Language) -> None:
    text = "\u201cWe will rebuild every house.\u201d \u2014 Photo by Jane Doe"
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker is None and quote.speaker_text is None
    # a caption line ending in "Name / Agency" holds no quote at all (test_page_furniture)
    caption = "\u201cWe will rebuild every house.\u201d \u2014 Photo: Jane Doe / Reuters"
    assert direct(analyse(nlp, caption)) == []


def test_furniture_spans() -> None:
    text = "By Jane Doe\nPhoto: Max Roe / AP\nThe Reuters/Ipsos poll was released by Ann Lee."
    assert is_furniture(text, (3, 11))
    assert is_furniture(text, (19, 26))
    assert not is_furniture(text, (36, 48))
    assert not is_furniture(text, (text.index("Ann Lee"), len(text) - 1))
