"""A dateline's town is never a speaker (``speaker_datelines``)."""

from __future__ import annotations

import pytest

from workbench.nlp import speaker_datelines
from workbench.nlp.pipeline import analyze_document


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_text) for q in analyze_document("Driver flees", text).quotes]


def test_the_phrase_after_a_datelines_dash_speaks_not_its_town() -> None:
    text = 'GLENMORRAN, Ontario — Police said "the driver fled on foot." The car was found.'
    assert _speakers(text) == [("police", "Police")]


def test_a_town_with_an_agency_tag_is_no_speaker() -> None:
    text = 'KESTLEFORD, Kent (Reuters) - Fire crews said "the blaze is out." Roads reopened.'
    speakers = _speakers(text)
    assert speakers and all("KESTLEFORD" not in (s or "") + (t or "") for s, t in speakers)


def test_a_capitalised_subject_with_no_dateline_still_speaks() -> None:
    text = 'NASA said "the launch is on schedule." Engineers agreed.'
    assert _speakers(text)[0][0] == "NASA"


def test_an_acronym_before_a_dash_that_is_no_town_still_speaks() -> None:
    """ "NATO — the alliance — said": no gazetteer place and no region after a comma, so
    no dateline (the review of stop 53 found NATO and NASA silenced)."""
    nato = ('NATO — the military alliance of 32 countries — said on Monday that "the threat '
            'is real."')
    nasa = 'NASA — the space agency — said on Friday that "the launch will slip."'
    assert _speakers(nato)[0][0] == "NATO"
    assert _speakers(nasa)[0][0] == "NASA"


class _UnreadDoc:
    """A document whose text may not be read."""

    @property
    def text(self) -> str:
        raise AssertionError("the document's text was joined")


class _Subject:
    """A subject token not written in capitals, in a document whose text may not be read."""

    text = "Police"
    lefts = ()
    doc = _UnreadDoc()


def test_a_subject_not_in_capitals_never_reads_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Import cost: the check ran for every subject of every verb of saying and joined the
    whole document's text each time (spaCy rebuilds ``doc.text`` on each access), ~3 ms
    an article; a subject not written in capitals is no dateline's town, text unread."""
    def unread(doc: object) -> str:
        raise AssertionError("the document's text was read")

    monkeypatch.setattr(speaker_datelines, "doc_text", unread)
    assert not speaker_datelines.opens_dateline(_Subject())  # type: ignore[arg-type]
