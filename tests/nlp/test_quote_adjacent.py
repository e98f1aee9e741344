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
