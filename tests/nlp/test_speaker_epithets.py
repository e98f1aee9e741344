"""Epithet speakers (issue 15, session 51): "the evangelist" is the person just named.

Written sentences. A noun of renown the text never gave as a title stands for the one
person the sentence before its quotation names; a role anyone may hold, a kin noun or an
unnamed one brought in with the noun leaves the speaker open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct, mention_of
from workbench.nlp.speaker_epithets import epithet_person

if TYPE_CHECKING:
    from spacy.language import Language


def test_post_posed_epithet_is_the_speaker_just_named(nlp: Language) -> None:
    text = (
        '"We must act now," charity president Franklin Graham said in a statement. '
        '"My prayer is that the world will not sit by," the evangelist said.'
    )
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].speaker_text == "the evangelist"
    assert quotes[-1].speaker == "Franklin Graham"


def test_epithet_with_a_work_s_name_after_an_aged_mention(nlp: Language) -> None:
    """An age written with the name is no bar (the epithet gives none), nor a predicate
    noun ("a party girl") since the name."""
    text = (
        "The 41-year-old Marlowe Fenwick admitted last year she was a party girl. "
        'When asked about the tour, the Moonfall star said, "I have done enough."'
    )
    (quote,) = direct(analyse(nlp, text, {"Marlowe Fenwick": "Marlowe Fenwick"}))
    assert quote.speaker_text == "the Moonfall star"
    assert quote.speaker == "Marlowe Fenwick"


def test_role_anyone_may_hold_is_no_epithet() -> None:
    text = 'Rita Okonjo was arrested on Friday. "She ran," the officer said.'
    mentions = [mention_of(text, "Rita Okonjo", "PERSON")]
    assert epithet_person("the officer", text.index("the officer"), mentions, text) is None
    assert epithet_person("the mother", text.index("the officer"), mentions, text) is None


def test_unnamed_one_with_the_noun_leaves_it_open() -> None:
    text = (
        "A singer in the crowd booed. Later Dana Ruiz took the stage. "
        '"Thank you," the singer said.'
    )
    at = text.index("the singer")
    mentions = [mention_of(text, "Dana Ruiz", "PERSON")]
    assert epithet_person("the singer", at, mentions, text) is None
    alone = text[text.index("Later") :]
    found = epithet_person(
        "the singer", alone.index("the singer"), [mention_of(alone, "Dana Ruiz", "PERSON")], alone
    )
    assert found is not None and found.entity == "Dana Ruiz"


def test_laureate_named_then_the_activist(nlp: Language) -> None:
    text = (
        "Nobel laureate Malala Yousafzai spoke at the event. "
        '"Education is a right," the activist said.'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "the activist"
    assert quote.speaker == "Malala Yousafzai"


def test_a_possessive_or_contrasting_epithet_is_not_the_person_just_named(
    nlp: Language,
) -> None:
    """Review, stop 51: "the study's author" wrote the study the governor criticised,
    "the defending champion" is the challenger's opponent, "the veteran" the prosecutor's."""
    for before, phrase in (
        ("Governor Jane Smith criticised the new study on Monday.", "the study's author"),
        ("Director Kim Lee praised the cast on Friday.", "the film's star"),
        ("Challenger Tom Smith took the first set easily.", "the defending champion"),
        ("Prosecutor Dan Wells called the defendant a liar.", "the veteran"),
    ):
        quotes = direct(analyse(nlp, f'{before} "It is badly flawed," {phrase} said.'))
        assert quotes[-1].speaker_text == phrase
        assert quotes[-1].speaker in (None, phrase), (phrase, quotes[-1].speaker)


def test_the_mayor_is_not_whoever_the_next_paragraph_titles_mayor(nlp: Language) -> None:
    """Review, stop 51: a role named only after the quote may be someone else entirely."""
    text = ('Acme Corp reported record sales. "It was a great year," the company\'s president '
            "told shareholders. The results come as President Joe Biden pushes for new tariffs.")
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].speaker != "Joe Biden"
    text = ('"This bill is a disgrace," the senator said. Senator Mark Reed, who wrote the '
            "bill, defended it on Tuesday.")
    assert direct(analyse(nlp, text))[0].speaker != "Mark Reed"


def test_a_rival_is_someone_else_and_a_former_one_the_person_just_named(nlp: Language) -> None:
    """Review, stop 51: "the rival star" is not the star just named; "the former
    footballer" is."""
    text = ('Marlowe Fenwick won the award on Sunday. "She did not deserve it," the rival '
            "star said.")
    quotes = direct(analyse(nlp, text, {"Marlowe Fenwick": "Marlowe Fenwick"}))
    assert quotes[-1].speaker != "Marlowe Fenwick"
    text = ('Gary Lineker spoke to fans on Sunday. "It was a wonderful night," the former '
            "footballer said.")
    quotes = direct(analyse(nlp, text, {"Gary Lineker": "Gary Lineker"}))
    assert quotes[-1].speaker == "Gary Lineker"
