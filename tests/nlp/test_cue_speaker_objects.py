"""The one a cue names or tells is never its speaker (issue 15, session 58).

`Sutcliffe, speaking on CFRA, called Ford a "bully"`: the small model may read the
opening as "Sutcliffe, called Ford" (a participle on the name), leaving the verb of
naming without a subject; the name next to it is then looked for, and the one named
("Ford", the verb's object predicate) must not win over the one before the comma.
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
        ("Sutcliffe, speaking on CFRA, called Ford a \u201cbully,\u201d and said his housing "
         "plan was empty \u201cpropaganda\u201d for builders like Mattamy.", "Sutcliffe"),
        ("McGuinty, speaking on CFRB, called Hudak a \u201cbully,\u201d and said his plan was "
         "a \u201cgimmick\u201d for voters.", "McGuinty"),
    ],
)
def test_the_one_a_verb_of_naming_names_is_not_its_speaker(
    nlp: Language, text: str, speaker: str
) -> None:
    quote = next(q for q in direct(analyse(nlp, text)) if "bully" in q.text)
    assert quote.speaker_text == speaker
