"""A speech participle the parser hangs on the addressee speaks for the sender (issue 15):
"emailed supporters saying" is the sender's, "protesters chanting" stays the protesters'.
A reflexive the parser reads as subject ("the filing itself Ford ... writing") is no one,
nor is a thing a pronoun owns ("tweeted her reasoning saying")."""

from __future__ import annotations

import pytest

from workbench.nlp.pipeline import analyze_document


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        (
            "It was unclear whether Sanders would quit. The Vermont senator emailed "
            'supporters saying: "The struggle continues" and vowing to compete.',
            "The Vermont senator",
        ),
        (
            "The team was happy to seize on the comments. Her campaign quickly sent out an "
            'email to supporters stating, "Ten More Mayors Back Our Plan."',
            "Her campaign",
        ),
    ],
)
def test_participle_on_the_addressee_is_the_senders(text: str, speaker_text: str) -> None:
    quotes = [q for q in analyze_document("", text).quotes if q.kind == "direct"]
    assert [q.speaker_text for q in quotes] == [speaker_text]


def test_participle_on_a_crowd_stays_the_crowds() -> None:
    text = 'The mayor walked past protesters chanting "No more cuts" outside the hall.'
    quotes = [q for q in analyze_document("", text).quotes if q.kind == "direct"]
    assert [q.speaker_text for q in quotes] == ["protesters"]


def test_a_reflexive_read_as_subject_is_no_speaker() -> None:
    text = (
        "The carmaker spoke to reporters. In the filing itself Ford also made this point, "
        'writing "We are cooperating with all agencies."'
    )
    quotes = [q for q in analyze_document("", text).quotes if q.kind == "direct"]
    assert [q.speaker_text for q in quotes] == ["Ford"]


def test_a_thing_she_tweeted_is_not_the_speaker_of_saying() -> None:
    text = (
        "The bill has sparked protests.\n\n"
        'The governor tweeted her reasoning saying, "Today, I signed the bill into law."'
    )
    quotes = [q for q in analyze_document("", text).quotes if q.kind == "direct"]
    assert [q.speaker_text for q in quotes] == ["The governor"]


def test_people_in_an_absolute_clause_still_speak() -> None:
    text = 'Tom Reed rejected the report, his aides saying "it is simply false."'
    quotes = [q for q in analyze_document("", text).quotes if q.kind == "direct"]
    assert [q.speaker_text for q in quotes] == ["his aides"]
