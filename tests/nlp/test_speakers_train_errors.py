"""Speakers on PolNeAR train errors, session 16: general rules the train split showed.

One sentence per rule, written for the test (never an article's own words). Extraction
runs on the real small English model (fixture ``nlp``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_participle_of_saying_speaks_for_the_clause_it_adds_to(nlp: Language) -> None:
    text = (
        "Senator Maria Lopez sharpened her attack on Monday, telling reporters that Smith "
        'is a "fraud" and questioning how he has "avoided paying any taxes for a decade."'
    )
    quote = next(q for q in direct(analyse(nlp, text)) if "taxes" in q.text)
    assert quote.speaker == "Maria Lopez"
