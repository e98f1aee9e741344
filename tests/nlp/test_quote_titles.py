"""Titles of works, reports and campaigns in quotation marks are not quotations.

Sentences written for these tests: a title-case quotation right after the word for
the kind of work it names is that work's title, whoever the sentence is about.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import direct_texts


@pytest.mark.parametrize(
    "text",
    [
        "The agency\u2019s latest report, \u201cClimate Risks in the Prairies,\u201d warns "
        "of drought.",
        'The province launched a campaign titled "Working Together for Every Family" in May.',
        'She said the study "Water Use in Northern Towns" was out of date.',
        'Her memoir, "A City That Works," was published last year.',
        'Ms. Ng said the film \u201cEverything Everywhere All at Once\u201d changed her life.',
    ],
)
def test_a_title_after_its_kind_is_no_quote(nlp: Language, text: str) -> None:
    assert direct_texts(nlp, text) == []


def test_speech_after_a_report_word_is_still_a_quote(nlp: Language) -> None:
    text = 'The report said "the dam was never at risk of failure" and closed the file.'
    assert direct_texts(nlp, text) == ['"the dam was never at risk of failure"']


def test_a_campaign_title_does_not_join_the_quote_after_it(nlp: Language) -> None:
    text = (
        'Smith said members had seen the ad campaign, titled "Working Together for B.C.," '
        'and "were not impressed by any of it."'
    )
    assert direct_texts(nlp, text) == ['"were not impressed by any of it."']


@pytest.mark.parametrize(
    "text",
    [
        'The minister said she would not use the term "radical Islamic terrorism" again.',
        'Critics mocked the slogan "Get It Done" on social media, the mayor said.',
        'The crowd picked up the chant "lock her up" as he spoke.',
    ],
)
def test_a_term_mentioned_is_no_quote(nlp: Language, text: str) -> None:
    assert direct_texts(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        'State Del. Anna "Annie" Cole told the crowd: "We are ready to win this one."',
        'Wrestler Dwayne "The Rock" Johnson told fans: "We are ready to win this one."',
    ],
)
def test_nickname_inside_a_name_is_no_quote(nlp: Language, text: str) -> None:
    assert direct_texts(nlp, text) == ['"We are ready to win this one."']


def test_title_of_a_piece_in_apposition_is_no_quote(nlp: Language) -> None:
    text = "Ann Lee's commentary, \"Tell the voters your own story,\" is very thoughtful."
    assert direct_texts(nlp, text) == []


def test_quote_after_a_piece_with_its_own_attribution_stays(nlp: Language) -> None:
    text = 'In a letter, "We will not comply with this order," the mayors wrote on Friday.'
    assert direct_texts(nlp, text) == ['"We will not comply with this order,"']


@pytest.mark.parametrize(
    "text",
    [
        'Her favourite read, "The Long Road to Halifax," by Marie Tremblay, sits on her desk.',
        'MORNING READ\u2014"Transit board delays vote on fare freeze," by the Star\'s Ann Lee: '
        "the board met for three hours.",
        "He recommended \u201cRivers of the North\u201d by Paul Okafor to every student.",
    ],
)
def test_a_title_credited_to_its_author_is_no_quote(nlp: Language, text: str) -> None:
    assert direct_texts(nlp, text) == []


def test_a_quote_followed_by_a_passive_agent_is_still_a_quote(nlp: Language) -> None:
    text = 'The mayor said the plan was "rushed through without a single hearing" by council.'
    assert direct_texts(nlp, text) == ['"rushed through without a single hearing"']


@pytest.mark.parametrize(
    "text",
    [
        'The group paid for one ad, "When the Northern Lights Rise," which ran all week.',
        'She first won fame in the cult classic "Three Prairie Summer Nights," in 1994.',
        'He wrote online under the pseudonym "Captain Maple," for years.',
        'The press will publish "The Lives of Harbour City," a biography of the mayor.',
        'The senator told "Morning Edition Live" that talks had stalled.',
        'In an interview with "The Coast Hour," the minister defended the budget.',
    ],
)
def test_a_programme_or_work_named_around_the_marks_is_no_quote(nlp: Language, text: str) -> None:
    assert direct_texts(nlp, text) == []


def test_an_answer_told_in_title_case_is_still_a_quote(nlp: Language) -> None:
    text = 'Asked whether he would run again, the mayor told reporters: "Never Again."'
    assert direct_texts(nlp, text) == ['"Never Again."']


@pytest.mark.parametrize(
    "text",
    [
        "The former chief executive\u2019s side is told in Dana Reyes\u2019s book "
        "\u201cHard Bargain: How a Family Mill Survived Three Owners and the Bank That "
        "Wanted It\u201d last spring.",
        'Readers shared an op-ed titled "Why Our Town Should Keep Its Last Public Pool Open '
        'All Summer" on Tuesday.',
        "Ms. Ortiz says she still rereads \u201cNorth Shore: A History of the Harbour Towns\u201d "
        "every winter.",
    ],
)
def test_a_long_title_named_as_a_work_is_no_quote(nlp: Language, text: str) -> None:
    assert direct_texts(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        'A troupe in Halifax is staging a comedy called "Los Vecinos de la Bah\u00eda" this month.',
        "Supporters posted the clip from an account called \u201cHarbour Watch\u201d \U0001f30a "
        "on Thursday.",
        'Residents formed a group named "Friends of the Ravine" in 2019.',
        "On the forums I\u2019m usually called \u201cnorthwind42\u201d, but my name is Ana Lee.",
        'In the lab, this stage is called "the quiet phase" because nothing grows.',
    ],
)
def test_a_name_given_by_called_or_named_is_no_quote(nlp: Language, text: str) -> None:
    assert direct_texts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'The mayor called the councillor "a total disgrace" at the meeting.',
            '"a total disgrace"',
        ),
        (
            'The minister, who called the plan "reckless and unaffordable," resigned.',
            '"reckless and unaffordable,"',
        ),
        (
            'The coach was called "a coward and a cheat" by the club\u2019s owner.',
            '"a coward and a cheat"',
        ),
    ],
)
def test_words_someone_called_a_thing_are_still_a_quote(
    nlp: Language, text: str, quoted: str
) -> None:
    assert direct_texts(nlp, text) == [quoted]


@pytest.mark.parametrize(
    "text",
    [
        'The party unveiled its new slogan, "Stronger Together, Safer Tomorrow for All," '
        "on Monday.",
        "Officers detained students who posted the hashtag \u201c#we want clean water#\u201d "
        "\U0001f4a7.",
        'Critics coined a new phrase, "the ten-minute city plan," for the proposal.',
    ],
)
def test_a_slogan_phrase_or_hashtag_mentioned_is_no_quote(nlp: Language, text: str) -> None:
    assert direct_texts(nlp, text) == []


def test_in_her_words_still_introduces_a_quote(nlp: Language) -> None:
    text = 'She backed the plan because, in her words, "it keeps the clinic open every night."'
    assert direct_texts(nlp, text) == ['"it keeps the clinic open every night."']


@pytest.mark.parametrize(
    "text",
    [
        'Governor Lee crossed the state last week on a three-day "Lee Can Fix It" bus tour.',
        'Two delegates wore "Make the Valley Great Again" hats on the convention floor.',
        "Protesters carried \u201cNo Pipeline Through Our Land\u201d banners past the office.",
    ],
)
def test_a_title_case_quotation_naming_the_thing_after_it_is_no_quote(
    nlp: Language, text: str
) -> None:
    assert direct_texts(nlp, text) == []


def test_a_title_case_quotation_before_a_determiner_and_speech_verb_is_still_speech(
    nlp: Language,
) -> None:
    text = '"Vote Now For Our Future," the campaign said on Monday.'
    assert direct_texts(nlp, text) == ['"Vote Now For Our Future,"']


def test_the_second_title_of_a_list_of_works_is_no_quote(nlp: Language) -> None:
    text = (
        'Ms. Park, who starred in "Night Shift" and "The Last Train to Nowhere," posted '
        "the clip on Thursday."
    )
    assert direct_texts(nlp, text) == []


def test_speech_after_a_title_joined_by_and_is_still_a_quote(nlp: Language) -> None:
    text = (
        'She called the plan "A Betrayal Of Every Worker" and "a disaster for the whole '
        'country," the union said.'
    )
    assert '"a disaster for the whole country,"' in direct_texts(nlp, text)


def test_a_title_after_the_word_autobiography_is_no_quote(nlp: Language) -> None:
    text = 'In his autobiography, "A Time for Healing," published in 2015, he described his youth.'
    assert direct_texts(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Its posters read \u201cNo Free Pass for Anyone!\u201d (2007) and \u201cKeep the "
        "Valley Ours? Yes.\u201d (2010).",
        'The critic wrote about "Hail, Caesar!" (2016) and other films of the decade.',
    ],
)
def test_a_quotation_cited_with_its_year_is_a_work_not_speech(nlp: Language, text: str) -> None:
    assert direct_texts(nlp, text) == []


def test_a_year_later_in_the_sentence_does_not_make_speech_a_work(nlp: Language) -> None:
    text = '"We will win this one," Smith said (in 2008) to the crowd.'
    assert direct_texts(nlp, text) == ['"We will win this one,"']


def test_a_chant_of_one_name_is_speech_not_a_title(nlp: Language) -> None:
    text = (
        "Supporters roared when the state was called.\n\nBut their chants of "
        "\u201cLee! Lee! Lee! Lee\u201d were cut short when the feeds moved on."
    )
    assert direct_texts(nlp, text) == ["\u201cLee! Lee! Lee! Lee\u201d"]


def test_a_title_case_quotation_ended_by_a_comma_before_its_speakers_is_speech(
    nlp: Language,
) -> None:
    text = '"We Will Win This Time," rally organizers said on Sunday.'
    assert direct_texts(nlp, text) == ['"We Will Win This Time,"']
