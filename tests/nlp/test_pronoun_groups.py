"""A singular "he"/"she" never stands for a group (issue 15): the model tags a group word
as a person in one sentence ("Ex-Muslims meet in Sydney") and as a nationality or
religion in another; the pronoun then skips it for the person the passage names."""

from __future__ import annotations

import pytest

from tests.nlp.quote_support import mention_of, pronoun_quote
from workbench.core.models import Mention, Quote
from workbench.nlp.pronoun_fit import group_key, group_keys
from workbench.nlp.quotes import attach_speakers


def test_group_words_fold_to_one_key() -> None:
    assert group_key("Ex-Muslims") == group_key("ex-Muslim") == group_key("Muslim")
    assert group_key("Democrats") == group_key("Democrat")
    assert group_key("Maria Lopez") != group_key("Muslim")


def test_only_nationalities_religions_and_parties_are_groups() -> None:
    mentions = [
        Mention(0, 6, "Muslim", "NORP", "Muslim"),
        Mention(10, 16, "Jordan", "GPE", "Jordan"),
    ]
    assert group_keys(mentions) == frozenset({"muslim"})


def test_she_skips_a_group_tagged_as_a_person_for_the_named_woman() -> None:
    text = (
        "Maria Lopez left the Muslim faith at twenty. "
        "Ex-Muslims gathered in Sydney. "
        'She said "we are not alone."'
    )
    mentions = [
        mention_of(text, "Maria Lopez", "PERSON"),
        mention_of(text, "Muslim", "NORP"),
        mention_of(text, "Ex-Muslims", "PERSON"),
    ]
    [resolved] = attach_speakers([pronoun_quote(text, "She")], mentions, text)
    assert resolved.speaker == "Maria Lopez"


def test_a_group_the_parse_offers_is_not_what_he_stands_for() -> None:
    text = 'Omar Haddad spoke of Muslim voters. Ex-Muslims, he said, "are ignored."'
    mentions = [
        mention_of(text, "Omar Haddad", "PERSON"),
        mention_of(text, "Muslim", "NORP"),
        mention_of(text, "Ex-Muslims", "PERSON"),
    ]
    quote = pronoun_quote(text, "he", hint="Ex-Muslims")
    [resolved] = attach_speakers([quote], mentions, text)
    assert resolved.speaker == "Omar Haddad"


def test_a_person_whose_name_is_no_group_still_resolves() -> None:
    text = 'Maria Lopez met Muslim leaders. She said "we talked for hours."'
    mentions = [mention_of(text, "Maria Lopez", "PERSON"), mention_of(text, "Muslim", "NORP")]
    [resolved] = attach_speakers([pronoun_quote(text, "She")], mentions, text)
    assert resolved.speaker == "Maria Lopez"


def _quote_before_pronoun(text: str, pronoun: str, hint: str | None) -> Quote:
    """A quote from its opening mark to the mark before "<pronoun> said"."""
    quote_at = text.index('"')
    speaker_at = text.index(f"{pronoun} said")
    return Quote(
        quote_at, speaker_at - 2, text[quote_at : speaker_at - 2], "direct",
        hint, pronoun, speaker_at, speaker_at + len(pronoun),
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Ten houses burned, said agency spokesman Tom Reed. "
            "One man died in the village, said district official Hadi. "
            '"He was working in the field. We found him later," he said.',
            "Hadi",
            id="person_credited_at_the_end_of_the_sentence_before_speaks_on",
        ),
        pytest.param(
            "Tom Reed toured the coast. Two roads closed as the storm hit Hadi. "
            '"It was hard," he said.',
            "Tom Reed",
            id="a_sentence_that_credits_no_one_leaves_the_parse_speaker",
        ),
    ],
)
def test_he_after_a_sentence_crediting_a_name_the_model_misread(text: str, speaker: str) -> None:
    """A "he" speaks for the person the sentence before credits with "said", even one the
    model tagged as a place; with no one credited, the parse's speaker stands."""
    mentions = [mention_of(text, "Tom Reed", "PERSON"), mention_of(text, "Hadi", "GPE")]
    quote = _quote_before_pronoun(text, "he", "Tom Reed")
    [resolved] = attach_speakers([quote], mentions, text)
    assert resolved.speaker == speaker


def test_a_pronoun_is_ruled_out_for_a_group_or_the_other_gender() -> None:
    from workbench.nlp.speaker_memory import SpeakerMemory

    text = "Maria Lopez spoke to Muslims. She left."
    mentions = [
        Mention(0, 11, "Maria Lopez", "PERSON", "Maria Lopez"),
        Mention(21, 28, "Muslims", "NORP", "Muslims"),
    ]
    memory = SpeakerMemory(mentions, text, [])
    assert memory.rules_out("he", "Muslim")
    assert memory.rules_out("she", "Tom Reed", noun_gender="m")
    assert not memory.rules_out("she", "Maria Lopez")
    assert not memory.rules_out("they", "Muslims")
