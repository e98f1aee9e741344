"""Speakers in mainstream US news, session 16: rules found on the fresh dev6 split (ECB+).

One sentence per rule, written for the test: a quote that carries on after a post-posed
attribution stays its speaker's when the next sentence's verb is busy with something of its
own (a thing it adds or notes, an infinitive, or nobody to credit at all), while a next
sentence that only names whom it addressed ("told reporters") still credits the quote; two
titles joined by "and" before one name are that person's ("said county treasurer and
farmer Ruth Ames"), while "the mayor and ..." are two people. Extraction runs on the real
small English model (fixture ``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_quote_carries_on_past_a_next_sentence_that_adds_a_thing_of_its_own(
    nlp: Language,
) -> None:
    text = (
        'The visitors never led. "We kept our shape for the whole game," coach Dana Pruitt '
        'said. "I have been proud of this group since training camp." Leon Marsh added 12 '
        "rebounds for the hosts."
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["Dana Pruitt", "Dana Pruitt"]


def test_a_quote_carries_on_past_a_next_sentence_that_notes_a_thing(nlp: Language) -> None:
    text = (
        'The road will be widened next year. "Without the crossings the deer would be cut '
        'off," said Paul Ostrander of the Valley Trails Society. "The highway has split the '
        'valley for decades." Senator Mae Corbin noted the cost of the crossings.'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["Paul Ostrander", "Paul Ostrander"]


def test_a_quote_carries_on_past_a_next_sentence_with_nobody_to_credit(nlp: Language) -> None:
    text = (
        'The barn burned overnight. "It is too early to say what started it," he said. "We '
        'have no word on a motive." Damage to the barn was estimated at $200,000.'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["he", "he"]


def test_a_next_sentence_that_only_names_its_addressee_still_credits_the_quote(
    nlp: Language,
) -> None:
    text = (
        'The vote was close. "We lost," Mayor Jim Brown said. "It was a hard night for all '
        'of us." Councillor Anne Lee told reporters.'
    )
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].speaker_text is not None
    assert "Anne Lee" in quotes[-1].speaker_text


def test_two_titles_joined_before_one_name_are_that_persons(nlp: Language) -> None:
    text = (
        'Prices rose again in March. "Nobody saw this coming," said county treasurer and '
        "farmer Ruth Ames, a critic of the plan."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Ruth Ames"


def test_a_company_title_and_a_new_title_before_one_name_are_that_persons(
    nlp: Language,
) -> None:
    text = (
        'The merger closed on Friday. "We saw a chance to reach new markets," said Brightline '
        "CEO and new Acme general manager Victor Salas."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Victor Salas"


def test_a_title_with_an_article_and_a_name_are_two_people(nlp: Language) -> None:
    text = 'The fair opened on Monday. "We are happy," said the mayor and councillor Jane Smith.'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the mayor"


def test_a_speaker_called_by_given_name_is_the_full_name_it_begins(nlp: Language) -> None:
    text = (
        "Nora Hale will play next season for her father, coach Greg Hale. The decision took "
        'weeks. "I always wanted to play for him, and now I get to," Nora said.'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Nora"
    assert quote.speaker == "Nora Hale"


def test_a_given_name_two_full_names_share_stays_as_written(nlp: Language) -> None:
    text = (
        "Nora Hale and Nora Briggs both signed with the club on Monday. The decision took "
        'weeks. "I always wanted to play here, and now I get to," Nora said.'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Nora"


def test_a_letter_notifying_a_panel_is_the_writers(nlp: Language) -> None:
    text = (
        'The creamery stopped paying its loans. "We will make no further payment until we '
        'find a new site," Dana Ruiz, president of Hillside Dairy, notified the board on '
        "Aug. 1."
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Dana Ruiz"


def test_a_pronoun_keeps_the_parses_untagged_person_beside_a_tagged_one(nlp: Language) -> None:
    text = (
        "Rossi laid out the state's case on Tuesday before Judge Stephen Herrick. He said the "
        'pair rode to a corner known for fights, the reason being, "It\'s hot - lots of '
        'action in that area."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Rossi"


def test_some_of_a_group_keeps_the_group_it_counts(nlp: Language) -> None:
    text = (
        "Her brother was put into a police car. Some of the marchers shouted, \"That's his "
        'brother, let him go," and the crowd grew.'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Some of the marchers"
    assert quote.speaker is None


def test_a_quantity_pronoun_alone_stays_a_pronoun(nlp: Language) -> None:
    text = 'The plant closed in May. "We were never told why," some said.'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "some"


def test_a_thing_added_in_the_passive_is_no_cue(nlp: Language) -> None:
    text = (
        "The firm will drop the old chips. She said that new chips will be added to the "
        'servers "towards the end of this year."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "She"
    assert quote.cue == "said"


def test_a_next_sentence_agreeing_answers_the_quote_before_it(nlp: Language) -> None:
    text = (
        'Two men were talking at the barbershop. "See that guy?" said Elton Moss, 39, a '
        'telemarketer. "He can ride on the sidewalk. We can\'t." His barber, Julio Park, '
        "concurred."
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["Elton Moss", "Elton Moss"]
