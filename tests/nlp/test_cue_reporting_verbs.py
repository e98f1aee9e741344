"""Verbs that report what someone said or wrote without "say" ("related that",
"confessed that", "speculated that") are cues: the clause or quotation they frame is the
subject's (issue 15, PolNeAR train: `The Christian leader further related that ...`
left the quotation after it with nobody named)."""

from __future__ import annotations

import pytest
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



@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ('Senator Diaz slammed "the reckless plan to close the only hospital in the county."',
         "slammed", "Diaz"),
        ('Okafor lambasted the board for its "cowardly and shameful decision to cut the '
         'program."', "lambasted", "Okafor"),
        ('Critics berated the minister for "failing every family that relied on the service."',
         "berated", "Critics"),
        ('The union condemned what it called "an insult to every nurse on the ward."',
         "condemned", "The union"),
        ('The candidate ridiculed "the so-called experts who have never run a business in '
         'their lives."', "ridiculed", "The candidate"),
        ('Bishop Amara preached that "no family in this parish should eat alone at Christmas."',
         "preached", "Bishop Amara"),
        ('The minister threatened that "every school that ignores the order will lose its '
         'funding."', "threatened", "The minister"),
        ('Residents implored the council to "save the last library in the east end before it '
         'is too late."', "implored", "Residents"),
    ],
)
def test_a_quotation_a_verb_of_censure_frames_is_the_subjects(
    nlp: Language, text: str, cue: str, speaker: str
) -> None:
    quotes = direct(find_quotes(nlp(text)))
    assert [(q.cue, q.speaker_text) for q in quotes] == [(cue, speaker)]
