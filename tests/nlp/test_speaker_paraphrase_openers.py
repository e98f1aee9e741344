"""A paraphrase's opening word is no name for the "she" that credits it (issue 15, stop 55).

Canadian Press copy paraphrases a speaker and closes with ", she said." before a
quotation standing alone in the next paragraph: `Business has been slow since April, she
said.` The parse may put the paraphrase's subject ("Business") behind the pronoun, and a
capitalised word the text never writes in lowercase passed for a name, so the quotation
after it went to "Business". Sentences written for these tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from workbench.core.models import Mention
from workbench.nlp.quotes import attach_speakers, find_quotes
from workbench.nlp.speaker_names import opens_the_pronouns_sentence

if TYPE_CHECKING:
    from spacy.language import Language

BAKERY = (
    "Joanne Hsu runs a bakery on Main Street.\n\nBusiness has been slow since the "
    'construction began in April, she said.\n\n"Some days, nobody comes in."'
)


@pytest.mark.parametrize(
    ("text", "name", "opens"),
    [
        (BAKERY, "Business", True),
        ("Traffic is down by half. Rent went up, she said.", "Rent", True),
        ("The rent went up, Okafor said, and she said it again.", "Okafor", False),
        ("Joanne Hsu said sales were slow, she said.", "Joanne", False),
    ],
)
def test_a_hint_opening_the_pronouns_sentence(text: str, name: str, opens: bool) -> None:
    start = text.rindex("she said")
    assert opens_the_pronouns_sentence(text, name, start) is opens


def test_the_quotation_after_a_paraphrase_is_the_person_named_before(nlp: Language) -> None:
    doc = nlp(BAKERY)
    mentions = [Mention(e.start_char, e.end_char, e.text, e.label_, e.text) for e in doc.ents]
    quotes = attach_speakers(find_quotes(doc), mentions, BAKERY)
    (direct,) = [q for q in quotes if q.kind == "direct"]
    assert direct.speaker == "Joanne Hsu"
