"""A verb of saying coordinated with a passive one shares its subject, never its agent.

`He was interviewed by CNN and said, "..."`: coordinated verbs share their subject, and
the "by" agent of the passive is who did something to that subject, not who spoke.
"""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.quote_support import analyse, direct


def test_the_passive_subject_says_it_not_the_agent(nlp: Language) -> None:
    text = (
        "Governor Ann Marsh was interviewed by CNN on Monday and said, "
        "\u201cWe will rebuild the bridge before winter.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Ann Marsh"


def test_a_misattached_said_goes_to_the_reporter_of_the_passive_clause(nlp: Language) -> None:
    text = (
        "Mayor Bill de Blasio said the move was made by police commissioner Bill Bratton "
        "and said, \u201cWho are you going to blame to keep people safe?\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "Bill de Blasio"


def test_a_participle_after_a_passive_still_takes_its_agent(nlp: Language) -> None:
    text = (
        "A statement was issued by the health ministry, saying the clinics would "
        "\u201cstay open through the whole of the winter.\u201d"
    )
    (quote,) = direct(analyse(nlp, text))
    assert "ministry" in (quote.speaker_text or "")
