"""The agent after a passive verb of saying speaks the quotation it labels (`was called
"..." by Name`), however the parser attached "by". Sentences written for the test."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'This feature of the network has been called "strategic ambiguity" by Maria '
            "Lopez, a professor at Boston College, and it makes tracing money hard.",
            "Maria Lopez",
        ),
        (
            'The plan was described as "a recipe for disaster" by Senator John Hale on Monday.',
            "John Hale",
        ),
    ],
)
def test_the_agent_of_a_passive_cue_speaks(nlp: Language, text: str, speaker: str) -> None:
    assert [q.speaker_text for q in direct(analyse(nlp, text))] == [speaker]


def test_by_with_no_name_is_no_agent(nlp: Language) -> None:
    text = 'The law was dubbed "the worst idea in years" by the end of the week.'
    assert [q.speaker_text for q in direct(analyse(nlp, text))] == [None]
