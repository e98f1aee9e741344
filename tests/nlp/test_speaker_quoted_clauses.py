"""A cue the parser hung on a verb inside the quotation never takes that verb's subject:
in `with the latter confirming they were "not traveling ..."` the "they" belongs to the
reported words; the reporter of a quoted clause still speaks (`Lee told the paper that
Ross "had a bad plan," adding, "..."`). Sentences written for these tests; runs on the
real small model (``nlp``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import speaker_pairs

if TYPE_CHECKING:
    from spacy.language import Language


def test_subject_of_the_quoted_clause_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "The company said power was restored by 20:21. Investigations have been launched "
        "by the Federal Aviation Administration and the National Transportation Safety "
        "Board, with the latter yesterday confirming on Twitter they were \"not traveling "
        'to the crash scene at this time."'
    )
    [(said, canonical)] = speaker_pairs(nlp, text)
    assert said != "they"
    assert "National Transportation Safety Board" in (canonical or "")


def test_the_reporter_of_a_quoted_clause_still_speaks(nlp: Language) -> None:
    text = (
        "To wit, Mary Lee told the paper that Tom Ross \u201chad a plan which was "
        "maniacal,\u201d adding, \u201cHe lost all of the vote.\u201d"
    )
    assert [pair[1] for pair in speaker_pairs(nlp, text)] == ["Mary Lee", "Mary Lee"]
