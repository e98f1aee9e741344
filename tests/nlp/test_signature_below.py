"""A quotation on a line of its own signed on the line below (`- Sanders.`), the way fact
checks print a claim and who made it. Sentences written for the test."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.nlp.quote_support import analyse, direct
from workbench.nlp.quote_signatures import signature_below

if TYPE_CHECKING:
    from spacy.language import Language

_CHECK = (
    "The senator has said this before.\n\n"
    '"Most large manufacturers . . . pay no income tax at all."\n\n'
    "- Whitmore.\n\n"
    "This is a complicated question, because companies rarely publish their tax bills."
)


def test_the_name_under_a_quoted_line_signs_it(nlp: Language) -> None:
    quote = direct(analyse(nlp, _CHECK))[0]
    assert quote.speaker_text == "Whitmore"


def test_a_dash_opening_a_sentence_below_signs_nothing() -> None:
    text = 'He spoke at length.\n\n"We will win this."\n\n- and then the crowd left.'
    start = text.index('"')
    assert signature_below(text, start, text.index('"', start + 1) + 1) is None


def test_a_quote_inside_a_sentence_is_not_signed_below() -> None:
    text = 'Whitmore called it "a tax on work" today.\n\n- Whitmore.'
    start = text.index('"')
    assert signature_below(text, start, text.index('"', start + 1) + 1) is None


def test_the_stop_after_a_short_surname_is_not_part_of_the_signature() -> None:
    """The signature's full stop is cut however short the surname ("- Ng."), while a
    suffix's own stop stays ("- Tom Hale Jr.")."""
    for signed, name in (("- Ng.", "Ng"), ("- Tom Hale Jr.", "Tom Hale Jr.")):
        text = f'He spoke at length.\n\n"We will win this."\n\n{signed}\n\nThe vote is in May.'
        start = text.index('"')
        found = signature_below(text, start, text.index('"', start + 1) + 1)
        assert found is not None and found.speaker is not None
        assert text[found.speaker[0] : found.speaker[1]] == name


_NOTEBOOK = (
    "Heard on the floor.\n\n"
    '"We came to be counted, and we will be counted in November."\n\n'
    "-Rosa Delgado, Tucson.\n\n"
    '"That was the best speech of the week. The room was on its feet."\n\n'
    "- Senator Amy Holt, writing after the keynote.\n\n"
    "The convention closes on Thursday."
)


def test_a_signature_with_a_description_after_a_comma_signs_the_line_above(
    nlp: Language,
) -> None:
    """Convention notebooks and pull quotes sign with the name, a comma and who the signer
    is (a town, what they were doing): the name alone is the speaker."""
    speakers = [q.speaker_text for q in direct(analyse(nlp, _NOTEBOOK))]
    assert speakers == ["Rosa Delgado", "Senator Amy Holt"]


def test_a_sentence_after_a_dash_is_no_described_signature() -> None:
    """A one-word opener before the comma, or a long sentence after it, is narrative."""
    for below in (
        "- Meanwhile, the crowd left.",
        "- Then Rosa Delgado, the organiser, said the hall would close early tonight for repairs.",
    ):
        text = f'He spoke at length.\n\n"We will win this."\n\n{below}\n\nThe vote is in May.'
        start = text.index('"')
        assert signature_below(text, start, text.index('"', start + 1) + 1) is None
