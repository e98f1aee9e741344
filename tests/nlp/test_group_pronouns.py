"""A plural or impersonal pronoun speaker ("they", "it") never resolves to a group or
place that only modifies or locates something in the sentence before (issue 15)."""

from __future__ import annotations

from workbench.core.models import Mention, Quote
from workbench.nlp.pronoun_fit import can_speak_as_group
from workbench.nlp.quotes import attach_speakers


def mention_of(text: str, surface: str, label: str, entity: str | None = None) -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, label, entity or surface)


def they_quote(text: str) -> Quote:
    start = text.index("They")
    quote = text.index('"')
    return Quote(quote, len(text), text[quote:], "direct", None, "They", start, start + 4)


def test_adjective_nationality_is_not_a_speaking_group() -> None:
    text = "The Italian minister met the Greek envoy. They said \"the deal is void.\""
    mentions = [mention_of(text, "Italian", "NORP"), mention_of(text, "Greek", "NORP")]
    [resolved] = attach_speakers([they_quote(text)], mentions, text)
    assert resolved.speaker is None
    assert resolved.speaker_text == "They"


def test_place_where_something_happened_is_not_the_speaker() -> None:
    text = "The union held a rally in Ohio on Monday. They said \"we will strike.\""
    [resolved] = attach_speakers([they_quote(text)], [mention_of(text, "Ohio", "GPE")], text)
    assert resolved.speaker is None


def test_plural_group_and_acting_organisation_still_speak() -> None:
    text = "Palestinians marched outside the Foreign Ministry. They said \"we stay.\""
    assert can_speak_as_group(mention_of(text, "Palestinians", "NORP"), text)
    assert not can_speak_as_group(mention_of(text, "Foreign Ministry", "ORG"), text)
    acting = "The Foreign Ministry denied the report. They said \"it is false.\""
    mentions = [mention_of(acting, "Foreign Ministry", "ORG")]
    [resolved] = attach_speakers([they_quote(acting)], mentions, acting)
    assert resolved.speaker == "Foreign Ministry"
