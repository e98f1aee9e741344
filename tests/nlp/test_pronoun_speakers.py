"""Pronoun speakers (issue 15): "they"/"it" never resolve to a group or place that only
modifies or locates something in the sentence before; "he added" is the speaker of the
statement just before, whatever name the parse offers."""

from __future__ import annotations

from tests.nlp.quote_support import mention_of, pronoun_quote
from workbench.core.models import Quote
from workbench.nlp.pronoun_fit import can_speak_as_group
from workbench.nlp.quotes import attach_speakers


def test_adjective_nationality_is_not_a_speaking_group() -> None:
    text = "The Italian minister met the Greek envoy. They said \"the deal is void.\""
    mentions = [mention_of(text, "Italian", "NORP"), mention_of(text, "Greek", "NORP")]
    [resolved] = attach_speakers([pronoun_quote(text, "They")], mentions, text)
    assert resolved.speaker is None
    assert resolved.speaker_text == "They"


def test_place_where_something_happened_is_not_the_speaker() -> None:
    text = "The union held a rally in Ohio on Monday. They said \"we will strike.\""
    quote = pronoun_quote(text, "They")
    [resolved] = attach_speakers([quote], [mention_of(text, "Ohio", "GPE")], text)
    assert resolved.speaker is None


def test_plural_group_and_acting_organisation_still_speak() -> None:
    text = "Palestinians marched outside the Foreign Ministry. They said \"we stay.\""
    assert can_speak_as_group(mention_of(text, "Palestinians", "NORP"), text)
    assert not can_speak_as_group(mention_of(text, "Foreign Ministry", "ORG"), text)
    acting = "The Foreign Ministry denied the report. They said \"it is false.\""
    mentions = [mention_of(acting, "Foreign Ministry", "ORG")]
    [resolved] = attach_speakers([pronoun_quote(acting, "They")], mentions, acting)
    assert resolved.speaker == "Foreign Ministry"


def test_he_added_is_the_speaker_before_not_the_name_the_parse_offers() -> None:
    text = (
        'Oleksiy Honcharuk spoke on Friday. He said Volodymyr Zelensky is "a model of '
        'honesty for me"; however, "I wrote a resignation offer to remove doubts", he added.'
    )
    first_he = text.index("He said")
    first = text.index('"a model')
    second = text.index('"I wrote')
    added = text.index("he added")
    quotes = [
        Quote(first, text.index(";"), text[first : text.index(";")], "direct", None, "He",
              first_he, first_he + 2),
        Quote(second, added - 2, text[second : added - 2], "direct", "Volodymyr Zelensky",
              "he", added, added + 2, cue="added"),
    ]
    mentions = [
        mention_of(text, "Oleksiy Honcharuk", "PERSON"),
        mention_of(text, "Volodymyr Zelensky", "PERSON"),
    ]
    resolved = attach_speakers(quotes, mentions, text)
    assert [q.speaker for q in resolved] == ["Oleksiy Honcharuk", "Oleksiy Honcharuk"]
