"""An outlet that interviews is never the "he" or "she" who answers (issue 15, session
52): "Wikinews spoke to novelist Aroha Ngata ... she said" gave the words to Wikinews,
the parse's subject, which the model left untagged. An organisation whose kind is known
(``known_names.KNOWN_LABELS``) fits no personal pronoun. Sentences written for these
tests, read through the whole pipeline (the raw model reads "novelist" as a verb and the
name as an organisation; the entity clean-up makes it a person).
"""

from __future__ import annotations

import pytest

from workbench.nlp.pipeline import analyze_document


@pytest.mark.parametrize(("text", "expected"), [
    ('Wikinews spoke to novelist Aroha Ngata about her new book. "It took me ten years," '
     'she said.', "Aroha Ngata"),
    ('Wikinews spoke with author Kwame Mensah about his novel. "It is about my father," '
     'he said.', "Kwame Mensah"),
    # a person who spoke with another stays the subject "she" goes on with
    ('Jane Roe spoke with Tom Bell on Monday. "We agreed on nothing," she said.', "Jane Roe"),
])
def test_the_interviewing_outlet_does_not_answer(text: str, expected: str) -> None:
    quotes = analyze_document("Interview", text).quotes
    assert quotes[-1].speaker == expected
