"""A "she said" after `X, who ..., spoke after Y testified.` continues X, the main
clause's subject, not Y, named in a clause that only times it (issue 15)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import speaker_pairs

if TYPE_CHECKING:
    from spacy.language import Language


def test_the_main_subject_wins_over_one_who_testified_before(nlp: Language) -> None:
    text = (
        "Maria Ellison, who resigned from the cabinet last week, spoke after Tom Brady "
        'testified. "I could not stay silent," she said.'
    )
    assert speaker_pairs(nlp, text) == [("she", "Maria Ellison")]


def test_a_titled_senator_speaking_after_a_witness(nlp: Language) -> None:
    text = (
        "Senator Karen Holt, who chairs the panel, spoke after Michael Dunn testified on "
        'Tuesday. "We were misled," she said.'
    )
    assert speaker_pairs(nlp, text) == [("she", "Karen Holt")]


def test_guard_a_timed_speaker_still_speaks_when_no_person_leads(nlp: Language) -> None:
    text = (
        "The hearing adjourned after Laura Finch testified for three hours. "
        '"I told them everything," she said.'
    )
    assert speaker_pairs(nlp, text) == [("she", "Laura Finch")]


def test_guard_a_speaker_in_a_main_clause_still_wins(nlp: Language) -> None:
    text = (
        "Tom Brady testified after the committee met. Later he spoke to reporters. "
        '"I answered every question," he said.'
    )
    assert speaker_pairs(nlp, text) == [("he", "Tom Brady")]
