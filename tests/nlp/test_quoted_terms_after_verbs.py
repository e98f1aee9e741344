"""A quoted name or term a verb of blame, protest or performance takes as its object is no
quotation (review, stop 51): "decried the "war on drugs"", "recited "The Raven"".

Written sentences. Verbs such as "decry", "protest", "rule", "recite" or "beg" take a thing
as their object far more often than a speaker's words, so they are no verbs of saying for
the quote finder; the words a manner verb frames as a whole sentence stay a quotation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_quoted_term_taken_as_an_object_is_no_quotation(nlp: Language) -> None:
    for text in (
        'Critics decried the "war on drugs" as a costly failure.',
        'Thousands protested the "Muslim ban" outside the airport.',
        'A federal judge ruled the "stop and frisk" policy unconstitutional.',
        'The pupils recited "The Raven" at the assembly.',
        'Fans begged for "Wonderwall" all night.',
        'Voters fumed over the "bridge to nowhere" project.',
    ):
        assert direct(analyse(nlp, text)) == [], text


def test_a_whole_sentence_grumbled_is_still_a_quotation(nlp: Language) -> None:
    (quote,) = direct(analyse(nlp, '"We will not back down," the mayor grumbled.'))
    assert quote.speaker_text == "the mayor"
