"""A quotation opening the paragraph after a quoted speaker's paragraph goes on in that
speaker's voice when nothing attributes it otherwise. Sentences written for the test."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct

if TYPE_CHECKING:
    from spacy.language import Language

_STORY = (
    '"People stop me in the street to ask about it," Omar Haddad said. When the family went '
    "out to eat, the neighbours' children would come over to him.\n\n"
    "\"They would sit with me, and they would ask, 'Mr. Haddad, will they send us away?'\n\n"
    '"Our friends at school say we will have to leave."\n\n'
    "The city council meets on Monday."
)


def test_an_unattributed_paragraph_quote_continues_the_last_speaker(nlp: Language) -> None:
    """News writing keeps the last quoted speaker until it names another: the narrative
    sentence after his quote (about "him") introduces nobody new."""
    quotes = direct(analyse(nlp, _STORY))
    assert [q.speaker_text for q in quotes] == ["Omar Haddad", "Omar Haddad"]


def test_a_quote_two_paragraphs_later_is_not_given_the_speaker(nlp: Language) -> None:
    """Only the paragraph right after the speaker's: a paragraph of narrative between them
    ends the voice (its own subject is the better guess)."""
    text = (
        '"People stop me in the street to ask about it," Omar Haddad said.\n\n'
        "The council has not yet answered the letters it received this spring.\n\n"
        '"It was a very long winter for everyone here."\n\n'
        "The city council meets on Monday."
    )
    quotes = direct(analyse(nlp, text))
    assert quotes[-1].text.startswith('"It was') and quotes[-1].speaker_text != "Omar Haddad"
