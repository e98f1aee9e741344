"""Names in apposition to a noun for a person speak (issue 15, session 7).

Human-interest news names relatives and neighbours once, by a lone given name the small
model often tags as a place or an organisation: "Her husband, Karim, agreed." The name
is the speaker, and the noun gives the gender a later "he"/"she" must agree with.
Sentences written for these tests; real small English model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language


def test_name_in_apposition_to_a_relative_is_the_speaker(nlp: Language) -> None:
    (quote,) = direct(analyse(nlp, 'His wife, Amira, said: "We are grateful."'))
    assert quote.speaker_text == "Amira"


def test_post_posed_relative_with_a_name_speaks_by_the_name(nlp: Language) -> None:
    (quote,) = direct(analyse(nlp, '"We are grateful," his wife, Amira, said.'))
    assert quote.speaker_text == "Amira"


def test_pronoun_after_a_named_relative_is_that_relative(nlp: Language) -> None:
    text = (
        'Ms. Haddad said the store had been robbed twice. "We are scared," she said. '
        'Her husband, Karim, agreed. "We might close," he said.'
    )
    first, second = direct(analyse(nlp, text))
    assert first.speaker == "Haddad"
    assert second.speaker == "Karim"


def test_the_relative_noun_gives_the_gender(nlp: Language) -> None:
    (quote,) = direct(analyse(nlp, 'Her husband, Karim, agreed. "We might close," she said.'))
    assert quote.speaker != "Karim"


def test_passive_agent_organisation_is_not_the_he_of_its_clause(nlp: Language) -> None:
    text = (
        "Don Imus hosted the show for decades. Imus was dropped in 2007 by MSNBC and CBS "
        'Radio after he referred to the team as "nappy headed hos." He later apologized.'
    )
    (quote,) = direct(analyse(nlp, text))
    assert quote.speaker_text == "he"
    assert quote.speaker != "MSNBC"
