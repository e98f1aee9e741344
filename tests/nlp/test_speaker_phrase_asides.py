"""A common-noun speaker keeps its "for/of" phrase even when an aside describes the
phrase's object: the aside is cut, not the owner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_relative_clause_after_the_owner_is_left_out(nlp: Language) -> None:
    text = (
        "The spokesperson for the Harbour Workers Union, which represents dock staff in "
        'three ports, said: "We will not accept the new rota."'
    )
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["The spokesperson for the Harbour Workers Union"]


def test_a_short_owner_phrase_is_kept_whole(nlp: Language) -> None:
    text = 'A lawyer for the Kessler family told reporters: "The family wants answers."'
    quotes = direct(analyse(nlp, text))
    assert [q.speaker_text for q in quotes] == ["A lawyer for the Kessler family"]
