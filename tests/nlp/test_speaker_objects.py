"""Speakers the parse puts outside the subject (session 10, issue 15).

`X quoted Y as saying "..."` and `Z led Y to say "..."`: Y speaks, not X or Z. `Westfield
coach Dana Holt said` misread by the small model (the name as an object of "coach"):
the person named right before the cue speaks. "Brammick conceded" with the surname read
as a common noun is still the person "Kel Brammick". Sentences written for these tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def _speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker_text for q in direct(analyse(nlp, text))]


def test_the_person_quoted_as_saying_speaks_not_the_outlet(nlp: Language) -> None:
    text = ('The Herald quoted Tim Varga, a former fire chief, as saying "the hall was '
            'never safe" and "everyone knew it."')
    assert _speakers(nlp, text) == ["Tim Varga", "Tim Varga"]


def test_the_person_led_to_speak_is_the_speaker(nlp: Language) -> None:
    text = 'Criticism from the union led Mayor Ortiz to say "I should have listened."'
    assert _speakers(nlp, text) == ["Ortiz"]


def test_a_pronoun_object_made_to_speak_is_the_speaker(nlp: Language) -> None:
    text = 'Weeks of questions finally prompted him to admit "we got it wrong."'
    assert _speakers(nlp, text) == ["him"]


def test_an_object_that_is_a_means_is_no_speaker(nlp: Language) -> None:
    text = 'Ortiz used the debate to demand that rivals "stop the lies."'
    assert _speakers(nlp, text) == ["Ortiz"]


def test_the_name_right_before_the_cue_speaks_after_a_long_role(nlp: Language) -> None:
    text = 'Longtime Morning Show producer and writer Sam Ortiz tweeted: "He was a legend."'
    assert _speakers(nlp, text) == ["Sam Ortiz"]


def test_a_lawyer_for_a_person_still_speaks_for_them(nlp: Language) -> None:
    text = '"No comment," a lawyer for John Smith said.'
    assert _speakers(nlp, text) == ["a lawyer for John Smith"]


def _doc_with_surname(nlp: Language, label: str) -> object:
    """ "Kel Brammick spoke . Brammick conceded ." with the second "Brammick" a NOUN carrying
    ``label`` ("" = untagged), as the small model reads an unknown sentence-opening name."""
    from spacy.tokens import Doc

    words = ["Kel", "Brammick", "spoke", ".", "Brammick", "conceded", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", f"B-{label}" if label else "O", "O", "O"]
    return Doc(nlp.vocab, words=words, pos=pos, ents=ents)


def test_an_untagged_surname_of_a_named_person_is_a_misread_name(nlp: Language) -> None:
    from workbench.nlp.doc_words import is_misread_surname

    assert is_misread_surname(_doc_with_surname(nlp, "")[4])
    assert is_misread_surname(_doc_with_surname(nlp, "ORG")[4])
    assert not is_misread_surname(_doc_with_surname(nlp, "")[5])  # a verb is no name


def test_an_open_quote_after_a_relative_clause_belongs_to_the_cue_after_it(
    nlp: Language,
) -> None:
    text = 'Everything the mayor promised "was a lie," Jones said.'
    assert _speakers(nlp, text) == ["Jones"]


def test_a_label_in_a_relative_clause_stays_with_the_aside(nlp: Language) -> None:
    text = 'In a clip that the judge called "distasteful," Smith expressed a wish to leave.'
    assert _speakers(nlp, text) == ["the judge"]
