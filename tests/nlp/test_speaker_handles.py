"""Social-media handles as speakers (issue 15, session 7): sentences written for the test.

A handle next to a cue is the account that posted; its canonical speaker is the entity
the text writes with it in brackets, else the handle itself. Real small English model;
mentions straight from its entities (``analyse``), so an entity keeps its "The".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct
from workbench.nlp.speaker_handles import handle_name_end, is_handle_text

if TYPE_CHECKING:
    from spacy.language import Language


def test_handle_after_an_inverted_cue_speaks(nlp: Language) -> None:
    (quote,) = direct(analyse(nlp, '"Stay safe out there," tweeted @TorontoPolice.'))
    assert quote.speaker_text == "@TorontoPolice"
    assert quote.speaker == "@TorontoPolice"


def test_handle_before_the_cue_speaks(nlp: Language) -> None:
    (quote,) = direct(analyse(nlp, '"Disgraceful," @RepAOC wrote on X.'))
    assert quote.speaker_text == "@RepAOC"


def test_name_with_its_handle_in_brackets_speaks_without_the_bracket(nlp: Language) -> None:
    text = 'The Toronto Police Service (@TorontoPolice) tweeted: "Road closed at Yonge and Bloor."'
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Toronto Police Service"
    assert quote.speaker == "The Toronto Police Service"  # the mention's entity, as tagged


def test_handle_is_the_entity_written_with_it_earlier(nlp: Language) -> None:
    text = (
        "The Toronto Police Service (@TorontoPolice) warned drivers on Sunday morning. "
        '"Stay off the roads," tweeted @TorontoPolice.'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker == "The Toronto Police Service"  # the mention's entity, as tagged


def test_handle_text_and_where_its_name_ends() -> None:
    assert is_handle_text("@cbcnews") and not is_handle_text("@ home")
    text = "Health Canada (@GovCanHealth) posted"
    assert handle_name_end(text, "@GovCanHealth") == len("Health Canada")
    assert handle_name_end(text, "@nobody") is None
