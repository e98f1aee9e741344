"""Kinds of attribution wire copy writes, read from the pattern set we wrote (issue 15,
session 24, ``tests/eval/patterns_gold``): a body named by the place it serves and its
noun ("Toronto police said", ``speaker_institutions``); a person whose age stands in
commas after the name ("Marcus Hill, 34,", ``speaker_name_shaped_orgs``), found again by
"he"; "the 62-year-old" for the one person a feature names (``speaker_descriptions``); a quote
standing alone credited by the next sentence's frame ("So says X", "That was the
assessment of X", ``quote_credit_after``); a lone surname the model reads as a product
("Cole looked ...") still the person named in full, for the pronoun after it (``doc_words``);
"his mother said" for the person the same phrase set off in commas before ("his mother,
Carol,", ``speaker_apposed_phrases``).
Sentences written for these tests (not the set's); run on the real small model (``nlp``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import canonical_speaker, mention_of, speaker_pairs
from workbench.nlp.speaker_apposed_phrases import apposed_person
from workbench.nlp.speaker_institutions import institution_speaker


@pytest.mark.parametrize(
    ("phrase", "body"),
    [("Ottawa police", "Ottawa police"), ("the Israeli military", "Israeli military"),
     ("The Manitoba government", "Manitoba government"), ("Ottawa Police", None),
     ("Ottawa police officers", None), ("Ottawa", None), ("A Toronto police", None),
     ("An Ottawa police", None)],
)
def test_a_body_named_by_its_place_and_noun_is_that_body(phrase: str, body: str | None) -> None:
    assert institution_speaker(phrase) == body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'A man was found injured near a bus shelter on Sunday. "Anyone with information '
            'should call us right away," Hamilton police said in a news release.',
            [("Hamilton police", "Hamilton police")],
            id="a_city_police_service_speaks_as_written",
        ),
        pytest.param(
            "Curtis Hale, 52, had worked at the mill since he was a teenager. The layoffs "
            'came with a week of notice. "We gave them our whole lives," he said.',
            [("he", "Curtis Hale")],
            id="a_name_with_its_age_in_commas_is_the_person_a_pronoun_finds",
        ),
        pytest.param(
            "Omar Baptiste has sold newspapers on the same corner since the 1980s.\n\n"
            '"People still stop to talk, they just do not buy much," the 71-year-old said.',
            [("the 71-year-old", "Omar Baptiste")],
            id="an_age_written_only_in_the_description_is_the_one_person_named",
        ),
        pytest.param(
            "Police arrested Tom Reed on Friday after an elderly man was attacked near the "
            'park. "He came from behind," the 62-year-old said.',
            [("the 62-year-old", None)],
            id="an_age_may_describe_someone_the_passage_brings_in_unnamed",
        ),
        pytest.param(
            'Tom Reed, a retired man of the sea, has fished here for years. "It is harder '
            'every winter," the 62-year-old said.',
            [("the 62-year-old", "Tom Reed")],
            id="a_phrase_describing_the_one_named_leaves_him_the_age",
        ),
        pytest.param(
            '"The ice was thinner than it has ever been."\n\nThat was the warning of '
            "Gordon Pelly, who has guided fishing trips on the lake since 1990.",
            [("Gordon Pelly", "Gordon Pelly")],
            id="the_assessment_of_x_in_the_next_paragraph_credits_the_quote",
        ),
        pytest.param(
            'Council met late into the night.\n\n"We cannot keep raising taxes."\n\nSo says '
            "Councillor Ruth Abara, who voted against the budget.",
            [("Councillor Ruth Abara", "Ruth Abara")],
            id="so_says_x_in_the_next_paragraph_credits_the_quote_before_it",
        ),
        pytest.param(
            'Aldo Reyes spoke first. "Nobody saw this coming," he said. That was the view '
            "of Mina Tse as well.",
            [("he", "Aldo Reyes")],
            id="a_frame_after_an_attributed_quote_credits_nothing",
        ),
        pytest.param(
            '"What a sight!"\n\nThat was the view from the summit of Mount Hood, which Ann '
            "Lee climbed in June.",
            [(None, None)],
            id="a_frame_naming_a_place_credits_nothing",
        ),
        pytest.param(
            'Drivers must stop for school buses.\n\n"No vehicle shall pass a stopped bus."'
            "\n\nSo says the law, and police will enforce it.",
            [(None, None)],
            id="a_frame_naming_a_thing_that_cannot_speak_credits_nothing",
        ),
        pytest.param(
            'Crews worked through the night.\n\n"We have never seen water this high."\n\n'
            "That was the assessment of a farmer who has lived by the river for 40 years.",
            [("a farmer", None)],
            id="a_frame_naming_a_noun_with_a_who_clause_credits_that_person",
        ),
        pytest.param(
            'Shares fell again on Friday.\n\n"Sales will recover next year."\n\nThat was '
            "the prediction of the company, which cut 200 jobs in May.",
            [("the company", None)],
            id="a_frame_naming_a_business_by_its_noun_credits_it",
        ),
        pytest.param(
            "Judge Anne Lasko sentenced Daniel Cole to five years. Cole looked at the floor "
            'as the sentence was read. "I accept what I did," he said.',
            [("he", "Daniel Cole")],
            id="a_surname_read_as_a_product_is_the_subject_a_pronoun_continues",
        ),
        pytest.param(
            "Lucas Grey, 12, and his grandmother, Edith Moss, were rescued from the roof. "
            '"We waited for hours in the cold," his grandmother said.',
            [("his grandmother", "Edith Moss")],
            id="a_phrase_named_in_commas_before_is_that_person",
        ),
        pytest.param(
            "Lucas Grey, 12, was rescued from the roof with his grandmother. "
            '"We waited for hours in the cold," his grandmother said.',
            [("his grandmother", None)],
            id="a_phrase_never_named_stays_a_phrase",
        ),
    ],
)
def test_quote_speakers_and_canonical_speakers(
    nlp: Language, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    """Each case is one sentence form; the id names what it checks."""
    assert speaker_pairs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('Lucas Grey, 12, was rescued with his grandmother, Edith Moss, on Sunday. "We '
         'waited," his grandmother said.', "Edith Moss"),
        ('A spokesman for his grandmother, Edith Moss, said little. "We waited," his '
         "grandmother said.", None),
        ('A friend of his grandmother, Edith Moss, said little. "We waited," his '
         "grandmother said.", None),
    ],
)
def test_a_phrase_completing_another_noun_lends_it_no_name(text: str, person: str | None) -> None:
    """After "for" or "of" the name in commas may be the noun before's ("a spokesman for
    the mayor, Jim Reid,"), so the phrase quoted alone later stays unnamed."""
    name = "Edith Moss"
    mentions = [mention_of(text, name, "PERSON")]
    found = apposed_person("his grandmother", text.rindex("his grandmother"), mentions, text)
    assert (found.entity if found else None) == person


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('The mayor, Lina Park, said "we will rebuild" on Tuesday.', "Lina Park"),
        ('Floodwater reached the old town overnight. The mayor, Lina Park, said "we will '
         'rebuild" on Tuesday.', "Lina Park"),
        ('The company\'s CEO, Ann Lee, said "we will not sell the plant" on Monday.', "Ann Lee"),
        ('Her lawyer, Tom Ruiz, told reporters "my client is innocent" outside the court.',
         "Tom Ruiz"),
        ('The spokesman, Omar Haddad, said "talks will resume in March" after the meeting.',
         "Omar Haddad"),
    ],
)
def test_a_speaker_phrase_naming_its_person_in_commas_is_that_person(
    text: str, person: str
) -> None:
    """Attack run 18: "The mayor, Lina Park, said" kept "The mayor" as speaker with no
    entity (the model read the name as a place), so Lina Park's page counted no quote."""
    assert canonical_speaker("Storm", text, "we will" if "we will" in text else '"') == person


def test_the_phrase_itself_followed_by_a_name_in_commas_is_that_person() -> None:
    text = 'The mayor, Lina Park, said "we will rebuild" on Tuesday.'
    mentions = [mention_of(text, "Lina Park", "PERSON")]
    found = apposed_person("The mayor", 0, mentions, text)
    assert found is not None and found.entity == "Lina Park"
