"""A broadcaster's caption line, `Name/Role: "..."`, hands the quote to the name
(``quote_caption_names``; issue 15, dev9: the tagger ran the name into the role and the
quote went to whoever spoke before). Sentences written for these tests; run on the real
small model (``nlp``)."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.quote_support import analyse, direct
from workbench.nlp.quote_caption_names import caption_name


def test_the_name_before_the_slash_is_the_caption_name(nlp: Language) -> None:
    doc = nlp("Mary Chen/Albany County Sheriff")
    found = caption_name(doc[:])
    assert found is not None and doc.text[found[0] : found[1]] == "Mary Chen"


def test_no_slash_or_a_long_or_lowercase_label_is_no_caption(nlp: Language) -> None:
    assert caption_name(nlp("Mary Chen, Albany County Sheriff")[:]) is None
    assert caption_name(nlp("and/or the sheriff")[:]) is None
    assert caption_name(nlp("The jury heard the call of Mary Chen/Sheriff")[:]) is None


def test_a_caption_line_introduces_the_sound_bite(nlp: Language) -> None:
    text = (
        "The mother of the girl described the scene and her daughter screaming. The "
        "sheriff says the case is strong. Mary Chen/Albany County Sheriff: \u201cThe "
        "evidence will speak for itself once the jury has heard every witness.\u201d"
    )
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].speaker_text == "Mary Chen"
