"""Whether a speaker phrase is the mention it holds or a common noun's (issue 15).
Phrases written for these tests."""

from __future__ import annotations

import pytest

from tests.nlp.quote_support import speaker_pairs
from workbench.core.models import Mention
from workbench.nlp.speaker_names import names_whole_phrase


def _phrase_mention(phrase: str, name: str, label: str) -> Mention:
    start = phrase.index(name)
    return Mention(start, start + len(name), name, label, name)


def test_an_organisation_followed_by_the_noun_for_what_it_is_is_the_phrase() -> None:
    phrase = "The Brewery and Distillery Workers union"
    union = _phrase_mention(phrase, "Brewery and Distillery Workers", "ORG")
    assert names_whole_phrase(union, phrase, 0)
    phrase = "the Calder Freight company"
    assert names_whole_phrase(_phrase_mention(phrase, "Calder Freight", "ORG"), phrase, 0)


def test_a_noun_that_is_no_kind_of_body_keeps_the_phrase_a_common_nouns() -> None:
    for phrase, name, label in (("the Calder Freight campaign", "Calder Freight", "ORG"),
                                ("a Calder Freight spokesman", "Calder Freight", "ORG"),
                                ("the German government", "German", "NORP")):
        assert not names_whole_phrase(_phrase_mention(phrase, name, label), phrase, 0)


def test_a_part_of_a_body_after_its_name_is_no_kind_of_it() -> None:
    """ "the Senate committee" is the committee, not the Senate: a part speaks for itself."""
    for phrase, name in (("the Senate committee", "Senate"), ("the NHS hospital", "NHS"),
                         ("the Microsoft board", "Microsoft")):
        assert not names_whole_phrase(_phrase_mention(phrase, name, "ORG"), phrase, 0)
    phrase = "the Likud party"
    assert names_whole_phrase(_phrase_mention(phrase, "Likud", "ORG"), phrase, 0)


@pytest.mark.parametrize(
    "text",
    [
        "The Senate committee said it would release the report. \u201cThis was preventable,\u201d"
        " the Senate committee said.",
        "\u201cWe had no beds left,\u201d the NHS hospital said in a statement.",
        "\u201cThe files were never lost,\u201d the FBI office said.",
        "\u201cThe chief executive keeps our full confidence,\u201d the Microsoft board said in a"
        " statement.",
    ],
    ids=["committee", "hospital", "office", "board"],
)
def test_a_quote_credited_to_a_part_of_a_body_is_not_the_bodys(nlp, text: str) -> None:
    assert [speaker for _said, speaker in speaker_pairs(nlp, text)] == [None]
