"""The one a cue names or tells is never its speaker (issue 15, session 58).

`De Blasio, speaking on WOR710, called Cuomo a "bully"`: the small model may read the
opening as "De Blasio, called Cuomo" (a participle on the name), leaving the verb of
naming without a subject; the name next to it is then looked for, and the one named
("Cuomo", the verb's object predicate) must not win over the one before the comma.
Sentences written for these tests; run on the real small model (``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("De Blasio, speaking on WOR710, called Cuomo a \u201cbully,\u201d and said his plan "
         "was priceless \u201cpropaganda\u201d for landlords like Kushner.", "De Blasio"),
        ("McGuinty, speaking on CFRB, called Hudak a \u201cbully,\u201d and said his plan was "
         "a \u201cgimmick\u201d for voters.", "McGuinty"),
    ],
)
def test_the_one_a_verb_of_naming_names_is_not_its_speaker(
    nlp: Language, text: str, speaker: str
) -> None:
    quote = next(q for q in direct(analyse(nlp, text)) if "bully" in q.text)
    assert quote.speaker_text == speaker
