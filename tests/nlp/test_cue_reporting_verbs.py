"""Verbs that report what someone said or wrote without "say" ("related that",
"confessed that", "speculated that") are cues: the clause or quotation they frame is the
subject's (issue 15, PolNeAR train: `The Christian leader further related that ...`
left the quotation after it with nobody named)."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.quote_support import direct
from workbench.nlp.quotes import find_quotes


def test_a_quotation_someone_related_is_theirs(nlp: Language) -> None:
    text = 'The pastor later related that "the Lord spoke to me in a dream about the old mill."'
    quotes = direct(find_quotes(nlp(text)))
    assert [q.cue for q in quotes] == ["related"]
    assert quotes[0].speaker_text == "The pastor"


def test_a_quotation_someone_confessed_is_theirs(nlp: Language) -> None:
    text = 'Miller confessed that she had "never once read the report before signing it."'
    quotes = direct(find_quotes(nlp(text)))
    assert [q.cue for q in quotes] == ["confessed"]
    assert quotes[0].speaker_text == "Miller"


def test_a_clause_engineers_speculated_is_a_reported_statement(nlp: Language) -> None:
    text = "Engineers speculated that the bridge had been weakened by the spring floods."
    quotes = [q for q in find_quotes(nlp(text)) if q.kind == "indirect"]
    assert [(q.cue, q.speaker_text) for q in quotes] == [("speculated", "Engineers")]


def test_a_quotation_someone_protested_is_theirs(nlp: Language) -> None:
    text = 'Okafor protested that the council had "ignored every letter the residents sent."'
    quotes = direct(find_quotes(nlp(text)))
    assert [(q.cue, q.speaker_text) for q in quotes] == [("protested", "Okafor")]


def test_what_a_judge_ruled_is_a_reported_statement(nlp: Language) -> None:
    text = "Judge Ellen Marsh ruled that the ferry company had broken its licence."
    quotes = [q for q in find_quotes(nlp(text)) if q.kind == "indirect"]
    assert [q.cue for q in quotes] == ["ruled"]
    assert quotes[0].speaker_text is not None and "Marsh" in quotes[0].speaker_text
