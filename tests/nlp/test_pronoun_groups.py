"""A singular "he"/"she" never stands for a group (issue 15): the model tags a group word
as a person in one sentence ("Ex-Muslims meet in Sydney") and as a nationality or
religion in another; the pronoun then skips it for the person the passage names."""

from __future__ import annotations

from tests.nlp.quote_support import mention_of, pronoun_quote
from workbench.core.models import Mention
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
