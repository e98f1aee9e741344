"""Speakers on PolNeAR train errors, session 17: a relative clause before a bare verb of
saying, and dates near a cue that never speak.

One sentence per rule, written for the test (never an article's own words). Extraction
runs on the real small English model (fixture ``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_an_official_described_by_a_who_clause_speaks_not_the_date(nlp: Language) -> None:
    text = (
        "Although there is no such overlap with the union, a Treasury official who spoke "
        "anonymously to discuss internal planning said Thursday, \"Certainly there are "
        'talks between the ministry and the union."'
    )
    quote = direct(analyse(nlp, text))[0]
    assert quote.speaker_text == "a Treasury official"


def test_a_name_before_a_who_clause_read_as_the_complement_speaks(nlp: Language) -> None:
    text = (
        "Lopez, meanwhile, who sits at zero such endorsements, said that fact speaks "
        'volumes about which candidate is "prepared to take on the establishment."'
    )
    quote = direct(analyse(nlp, text))[0]
    assert quote.speaker_text == "Lopez"


def test_a_participle_after_a_relative_clause_keeps_the_main_subject(nlp: Language) -> None:
    text = (
        "Marsh has denounced supporters that level sexist attacks, saying her campaign "
        'does not want "that kind of rubbish," in an interview on Sunday.'
    )
    quote = direct(analyse(nlp, text))[0]
    assert quote.speaker_text == "Marsh"
