"""Verbs that say how something was said ("gushed", "grumbled", "riffed") frame a
quotation as surely as "said": the words in the marks are the subject's (issue 15,
PolNeAR train: `"…," the nominee riffed on Hassan's answer` and `The impostor gushed
about a "common interest …"` had no cue, so nobody was named as the speaker)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import direct
from workbench.core.saying_verbs import MANNER_VERBS, SPEECH_VERBS
from workbench.nlp.quotes import find_quotes


def test_manner_verbs_are_verbs_of_saying() -> None:
    assert MANNER_VERBS <= SPEECH_VERBS


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            'Olsen grumbled that the market stall was "a waste of a perfectly good Saturday '
            'morning."',
            "grumbled",
            "Olsen",
        ),
        (
            "The visiting chef gushed about a "
            '"kitchen full of the freshest herbs I have ever cooked with," and left early.',
            "gushed",
            "The visiting chef",
        ),
    ],
)
def test_a_manner_verb_names_the_speaker(
    nlp: Language, text: str, cue: str, speaker: str
) -> None:
    quotes = direct(find_quotes(nlp(text)))
    assert len(quotes) == 1
    assert quotes[0].cue is not None and quotes[0].cue.startswith(cue)
    assert quotes[0].speaker_text == speaker


def test_a_clause_grumbled_is_a_reported_statement(nlp: Language) -> None:
    text = "Olsen grumbled that the market stall had cost him a whole Saturday."
    quotes = [q for q in find_quotes(nlp(text)) if q.kind == "indirect"]
    assert [q.cue for q in quotes] == ["grumbled"]
    assert quotes[0].speaker_text == "Olsen"
