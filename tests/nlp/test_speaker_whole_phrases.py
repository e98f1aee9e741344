"""Whether a speaker phrase is the mention it holds or a common noun's (issue 15).
Phrases written for these tests."""

from __future__ import annotations

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
