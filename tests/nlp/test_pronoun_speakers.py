"""Pronoun speakers (issue 15): "they"/"it" never resolve to a group or place that only
modifies or locates something in the sentence before; "he added" is the speaker of the
statement just before, whatever name the parse offers."""

from __future__ import annotations

import re

from tests.nlp.quote_support import mention_of, pronoun_quote
from workbench.core.models import Quote
from workbench.nlp.pronoun_fit import can_speak_as_group
from workbench.nlp.quotes import attach_speakers


def test_adjective_nationality_is_not_a_speaking_group() -> None:
    text = 'The Italian minister met the Greek envoy. They said "the deal is void."'
    mentions = [mention_of(text, "Italian", "NORP"), mention_of(text, "Greek", "NORP")]
    [resolved] = attach_speakers([pronoun_quote(text, "They")], mentions, text)
    assert resolved.speaker is None
    assert resolved.speaker_text == "They"


def test_place_where_something_happened_is_not_the_speaker() -> None:
    text = 'The union held a rally in Ohio on Monday. They said "we will strike."'
    quote = pronoun_quote(text, "They")
    [resolved] = attach_speakers([quote], [mention_of(text, "Ohio", "GPE")], text)
    assert resolved.speaker is None


def test_plural_group_and_acting_organisation_still_speak() -> None:
    text = 'Palestinians marched outside the Foreign Ministry. They said "we stay."'
    assert can_speak_as_group(mention_of(text, "Palestinians", "NORP"), text)
    assert not can_speak_as_group(mention_of(text, "Foreign Ministry", "ORG"), text)
    acting = 'The Foreign Ministry denied the report. They said "it is false."'
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
        Quote(
            first,
            text.index(";"),
            text[first : text.index(";")],
            "direct",
            None,
            "He",
            first_he,
            first_he + 2,
        ),
        Quote(
            second,
            added - 2,
            text[second : added - 2],
            "direct",
            "Volodymyr Zelensky",
            "he",
            added,
            added + 2,
            cue="added",
        ),
    ]
    mentions = [
        mention_of(text, "Oleksiy Honcharuk", "PERSON"),
        mention_of(text, "Volodymyr Zelensky", "PERSON"),
    ]
    resolved = attach_speakers(quotes, mentions, text)
    assert [q.speaker for q in resolved] == ["Oleksiy Honcharuk", "Oleksiy Honcharuk"]


def _spoken_by(text: str, quote: str, speaker: str) -> Quote:
    """A direct quote ``quote`` of ``text`` whose speaker span is the first whole-word
    ``speaker``."""
    found = re.search(rf"\b{re.escape(speaker)}\b", text)
    assert found is not None
    start, at = text.index(quote), found.start()
    return Quote(start, start + len(quote), quote, "direct", None, speaker, at, at + len(speaker))


def test_he_after_a_person_named_only_by_a_noun_is_that_person() -> None:
    """ "The father ... said "..." / "...," he said": the father speaks both; he has no
    entity, so the premier named before him is not given his words."""
    text = (
        'Premier Doug Ford defended the plan. The father of one of the victims said "it '
        'was chaos". "We just want answers," he said.'
    )
    quotes = [
        _spoken_by(text, '"it was chaos"', "The father of one of the victims"),
        _spoken_by(text, '"We just want answers,"', "he"),
    ]
    resolved = attach_speakers(quotes, [mention_of(text, "Doug Ford", "PERSON")], text)
    assert [q.speaker for q in resolved] == [None, None]


def test_she_after_a_father_is_still_the_woman_named_before() -> None:
    text = (
        'Ana Ruiz runs the shelter. The father of the boy said "it was chaos". '
        '"We opened the doors," she said.'
    )
    quotes = [
        _spoken_by(text, '"it was chaos"', "The father of the boy"),
        _spoken_by(text, '"We opened the doors,"', "she"),
    ]
    resolved = attach_speakers(quotes, [mention_of(text, "Ana Ruiz", "PERSON")], text)
    assert [q.speaker for q in resolved] == [None, "Ana Ruiz"]


def test_an_occupation_still_continues_the_person_who_spoke_before() -> None:
    """ "the father" does not continue the previous speaker, but "the coach" (a role
    the person just quoted holds) still does."""
    text = '"We lost," said Ana Ruiz. The coach added that the team "played well".'
    quotes = [
        _spoken_by(text, '"We lost,"', "Ana Ruiz"),
        _spoken_by(text, '"played well"', "The coach"),
    ]
    resolved = attach_speakers(quotes, [mention_of(text, "Ana Ruiz", "PERSON")], text)
    assert [q.speaker for q in resolved] == ["Ana Ruiz", "Ana Ruiz"]


def test_he_never_stands_for_a_run_of_another_script() -> None:
    text = (
        "Reza Tabrizi explained the ban on Monday. (Farsi: "
        "\u0627\u0648\u0644\u06cc\u0646 \u0627\u0642\u062f\u0627\u0645 \u0645\u0627)\n"
        'He further stated, "It should not have happened."'
    )
    farsi = text[text.index("\u0627") : text.index(")\n")]
    mentions = [mention_of(text, "Reza Tabrizi", "PERSON"), mention_of(text, farsi, "PERSON")]
    [resolved] = attach_speakers([pronoun_quote(text, "He")], mentions, text)
    assert resolved.speaker == "Reza Tabrizi"


def test_a_family_word_used_as_a_name_is_no_pronouns_antecedent() -> None:
    """ "Dad" inside a daughter's quotation is tagged as a person, but the "she said" after
    it is the woman the text names, never "Dad"."""
    from tests.nlp.quote_support import canonical_speaker  # noqa: PLC0415 - loads the model

    text = (
        "Maria Kowal's father, Stan Dubyk, 81, fell on the ice outside his home in Yorkton "
        "in January.\n\n"
        '"The ambulance came from Melville, so it took an hour," Kowal said. "Dad lay on '
        'the step in the cold the whole time."\n\n'
        "Dubyk broke his hip but is walking again, she said."
    )
    assert canonical_speaker("", text, "Dubyk broke his hip") == "Maria Kowal"
