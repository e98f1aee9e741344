"""``QuoteContext.cue_token``: the verb of saying an attribution points at."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.nlp.quote_clauses import Attribution, QuoteContext

if TYPE_CHECKING:
    from spacy.language import Language


def test_the_cue_token_is_the_first_token_of_the_cue_span(nlp: Language) -> None:
    text = '"We will rebuild," the mayor said on Monday.'
    ctx = QuoteContext(nlp(text), [(0, 17)])
    start = text.index("said")
    cue = ctx.cue_token(Attribution(cue=(start, start + 4)))
    assert cue is not None and cue.text == "said"


def test_an_attribution_without_a_cue_has_no_cue_token(nlp: Language) -> None:
    ctx = QuoteContext(nlp('"We will rebuild," the mayor said.'), [(0, 17)])
    assert ctx.cue_token(Attribution()) is None
