"""An unnamed role speaker ("a spokesman said") named by the next sentence ("The
spokesman, Rolf Berger, added"): the quotation is that person's (issue 15; sentences
written for these tests)."""

from __future__ import annotations

import pytest

from tests.nlp.quote_support import speaker_pairs
from workbench.core.models import Mention, Quote
from workbench.nlp.speaker_named_later import named_later


def _person(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, "PERSON", name)


def _quote(text: str, quoted: str, speaker_text: str) -> Quote:
    start = text.index(quoted)
    at = text.index(speaker_text, start)
    return Quote(start, start + len(quoted), quoted, speaker=None, speaker_text=speaker_text,
                 speaker_start=at, speaker_end=at + len(speaker_text))


def test_the_role_set_off_with_a_name_right_after_names_the_speaker() -> None:
    text = (
        '"Safety comes first," a spokesman said. The spokesman, Rolf Berger, added that '
        "refunds were available."
    )
    quote = _quote(text, '"Safety comes first,"', "a spokesman")
    (named,) = named_later([quote], [_person(text, "Rolf Berger")], text)
    assert named.speaker == "Rolf Berger"


def test_a_name_written_near_without_the_role_names_nobody() -> None:
    text = (
        '"Safety comes first," a spokesman said. Rolf Berger, the chairman, added that '
        "refunds were available."
    )
    quote = _quote(text, '"Safety comes first,"', "a spokesman")
    (named,) = named_later([quote], [_person(text, "Rolf Berger")], text)
    assert named.speaker is None


def test_another_role_set_off_with_a_name_names_nobody() -> None:
    """ "a spokesman" is not "The lawyer, Rolf Berger,"."""
    text = '"Safety comes first," a spokesman said. The lawyer, Rolf Berger, disagreed.'
    quote = _quote(text, '"Safety comes first,"', "a spokesman")
    (named,) = named_later([quote], [_person(text, "Rolf Berger")], text)
    assert named.speaker is None


def test_a_lede_role_is_named_by_its_title_in_the_next_paragraph() -> None:
    text = (
        "A state judge on Friday blocked the sale of the marina, calling the bid "
        '"a gift to one bidder dressed up as an auction."\n\n'
        "Superior Court Judge Anita Lowell said the town had ignored two higher offers."
    )
    quoted = '"a gift to one bidder dressed up as an auction."'
    start = text.index(quoted)
    quote = Quote(start, start + len(quoted), quoted, speaker=None,
                  speaker_text="A state judge", speaker_start=0, speaker_end=13)
    (named,) = named_later([quote], [_person(text, "Anita Lowell")], text)
    assert named.speaker == "Anita Lowell"


@pytest.mark.parametrize(
    "text",
    [
        "A federal judge on Monday blocked the rule, calling it"
        " \u201carbitrary and capricious.\u201d The decision reverses a ruling by"
        " Judge Tom Hale, who had upheld the rule in March.",
        "\u201cThe bill is dead on arrival,\u201d a representative for the nurses union said."
        " Representative Jim Jordan of Ohio said the vote would go ahead.",
        "\u201cStay back,\u201d an officer shouted at the crowd. Officer Dana Ruiz, who arrived"
        " later, was hit by a bottle.",
        "A state judge on Thursday refused to halt the demolition, calling the appeal \u201ctoo"
        " little, too late.\u201d The developers had asked Judge Carla Munoz of the county court"
        " to pause the work.",
        "\u201cNobody goes past this line,\u201d an officer told reporters. Officer Wes Tanner"
        " was later treated for smoke inhalation.",
    ],
    ids=["ruling by a judge", "a representative", "an officer", "asked a judge", "officer hurt"],
)
def test_a_title_names_the_role_only_for_a_judge_who_opens_his_clause(nlp, text: str) -> None:
    """A title before a name is the lede's "a judge" only as the clause's subject, saying
    or ruling; any other role's title, or a judge after "by"/"asked", is someone else."""
    assert [speaker for _said, speaker in speaker_pairs(nlp, text)] == [None]


def test_a_judge_titled_as_the_next_sentence_subject_names_the_lede(nlp) -> None:
    text = (
        "A federal judge on Tuesday halted the pipeline's permit, calling the review"
        " \u201ca box-ticking exercise.\u201d U.S. District Judge Maria Chen wrote that the"
        " agency had ignored its own scientists."
    )
    assert [speaker for _said, speaker in speaker_pairs(nlp, text)] == ["Maria Chen"]
