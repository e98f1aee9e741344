"""The verb of saying right before an utterance's opening mark speaks it (issue 15)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import analyse, direct


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        pytest.param(
            '"There is a young man with some problems," Mayor Ruiz said as the heckler '
            'yelled: "You are a liar!"',
            '"You are a liar!"',
            "the heckler",
            id="colon-after-a-nearer-verb",
        ),
        pytest.param(
            "Maria Lopez asked whether the plan would pass. Senator Tom Reyes continued, "
            "\u201cYes. For fifteen years I have watched this chamber stall.\u201d",
            "\u201cYes. For fifteen years I have watched this chamber stall.\u201d",
            "Tom Reyes",
            id="comma-after-the-verb",
        ),
    ],
)
def test_the_verb_right_before_the_utterance_names_its_speaker(
    nlp: Language, text: str, quoted: str, speaker: str
) -> None:
    found = {q.text: q.speaker_text for q in direct(analyse(nlp, text))}
    assert found[quoted] == speaker


def test_a_phrase_carrying_on_the_clause_stays_with_the_reporter(nlp: Language) -> None:
    text = 'At one point, Trump said Fox executives were calling "every 15 minutes."'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Trump"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'The mother told jurors she heard a loud bang before her son cried out "Dad, '
            'I have been shot," and then fell.',
            "her son",
            id="cry-out-inside-the-witness-sentence",
        ),
        pytest.param(
            'The driver said a neighbour heard a guard yell, "What do you have in your hands?"',
            "a guard",
            id="outcry-read-as-a-noun",
        ),
        pytest.param(
            'One witness said she heard the driver scream, "The brakes are gone!"',
            "the driver",
            id="noun-fused-with-the-outcry",
        ),
        pytest.param(
            'She testified, describing the scene and her daughter screaming, "Mommy, help me."',
            "her daughter",
            id="gerund-beside-a-coordinated-object",
        ),
        pytest.param(
            'Police said a bystander heard the gunman yell, "Nobody move!"',
            "the gunman",
            id="outcry-with-its-own-subject",
        ),
    ],
)
def test_an_outcry_retold_inside_a_sentence_is_the_crier_s(
    nlp: Language, text: str, speaker: str
) -> None:
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == speaker


def test_a_witness_calling_out_is_still_the_speaker(nlp: Language) -> None:
    text = 'Ruth Malone said she called out, "Is anyone in there?"'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "Ruth Malone"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Some in the crowd cheered, and when Smith thanked Ohio and said it was great "
            "to be home, a man yelled \u201cGo back!\u201d",
            id="outcry-after-a-clause-with-said",
        ),
        pytest.param(
            "Many in the crowd clapped, and when Brown thanked Utah and said he was glad to "
            "be home, a man yelled \u201cStay there!\u201d",
            id="outcry-after-a-clause-with-said-2",
        ),
    ],
)
def test_a_subject_the_parse_reads_as_a_modified_noun_speaks(nlp: Language, text: str) -> None:
    """The small model reads "a man yelled" after a long opening clause as a noun with a
    participle on it ("yelled" as acl of "man"), so the outcry had no subject and the
    quotation went to the opening clause's "said"."""
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "a man"
