"""Speakers on unseen news, session 14: rules found on the fresh Wikinews dev4 split.

One sentence per rule, written for the test: a tweet sent from someone's account is
theirs, a common-noun source keeps its "within"/"in" phrase, an acronym defined in
brackets names its organisation later, and a title with a given name finds the full name
the title introduced. Extraction runs on the real small English model (fixture ``nlp``)
where a parse is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct
from workbench.core.models import Mention, Quote

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_tweet_sent_from_an_account_is_its_owners(nlp: Language) -> None:
    text = (
        "A tweet sent from Garcia's Twitter account during the debate repeated the pledge, "
        'saying "My first act will be to fix the bridges in this city."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Garcia"


def test_an_account_without_an_owner_stays_the_phrase() -> None:
    from workbench.nlp.speaker_documents import _account_owner

    class Word:
        pos_, lemma_, children = "NOUN", "account", ()

    word = Word()
    assert _account_owner(word) is word  # type: ignore[arg-type]


def test_a_source_within_a_ministry_keeps_its_phrase(nlp: Language) -> None:
    text = (
        "A source within the central Interior Ministry reportedly said "
        '"I have been told not to make the figures public."'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "A source within the central Interior Ministry"


def test_an_acronym_defined_in_brackets_names_the_organisation_later() -> None:
    from workbench.nlp.resolution import defined_acronym, propagate

    text = (
        "The news came from the National Farmers Union of Kenya (NFUK) on Monday. "
        "The NFUK said prices would rise."
    )
    start = text.index("National")
    name = "National Farmers Union of Kenya"
    union = Mention(start, start + len(name), name, "ORG", name)
    assert defined_acronym(union, text) == "NFUK"
    later = text.rindex("NFUK")
    found = [m for m in propagate([union], text) if m.start == later]
    assert [m.entity for m in found] == [name]


def test_brackets_that_are_not_the_initials_define_nothing() -> None:
    from workbench.nlp.resolution import defined_acronym

    text = "the National Farmers Union (Kenya) said"
    union = Mention(4, 26, "National Farmers Union", "ORG", "National Farmers Union")
    assert defined_acronym(union, text) is None
    text = "the National Farmers Union (NAFU) said"
    assert defined_acronym(union, text) is None


def test_a_title_and_given_name_find_the_full_name_the_title_introduced() -> None:
    from workbench.nlp.speaker_full_names import titled_full_name_before

    before = "The party nominated Princess Sirivanna Rattana for prime minister. "
    assert titled_full_name_before(before, "Princess", "Sirivanna", frozenset()) == (
        "Sirivanna Rattana"
    )
    said = "Princess Sirivanna Said nothing. "  # a word the text writes in lowercase
    assert titled_full_name_before(said, "Princess", "Sirivanna", frozenset({"said"})) is None


def test_a_titled_given_name_speaks_as_the_full_name() -> None:
    """No mention at all: the model tagged neither the full name nor the titled one."""
    from workbench.nlp.quote_resolution import resolve_speakers

    text = (
        "On Friday the party nominated Princess Sirivanna Rattana for prime minister. "
        "She gave up her title years ago.\n\n"
        'In support of her candidacy, Princess Sirivanna pointed out she had "given up my '
        'royal titles and lived as a commoner".'
    )
    quoted = '"given up my royal titles and lived as a commoner"'
    start, at = text.index(quoted), text.rindex("Princess Sirivanna")
    quote = Quote(start, start + len(quoted), quoted, speaker="Sirivanna",
                  speaker_text="Princess Sirivanna", speaker_start=at,
                  speaker_end=at + len("Princess Sirivanna"))
    (resolved,) = resolve_speakers([quote], [], text)
    assert resolved.speaker == "Sirivanna Rattana"
