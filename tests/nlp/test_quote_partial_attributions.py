"""Two long quotations in one clause: the second shares the first's attribution unless
its own sentence hangs it on another verb with another speaker (``quote_fragments``;
issue 15, dev9: a prosecutor's words after a dash aside went to the lawyer the aside
quoted)."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.quote_support import analyse, direct
from workbench.nlp.quote_clauses import Attribution
from workbench.nlp.quote_fragments import shares_attribution

_LAWYER = Attribution((10, 14), (0, 9), "syntax")


def test_a_quote_with_its_own_verb_and_speaker_keeps_them() -> None:
    assert not shares_attribution(_LAWYER, Attribution((40, 44), (20, 39), "syntax"))


def test_a_quote_with_no_reading_of_its_own_shares_the_first() -> None:
    assert shares_attribution(_LAWYER, Attribution())
    assert shares_attribution(_LAWYER, Attribution((10, 14), (0, 9), "syntax"))
    assert not shares_attribution(Attribution(), Attribution())


def test_the_reporter_outside_a_dash_aside_speaks_the_quote_after_it(nlp: Language) -> None:
    text = (
        "Prosecutor Ann Cole told The Post a couple hours after a court hearing \u2014 where "
        "Lohan \u2019 s lawyer Tom Reed said she was \u201c ensconced in the bosom \u201d of "
        "Morningside Recovery in Newport Beach \u2014 \u201c I hear she \u2019 s on her way "
        "to LAX and getting on a flight back to New York. \u201d"
    )
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].speaker_text is not None and "Ann Cole" in quotes[-1].speaker_text
