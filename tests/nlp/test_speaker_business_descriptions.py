"""A business described with modifiers ("The US software giant said") speaks for the
business just named, as "the company" does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct
from workbench.core.models import Mention
from workbench.nlp.speaker_business_descriptions import described_business

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = (
    "Veltrix released an emergency patch on Tuesday for its browser. The city council "
    "met the same day. The Dutch software giant said the flaw was closed."
)


def _org(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, "ORG", name)


def test_a_modified_business_noun_is_the_business_named_before() -> None:
    mentions = [_org(TEXT, "Veltrix"), _org(TEXT, "The city council")]
    start = TEXT.index("The Dutch")
    found = described_business("The Dutch software giant", start, mentions, TEXT)
    assert found is not None and found.entity == "Veltrix"
    carmaker = described_business("the Dutch carmaker", start, mentions, TEXT)
    assert carmaker is not None and carmaker.entity == "Veltrix"


def test_other_phrases_are_left_to_the_other_readings() -> None:
    mentions = [_org(TEXT, "Veltrix")]
    start = TEXT.index("The Dutch")
    for phrase in ("the giant", "the company", "the head of the company",
                   "the Dutch software engineer", "a Dutch software giant"):
        assert described_business(phrase, start, mentions, TEXT) is None


def test_the_quote_of_a_described_software_giant_is_the_companys(nlp: Language) -> None:
    text = (
        "Microsoft rushed out an emergency patch for Internet Explorer on Wednesday. "
        '"We urge every customer to install it at once," the US software giant said.'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker for q in quotes] == ["Microsoft"]
