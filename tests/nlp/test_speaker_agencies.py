""""the agency" (issue 15, session 51): the public agency the passage named, whatever its
name's head word. Written sentences; the speaker text stays the phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import mention_of, speaker_pairs
from workbench.nlp.speaker_agencies import described_agency

if TYPE_CHECKING:
    from spacy.language import Language


def test_the_agency_is_the_administration_named_before(nlp: Language) -> None:
    text = (
        "The National Aeronautics and Space Administration launched the probe on Sunday. "
        '"The spacecraft is healthy," the agency said in a statement.'
    )
    ((phrase, speaker),) = speaker_pairs(nlp, text)
    assert phrase == "the agency"
    assert speaker is not None and speaker.endswith("National Aeronautics and Space Administration")


def test_modified_agency_and_an_outlet_spoken_to() -> None:
    text = (
        "The Federal Bureau of Investigation opened a case. Agents told the Daily Bureau "
        "nothing. Later the federal agency said"
    )
    at = text.index("the federal agency")
    mentions = [
        mention_of(text, "The Federal Bureau of Investigation", "ORG"),
        mention_of(text, "the Daily Bureau", "ORG"),
    ]
    found = described_agency("the federal agency", at, mentions, text)
    assert found is not None and found.text == "The Federal Bureau of Investigation"


def test_news_agency_or_no_agency_name_leaves_it_open() -> None:
    text = (
        "The Food and Drug Administration acted. Xinhua news agency reported. "
        "Later the agency said"
    )
    at = text.index("the agency")
    mentions = [mention_of(text, "The Food and Drug Administration", "ORG")]
    assert described_agency("the agency", at, mentions, text) is None
    plain = "Acme Corp. cut jobs. Later the agency said"
    acme = [mention_of(plain, "Acme Corp.", "ORG")]
    assert described_agency("the agency", plain.index("the agency"), acme, plain) is None
