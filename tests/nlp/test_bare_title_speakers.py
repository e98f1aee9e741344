"""A bare noun before a post-posed name describes that person, who speaks (issue 15).

News writes a person's description like a title, with no article, between the verb and
the name: `"…," said commuter Rosalind Achebe`. The small parser may take the noun for
the subject and the name for an object. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.quote_support import speaker_pairs


@pytest.mark.parametrize(
    "text",
    [
        '"The ferry schedule is a disaster for anyone who works on the mainland," said '
        "commuter Rosalind Achebe. The ferry operator did not respond.",
        '"The line never moves," said driver Paul Okafor.',
    ],
)
def test_the_name_after_a_bare_description_speaks(nlp: Language, text: str) -> None:
    ((speaker_text, speaker),) = speaker_pairs(nlp, text)
    name = "Rosalind Achebe" if "Achebe" in text else "Paul Okafor"
    assert (speaker_text, speaker) == (name, name)


def test_a_described_object_is_no_speaker(nlp: Language) -> None:
    """With an article the noun is a phrase of its own: the parse's reading stands."""
    text = '"We will fight this," the union told member Rosalind Achebe.'
    ((speaker_text, _),) = speaker_pairs(nlp, text)
    assert speaker_text == "the union"
